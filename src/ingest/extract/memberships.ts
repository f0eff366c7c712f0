import type { Alliance, FactsFile } from '../facts/schema';
import { allianceNames, defineAlliance, isInternalBody, type AllianceName } from './alliance-names';
import type { ExtractionContext } from './context';
import { yearBefore } from './text';

/**
 * Alliances, associations, standards bodies and initiatives the company belongs to, with its role:
 * the role words after the name (理事长单位, 副理事长, 常务理事, 理事单位, 秘书长单位, 会员/成员单位 …)
 * or the verb before it (发起/创办/牵头 → founder, 签署/加入 a pledge → signatory, 加入 → member,
 * 参与 a body's standard work → contributor). Names with no role stated are not memberships.
 */

type Membership = FactsFile['memberships'][number];
type Role = Membership['role'];

const ROLE_AFTER: readonly [RegExp, Role][] = [
  [/^副理事长/, 'VICE_CHAIR'],
  [/^常务理事/, 'EXECUTIVE_COUNCIL_MEMBER'],
  [/^理事长/, 'CHAIR'],
  [/^理事/, 'COUNCIL_MEMBER'],
  [/^秘书长|^秘书处/, 'SECRETARIAT'],
  [/^副(?:主任|组长|主席|会长)/, 'VICE_CHAIR'],
  [/^(?:创始)?(?:主任|组长|主席|会长)/, 'CHAIR'],
  [/^(?:创始|发起)(?:会员|成员|单位|人)/, 'FOUNDER'],
  [/^(?:会员|成员)(?:单位|企业)?/, 'MEMBER'],
];
const ROLE_GAP = /^(?:\s|[“”"「」*]|[，,](?=\s*(?:并|且|同时)?\s*(?:担任|出任|成为|当选))|的|之|并|且|同时|担任|出任|任|成为|当选|为|优秀|核心|首批|重要|首届|创始)*/;
const FOUNDING = /(?:发起|创办|创立|牵头成立|牵头组建|联合发起|共同发起|共同成立|联合创建|发起成立|倡议成立|成立|组建)(?:了)?[“"「]?\s*$/;
const SIGNING = /(?:签署|签约|签订)(?:了)?[“"「]?\s*$/;
const JOINING = /(?:加入|成为)(?:了)?[“"「]?\s*$/;
const DRAFTING = /(?:参与|参加)(?:编制|制定|起草|编写)(?:了)?[“"「]?\s*$/;
const TAKING_PART = /(?:参与|参加)(?:了)?[“"「]?\s*$/;
const STANDARD_WORK = /标准|制定|编制|起草|发布的/;
const AWARD = /荣获|获评|获颁|颁发|授予|评为|榜单|奖项|入选.{0,20}名单/;
const EVENT_AFTER = /^(?:活动|大会|年会|峰会|会议|颁奖|举办|主办|发布的?(?:报告|名单))/;
const ROLE_RANK: Record<Role, number> = {
  CHAIR: 9, VICE_CHAIR: 8, SECRETARIAT: 7, EXECUTIVE_COUNCIL_MEMBER: 6, COUNCIL_MEMBER: 5, FOUNDER: 4, SIGNATORY: 3, MEMBER: 2, CONTRIBUTOR: 1,
};
const LIST_HEADER = /联盟|组织|协会|学会|成员|会员/;
const LIST_GAP = 4;

export function extractMemberships(ctx: ExtractionContext): { memberships: Membership[]; alliances: Alliance[] } {
  const byAlliance = new Map<string, Membership>();
  const alliances = new Map<string, Alliance>();
  const record = (alliance: Alliance, role: Role, evidence: Membership['evidence'][number], since?: number) => {
    alliances.set(alliance.id, alliance);
    const existing = byAlliance.get(alliance.id);
    if (!existing) {
      const membership: Membership = { alliance: alliance.id, role, evidence: [evidence] };
      if (since) membership.since = since;
      byAlliance.set(alliance.id, membership);
      return;
    }
    if (ROLE_RANK[role] > ROLE_RANK[existing.role]) existing.role = role;
    if (existing.evidence.length < 3 && !existing.evidence.some((e) => e.line === evidence.line)) existing.evidence.push(evidence);
  };
  for (const sentence of ctx.report.sentences) {
    let previous: { found: AllianceName; role?: Role } | undefined;
    for (const found of allianceNames(ctx, sentence.text)) {
      const before = sentence.text.slice(Math.max(0, found.start - 16), found.start);
      if (isInternalBody(ctx, found.name, before)) continue;
      const inList = previous !== undefined && /^[\s、和及与]*$/.test(sentence.text.slice(previous.found.fullEnd, found.start));
      const role = roleOf(sentence.text, found, before) ?? (inList ? previous?.role : undefined);
      previous = { found, role };
      if (!role) continue;
      if (EVENT_AFTER.test(sentence.text.slice(found.fullEnd))) continue;
      const alliance = defineAlliance(ctx, found, ctx.report.written(sentence, found.start, found.name.length));
      const finalRole = role === 'MEMBER' && alliance.kind === 'INITIATIVE' && JOINING.test(before) ? 'SIGNATORY' : role;
      record(alliance, finalRole, ctx.report.evidence(sentence, found.start, found.end), yearBefore(sentence.text, found.start, 40));
    }
  }
  for (const listed of listedAlliances(ctx)) record(listed.alliance, 'MEMBER', listed.evidence);
  const memberships = [...byAlliance.values()];
  return { memberships, alliances: memberships.map((m) => alliances.get(m.alliance)).filter((a): a is Alliance => !!a) };
}

function roleOf(text: string, found: AllianceName, before: string): Role | undefined {
  const after = text.slice(found.fullEnd, found.fullEnd + 20);
  const gap = ROLE_GAP.exec(after)?.[0].length ?? 0;
  const rest = after.slice(gap);
  let role: Role | undefined;
  for (const [pattern, r] of ROLE_AFTER) {
    if (pattern.test(rest)) {
      role = r;
      break;
    }
  }
  const sentenceBefore = text.slice(0, found.start);
  if (!role && AWARD.test(sentenceBefore)) return undefined;
  const byVerb: Role | undefined = DRAFTING.test(before)
    ? 'CONTRIBUTOR'
    : FOUNDING.test(before)
    ? 'FOUNDER'
    : SIGNING.test(before)
      ? 'SIGNATORY'
      : JOINING.test(before)
        ? 'MEMBER'
        : TAKING_PART.test(before)
          ? STANDARD_WORK.test(text.slice(found.fullEnd, found.fullEnd + 30)) ? 'CONTRIBUTOR' : 'MEMBER'
          : undefined;
  if (role && byVerb) return ROLE_RANK[role] >= ROLE_RANK[byVerb] ? role : byVerb;
  return role ?? byVerb;
}

/**
 * A list of bodies, one name per line under a heading such as "行业联盟" or "标准化组织": each is a
 * membership (the report lists the bodies it has joined).
 */
function listedAlliances(ctx: ExtractionContext): { alliance: Alliance; evidence: Membership['evidence'][number] }[] {
  const report = ctx.report;
  const candidates: { line: number; name: string; written: string; alias?: string }[] = [];
  for (let n = 1; n <= report.lineCount; n++) {
    const simple = report.simple(n).trim();
    if (!simple || simple.length > 30 || !/^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 （）()]*$/.test(simple) || (simple.match(/[\u4e00-\u9fff]/g) ?? []).length < 3) continue;
    let name = simple;
    let written = report.line(n).trim();
    const first = n;
    let next = report.nextNonEmpty(n, 1);
    const continued = next;
    if (!endsLikeAlliance(name) && next !== undefined) {
      const continuation = report.simple(next).trim();
      if (continuation.length <= 14 && /^[\u4e00-\u9fff]+$/.test(continuation) && endsLikeAlliance(name + continuation)) {
        name += continuation;
        written += report.line(next).trim();
        next = report.nextNonEmpty(next, 1);
      }
    }
    if (continued !== undefined && next !== continued && name.length > simple.length) n = continued;
    if (!endsLikeAlliance(name.replace(/[（(][^）)]*[）)]$/, ''))) continue;
    const own = /[（(]([A-Za-z0-9]+)[）)]$/.exec(name)?.[1];
    const following = next !== undefined ? /^[（(]([A-Za-z0-9]+)[）)]$/.exec(report.simple(next).trim())?.[1] : undefined;
    candidates.push({ line: first, name: name.replace(/\s*[（(][^）)]*[）)]$/, ''), written: written.replace(/\s*[（(][^）)]*[）)]$/, ''), alias: own ?? following });
  }
  const out: { alliance: Alliance; evidence: Membership['evidence'][number] }[] = [];
  for (const block of runs(candidates)) {
    const header = report.previousNonEmpty(block[0]?.line ?? 1, 1);
    if (block.length < 3 || header === undefined) continue;
    const heading = report.simple(header).trim();
    if (!LIST_HEADER.test(heading) || heading.length > 12) continue;
    for (const c of block) {
      if (isInternalBody(ctx, c.name, '')) continue;
      const found: AllianceName = { name: c.name, start: 0, end: c.name.length, fullEnd: c.name.length };
      if (c.alias) found.alias = c.alias;
      out.push({ alliance: defineAlliance(ctx, found, c.written), evidence: report.lineEvidence(c.line) });
    }
  }
  return out;
}

/** Candidates in runs of nearby lines (a list, with blank and abbreviation lines between its items). */
function runs<T extends { line: number }>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const current = out[out.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && item.line - last.line <= LIST_GAP) current.push(item);
    else out.push([item]);
  }
  return out;
}

function endsLikeAlliance(name: string): boolean {
  return /(?:联盟|协会|学会|联合会|研究会|委员会|工作组|研究组|评估组|论坛|组织)$/.test(name) && name.length >= 6;
}
