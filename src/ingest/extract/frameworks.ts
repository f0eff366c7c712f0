import type { Evidence, FactsFile, FrameworkDefinition } from '../facts/schema';
import { toSimplified } from '../resolve/chinese';
import type { ExtractionContext } from './context';

/**
 * Reporting frameworks the report follows or refers to, by any catalogue spelling, plus the forms
 * the HKEX guide takes in reports ("附录二十七", "附錄C2", "ESG报告指引/守则") — which, next to
 * "纳斯达克", name the Nasdaq guide instead.
 */

type FrameworkUse = FactsFile['frameworks'][number];

const HKEX_GUIDE = /附录\s*(?:二十七|27|C2)|ESG\s*报告(?:指引|守则)|环境、社会及管治报告(?:指引|守则)|ESG\s*指引/g;
const NASDAQ_NEAR = /纳斯达克|Nasdaq|NASDAQ/;
const NASDAQ_GUIDE = /ESG Reporting Guide/g;
const MAX_EVIDENCE = 3;

interface Pattern {
  id: string;
  pattern: RegExp;
}

export function extractFrameworks(ctx: ExtractionContext, catalog: readonly FrameworkDefinition[]): FrameworkUse[] {
  const patterns = catalog.flatMap(patternsOf);
  const found = new Map<string, FrameworkUse>();
  const add = (id: string, evidence: Evidence) => {
    const use = found.get(id);
    if (!use) found.set(id, { framework: id, evidence: [evidence] });
    else if (use.evidence.length < MAX_EVIDENCE && !use.evidence.some((e) => e.line === evidence.line)) use.evidence.push(evidence);
  };
  const known = new Set(catalog.map((f) => f.id));
  for (const sentence of ctx.report.sentences) {
    const text = sentence.text;
    const hits: { id: string; index: number; length: number }[] = [];
    for (const m of text.matchAll(HKEX_GUIDE)) {
      const clause = clauseAround(text, m.index);
      hits.push({ id: NASDAQ_NEAR.test(clause) ? 'nasdaq-esg-guide' : 'hkex-esg-guide', index: m.index, length: m[0].length });
    }
    for (const m of text.matchAll(NASDAQ_GUIDE)) hits.push({ id: 'nasdaq-esg-guide', index: m.index, length: m[0].length });
    for (const { id, pattern } of patterns) {
      for (const m of text.matchAll(pattern)) hits.push({ id, index: m.index, length: m[0].length });
    }
    hits.sort((a, b) => a.index - b.index || b.length - a.length);
    for (const hit of hits) {
      if (known.has(hit.id)) add(hit.id, ctx.report.evidence(sentence, hit.index, hit.index + hit.length));
    }
  }
  return [...found.values()];
}

function clauseAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('，', index), text.lastIndexOf('、', index - 10), 0);
  const end = text.indexOf('，', index);
  return text.slice(Math.max(0, start - 30), end < 0 ? text.length : end);
}

function patternsOf(def: FrameworkDefinition): Pattern[] {
  const spellings = [def.nameZh, ...def.aliases].filter((s): s is string => !!s);
  return spellings.map((spelling) => ({ id: def.id, pattern: spellingPattern(spelling) }));
}

function spellingPattern(spelling: string): RegExp {
  const clean = toSimplified(spelling).replace(/[《》]/g, '');
  const escaped = clean.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  if (/[\u3400-\u9fff]/.test(clean)) return new RegExp(escaped, 'g');
  const flags = /[a-z]/.test(clean.replace(/s$/, '')) ? 'gi' : 'g';
  return new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, flags);
}
