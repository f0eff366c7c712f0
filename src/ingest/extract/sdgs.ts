import type { FactsFile } from '../facts/schema';
import type { ExtractionContext } from './context';

/**
 * UN Sustainable Development Goals the company says it supports: "SDG 13", a goal number followed
 * by its Chinese title (chapter icons: "13 气候行动"). A general nod to "the 17 goals" names none of them.
 */

type SdgSupport = FactsFile['sdgs'][number];

/** The goals' Chinese titles (simplified), as the UN and reports write them. */
const TITLES: Record<number, readonly string[]> = {
  1: ['无贫穷', '消除贫困'],
  2: ['零饥饿', '消除饥饿'],
  3: ['良好健康与福祉', '良好健康和福祉', '健康与福祉'],
  4: ['优质教育'],
  5: ['性别平等'],
  6: ['清洁饮水和卫生设施', '清洁饮水与卫生设施'],
  7: ['经济适用的清洁能源', '负担得起的清洁能源', '廉价和清洁能源'],
  8: ['体面工作和经济增长', '体面工作与经济增长'],
  9: ['产业、创新和基础设施', '工业、创新和基础设施', '产业创新和基础设施'],
  10: ['减少不平等', '缩小差距'],
  11: ['可持续城市和社区'],
  12: ['负责任消费和生产', '负责任的消费和生产', '负责任消费与生产'],
  13: ['气候行动'],
  14: ['水下生物'],
  15: ['陆地生物', '陆地生态'],
  16: ['和平、正义与强大机构', '和平正义与强大机构', '和平、正义和强大机构'],
  17: ['促进目标实现的伙伴关系', '伙伴关系'],
};
const NUMBERED_TITLE = /^\s*(?:[-•·●]\s*)?(\d{1,2})\s*\**\s*([\u4e00-\u9fff、]{2,})/;
const SDG_CODE = /SDGs?\s*(\d{1,2})(?![0-9])/g;
const MIN_PREFIX = 3;

export function extractSdgs(ctx: ExtractionContext): SdgSupport[] {
  const found = new Map<number, SdgSupport>();
  const add = (sdg: number, line: number, start: number, end: number) => {
    if (sdg < 1 || sdg > 17) return;
    const evidence = ctx.report.evidenceOnLine(line, start, end);
    const existing = found.get(sdg);
    if (!existing) found.set(sdg, { sdg, evidence: [evidence] });
    else if (existing.evidence.length < 3 && !existing.evidence.some((e) => e.line === line)) existing.evidence.push(evidence);
  };
  for (let n = 1; n <= ctx.report.lineCount; n++) {
    const simple = ctx.report.simple(n);
    const numbered = NUMBERED_TITLE.exec(simple);
    if (numbered && titleMatches(Number(numbered[1]), numbered[2] ?? '')) {
      add(Number(numbered[1]), n, numbered.index, numbered.index + numbered[0].length);
    }
    for (const m of simple.matchAll(SDG_CODE)) add(Number(m[1]), n, m.index, m.index + m[0].length);
  }
  return [...found.values()];
}

function titleMatches(sdg: number, text: string): boolean {
  const titles = TITLES[sdg];
  if (!titles) return false;
  const head = text.replace(/\s+/g, '');
  return titles.some((title) => {
    const n = Math.min(title.length, head.length);
    return n >= Math.min(MIN_PREFIX, title.length) && title.slice(0, n) === head.slice(0, n);
  });
}
