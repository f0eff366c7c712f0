import type { Evidence, FactsFile } from '../facts/schema';
import type { ExtractionContext } from './context';
import { nameEndingAt } from './names';
import { placedStandardMentions, type PlacedMention } from './standard-mentions';
import { REPORTING_PERIOD, yearBefore } from './text';

/**
 * Standards the company holds (通过/获得/取得 … 认证), and who holds each: the group, a named
 * subsidiary, a facility (data centre, park, building), a product line or a business unit.
 */

type Certification = FactsFile['certifications'][number];
type HolderKind = Certification['holderKind'];

interface Holder {
  kind: HolderKind;
  /** Simplified holder text and where it sits in the sentence (for quoting it as written). */
  name?: string;
  index?: number;
}

const LEGAL_ENTITY = /(?:股份有限公司|有限责任公司|有限公司)/g;
const FACILITY = /(?:数据中心|科技园|产业园|园区|大厦|大楼|办公楼|所在建筑|建筑|生产基地|基地|工厂|厂区|机房)(?![\u4e00-\u9fff]{0,1}(?:认证|标准))/g;
const PRODUCT = /(?:产品型号|型号|产品|摄像机|录像机|显示屏|显示单元|设备|芯片)/g;
const UNIT_STOP = /^(?:已|作为|先后|进一步|在|于|也|还|均|持续|成功|同时|获|通过|取得|是|的|为|，|,|\s)/;
const MAX_EVIDENCE = 3;
/** What follows the company's name when it is the subject, not a unit of it ("海康威视依据…"). */
const NOT_A_UNIT = /^(?:依据|根据|严格|积极|持续|不断|致力|重视|高度|坚持|始终|一直|将|正|深知|以|对|全面)/;

export function extractCertifications(ctx: ExtractionContext, placed = placedStandardMentions(ctx)): Certification[] {
  const byKey = new Map<string, Certification>();
  for (const p of placed) {
    if (p.role !== 'HOLDS') continue;
    for (const holder of holdersOf(ctx, p)) {
      const evidence = ctx.report.evidence(p.sentence, p.mention.index, p.mention.index + p.mention.length);
      const holderText = holder.name !== undefined && holder.index !== undefined ? ctx.report.written(p.sentence, holder.index, holder.name.length) : undefined;
      const key = `${p.mention.id}|${holder.kind}|${holder.name ?? ''}`;
      const existing = byKey.get(key);
      if (existing) {
        addEvidence(existing.evidence, evidence);
        if (!existing.version && p.mention.version) existing.version = p.mention.version;
        continue;
      }
      const cert: Certification = { standard: p.mention.id, holderKind: holder.kind, evidence: [evidence] };
      if (p.mention.version) cert.version = p.mention.version;
      if (holderText) cert.holder = holderText;
      const year = yearOf(ctx, p);
      if (year) cert.year = year;
      byKey.set(key, cert);
    }
  }
  return [...byKey.values()];
}

function addEvidence(list: Evidence[], evidence: Evidence): void {
  if (list.length < MAX_EVIDENCE && !list.some((e) => e.line === evidence.line)) list.push(evidence);
}

function yearOf(ctx: ExtractionContext, p: PlacedMention): number | undefined {
  const written = yearBefore(p.sentence.text, p.mention.index, 60);
  if (written) return written;
  return REPORTING_PERIOD.test(p.sentence.text.slice(0, p.mention.index)) ? ctx.reportYear : undefined;
}

function holdersOf(ctx: ExtractionContext, p: PlacedMention): Holder[] {
  const text = p.sentence.text;
  const end = p.verbIndex ?? p.mention.index;
  const subject = text.slice(0, end);
  const subsidiaries = legalEntities(ctx, subject);
  if (subsidiaries.length > 0) return subsidiaries;
  const after = text.slice(p.mention.index + p.mention.length, p.mention.index + p.mention.length + 12);
  if (/^[^，。；]{0,6}的(?:产品|型号)/.test(after)) {
    const at = text.indexOf('产品', p.mention.index);
    return [{ kind: 'PRODUCT', name: text.slice(at, at + (text.startsWith('产品型号', at) ? 4 : 2)), index: at }];
  }
  // The holder is usually named in the clause before the verb, else at the start of the sentence.
  return [nearestHolder(ctx, subject) ?? nearestHolder(ctx, subject, false) ?? { kind: 'GROUP' }];
}

function legalEntities(ctx: ExtractionContext, subject: string): Holder[] {
  const holders: Holder[] = [];
  for (const m of subject.matchAll(LEGAL_ENTITY)) {
    const span = nameEndingAt(subject, (m.index ?? 0) + m[0].length, { subjects: ctx.companyNames });
    if (!span || span.name.length < m[0].length + 2 || isCompany(ctx, span.name)) continue;
    holders.push({ kind: 'SUBSIDIARY', name: span.name, index: span.start });
  }
  return holders;
}

function isCompany(ctx: ExtractionContext, name: string): boolean {
  return ctx.companyNames.some((n) => n === name || (n.length > 4 && name.includes(n)));
}

/** The holder named closest before the verb: a facility, a business unit or a product line. */
function nearestHolder(ctx: ExtractionContext, subject: string, lastClauseOnly = true): Holder | undefined {
  const clauseStart = lastClauseOnly ? Math.max(subject.lastIndexOf('，'), subject.lastIndexOf('。'), subject.lastIndexOf('；'), subject.lastIndexOf(',')) : -1;
  const clause = subject.slice(clauseStart + 1);
  const offset = clauseStart + 1;
  const facility = lastSpan(ctx, clause, FACILITY);
  if (facility) return { kind: 'FACILITY', name: facility.name, index: offset + facility.start };
  const unit = businessUnit(ctx, clause);
  if (unit) return { kind: /平台|系统|产品/.test(unit.name) && !startsWithCompany(ctx, unit.name) ? 'PRODUCT' : 'BUSINESS_UNIT', name: unit.name, index: offset + unit.start };
  if (!lastClauseOnly) return undefined;
  const product = lastSpan(ctx, clause, PRODUCT);
  if (product && !/^(?:公司|本集团|我们)/.test(product.name)) return { kind: 'PRODUCT', name: product.name, index: offset + product.start };
  return undefined;
}

function lastSpan(ctx: ExtractionContext, clause: string, pattern: RegExp): { name: string; start: number } | undefined {
  let found: { name: string; start: number } | undefined;
  for (const m of clause.matchAll(pattern)) {
    const span = nameEndingAt(clause, (m.index ?? 0) + m[0].length, { subjects: ctx.companyNames, maxLength: 24 });
    if (span && span.name.length > m[0].length) found = { name: span.name, start: span.start };
  }
  return found;
}

function startsWithCompany(ctx: ExtractionContext, name: string): boolean {
  return ctx.companyNames.some((n) => name.startsWith(n));
}

/** "商汤绝影…": the company's short name followed by the unit's own name. */
function businessUnit(ctx: ExtractionContext, clause: string): { name: string; start: number } | undefined {
  for (const short of ctx.companyNames) {
    const at = clause.indexOf(short);
    if (at < 0) continue;
    let end = at + short.length;
    while (end < clause.length && !UNIT_STOP.test(clause.slice(end))) end++;
    const name = clause.slice(at, end);
    const own = name.slice(short.length);
    if (own.length >= 2 && !/^(?:集团|公司|科技|股份|控股|及|和|与)/.test(own) && !NOT_A_UNIT.test(own)) return { name, start: at };
    return undefined;
  }
  return undefined;
}
