import type { FactsFile } from '../facts/schema';
import type { ExtractionContext } from './context';
import { isSupplierSentence, placedStandardMentions, type PlacedMention } from './standard-mentions';
import type { Sentence } from './text';

/**
 * What suppliers must have or meet (要求供应商…, 优先选择…, 准入…): one requirement per standard
 * named, and one per other requirement sentence. Text is a short English statement; where the
 * rule cannot translate, it keeps the Chinese clause for the reviewer.
 */

type Requirement = FactsFile['supplierRequirements'][number];

const DOCUMENTS = /《([^》]{2,30})》/g;
const CATEGORY = /(服务类|设备类|制造类|特定类别的?|新合作|新引进的?|新|所有|下游资产处置|回收设备)(?:的)?(?:供应商|厂家|厂商)/;
const CATEGORY_EN: Record<string, string> = {
  服务类: 'Service suppliers',
  设备类: 'Equipment suppliers',
  制造类: 'Manufacturing suppliers',
  特定类别: 'Suppliers of specified categories',
  特定类别的: 'Suppliers of specified categories',
  新合作: 'New suppliers',
  新引进: 'Newly introduced suppliers',
  新引进的: 'Newly introduced suppliers',
  新: 'New suppliers',
  所有: 'All suppliers',
  下游资产处置: 'Downstream asset disposal suppliers',
  回收设备: 'Equipment recycling vendors',
};
const DEMAND = /要求|必须|须|不得|禁止|应当|优先|准入|否决|签署|淘汰|终止合作|承诺/;
const LIST_FOLLOWS = /以下[^。；]*[：:]\s*$/;
const BULLET = /^\s*(?:[-‧·•●]\s*)?(?:\d+[.、)）]?\s+)/;
const MAX_LISTED = 12;
/** Shorter "sentences" are headings ("供应商准入"), not requirements. */
const MIN_SENTENCE = 14;

export function extractSupplierRequirements(ctx: ExtractionContext, placed = placedStandardMentions(ctx)): Requirement[] {
  const out: Requirement[] = [];
  const byStandard = new Map<string, Requirement>();
  const withStandard = new Set<Sentence>();
  for (const p of placed) {
    if (p.role !== 'REQUIRES_OF_SUPPLIERS') continue;
    withStandard.add(p.sentence);
    const evidence = ctx.report.evidence(p.sentence, p.mention.index, p.mention.index + p.mention.length);
    const existing = byStandard.get(p.mention.id);
    if (existing) {
      if (existing.evidence.length < 3 && !existing.evidence.some((e) => e.line === evidence.line)) existing.evidence.push(evidence);
      continue;
    }
    const requirement: Requirement = { standard: p.mention.id, text: standardText(ctx, p), evidence: [evidence] };
    byStandard.set(p.mention.id, requirement);
    out.push(requirement);
  }
  const stated: string[] = [];
  for (const sentence of ctx.report.sentences) {
    if (withStandard.has(sentence) || !isSupplierSentence(sentence.text) || !DEMAND.test(sentence.text)) continue;
    if (sentence.text.length > 400 || sentence.text.length < MIN_SENTENCE || /\t/.test(sentence.text)) continue;
    // Highlight boxes repeat a sentence of the text; the first statement is the requirement.
    const compact = sentence.text.replace(/[\s，。；、：:]/g, '');
    if (stated.some((s) => s.includes(compact))) continue;
    stated.push(compact);
    const at = firstDemand(sentence.text);
    out.push({ text: plainText(sentence.text), evidence: [ctx.report.evidence(sentence, at, at + 2)] });
    if (LIST_FOLLOWS.test(sentence.text)) out.push(...listedRequirements(ctx, sentence));
  }
  return out;
}

/** "要求供应商遵守以下原则：" followed by bullet lines: each bullet is a requirement. */
function listedRequirements(ctx: ExtractionContext, sentence: Sentence): Requirement[] {
  const out: Requirement[] = [];
  let line = ctx.report.nextNonEmpty(sentence.lastLine, 2);
  while (line !== undefined && BULLET.test(ctx.report.line(line)) && out.length < MAX_LISTED) {
    const text = ctx.report.simple(line).replace(BULLET, '').trim();
    out.push({ text: `Suppliers must (to translate): ${text}`, evidence: [ctx.report.lineEvidence(line)] });
    line = ctx.report.nextNonEmpty(line, 2);
  }
  return out;
}

function firstDemand(text: string): number {
  const m = DEMAND.exec(text);
  return m?.index ?? 0;
}

function subjectOf(text: string): string {
  const m = CATEGORY.exec(text);
  return (m?.[1] && CATEGORY_EN[m[1]]) || (/租用(?:的)?(?:数据中心|机房)/.test(text) ? 'Leased data centres' : 'Suppliers');
}

function standardText(ctx: ExtractionContext, p: PlacedMention): string {
  const code = ctx.standards.definition(p.mention.id)?.code ?? p.mention.id;
  const text = p.sentence.text;
  const around = text.slice(Math.max(0, p.mention.index - 40), p.mention.index + p.mention.length + 20);
  const subject = subjectOf(around) === 'Suppliers' ? subjectOf(text) : subjectOf(around);
  if (/优先/.test(around)) return `${subject} certified to ${code} are preferred`;
  if (/缺少|否决/.test(around)) return `${subject} lacking ${code} are rejected at admission`;
  if (/报告/.test(text.slice(p.mention.index, p.mention.index + p.mention.length + 12))) return `${subject} must provide ${code} reports`;
  if (/提供/.test(around)) return `${subject} must provide ${code} certification`;
  return `${subject} must hold or meet ${code}`;
}

function plainText(text: string): string {
  const subject = subjectOf(text);
  const documents = [...text.matchAll(DOCUMENTS)].map((m) => m[1]).filter((d): d is string => !!d);
  const clause = text.replace(/[。；;]$/, '').trim();
  if (/签署/.test(text) && documents.length > 0) return `${subject} must sign: ${documents.join('; ')}`;
  if (/优先/.test(text)) return `${subject} preference (to translate): ${clause}`;
  if (/禁止|不得/.test(text)) return `${subject} prohibitions (to translate): ${clause}`;
  return `${subject} requirement (to translate): ${clause}`;
}
