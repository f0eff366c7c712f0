import type { FactsFile, Organization } from '../facts/schema';
import type { ExtractionContext } from './context';
import { defineOrganization, organizationNames, type OrganizationName } from './organization-names';
import type { Sentence } from './text';
import { yearBefore } from './text';

/**
 * Organizations the company works with: named after 与/和/携手/联合/协助/向 and followed by a word of
 * cooperation (签署, 合作, 共建, 联合, 捐赠 …). Award-giving bodies are not partners.
 */

type Partnership = FactsFile['partners'][number];

const INTRODUCER = /(?:与|和|同|携手|联合|联手|协助|协同|会同|向|为|参与|由|在|包括)\s*$/;
const COOPERATION = /^[^。；]{0,80}?(签署|签订|达成|开展|建立|共建|共同|联合|合作|携手|启动|打造|举办|完成|成立|捐赠|部署|协作|建设|推进|推动|搭建|提供|研发|实现|构建|投入|支持|助力|发起|主办|举办|承办|指导|使用|落地)/;
const AWARD = /荣获|获评|获颁|颁发|授予|评为|榜单|奖项|入选|认定|授牌/;
const LIST_GAP = /^[\s、和及与]*$/;

export interface PartnerMention {
  found: OrganizationName;
  sentence: Sentence;
  relation: string;
  organization: Organization;
}

/** Organizations in cooperation sentences, in text order. */
export function partnerMentions(ctx: ExtractionContext): PartnerMention[] {
  const out: PartnerMention[] = [];
  for (const sentence of ctx.report.sentences) {
    const names = organizationNames(ctx, sentence.text);
    let previous: { found: OrganizationName; introduced: boolean } | undefined;
    for (const found of names) {
      const before = sentence.text.slice(Math.max(0, found.start - 8), found.start);
      const inList = previous !== undefined && previous.introduced && LIST_GAP.test(sentence.text.slice(previous.found.fullEnd, found.start));
      const introduced = INTRODUCER.test(before) || inList;
      previous = { found, introduced };
      if (!introduced) continue;
      const after = sentence.text.slice(found.fullEnd);
      const verb = /(?:协助|向|为)\s*$/.test(before) ? 'assist' : COOPERATION.exec(after)?.[1];
      if (!verb) continue;
      // "在X的支持下", "包括X…" (customers of a deployment): only with those words around.
      if (/在\s*$/.test(before) && !/^的?(?:大力)?(?:支持|指导|帮助)/.test(after)) continue;
      if (/包括\s*$/.test(before) && !/投入使用|落地|部署|应用于|服务于/.test(sentence.text)) continue;
      const upTo = sentence.text.slice(0, found.start);
      if (AWARD.test(upTo.slice(-30)) || AWARD.test(after.slice(0, 12))) continue;
      const organization = defineOrganization(ctx, found, ctx.report.written(sentence, found.start, found.name.length));
      out.push({ found, sentence, relation: relationOf(sentence.text, verb), organization });
    }
  }
  return out;
}

/**
 * One partnership per organization. Organizations named in a programme's sentence are partners of
 * that programme too; they are listed here as well, since the reports' cooperation is rarely only
 * a programme's.
 */
export function extractPartners(ctx: ExtractionContext, mentions: readonly PartnerMention[]): Partnership[] {
  const byOrganization = new Map<string, Partnership>();
  for (const mention of mentions) {
    const evidence = ctx.report.evidence(mention.sentence, mention.found.start, mention.found.end);
    const existing = byOrganization.get(mention.organization.id);
    if (existing) {
      if (existing.evidence.length < 3 && !existing.evidence.some((e) => e.line === evidence.line)) existing.evidence.push(evidence);
      continue;
    }
    const partnership: Partnership = { organization: mention.organization.id, relation: mention.relation, evidence: [evidence] };
    const year = yearBefore(mention.sentence.text, mention.found.start, 60);
    if (year) partnership.year = year;
    byOrganization.set(mention.organization.id, partnership);
  }
  return [...byOrganization.values()];
}

function relationOf(text: string, verb: string): string {
  if (/战略合作/.test(text)) return 'strategic cooperation';
  if (/投入使用|落地|部署|应用于/.test(text)) return 'uses the company\'s products';
  if (verb === '支持' || verb === '指导') return 'supports the company\'s initiative';
  if (verb === '主办' || verb === '发起') return 'hosts an event or programme the company takes part in';
  if (/捐赠|捐款|善款/.test(text)) return 'donation recipient';
  if (verb === 'assist') return 'supports the organization with technology and services';
  if (/联合实验室|研究院|研究中心|共建|联合创建|共同建立|成立/.test(text)) return 'jointly established research or training facility';
  if (/标准|起草|编制/.test(text)) return 'standards work';
  if (/举办|承办|活动/.test(text)) return 'co-organised activities';
  if (/研究|研发|课题/.test(text)) return 'research cooperation';
  return 'cooperation';
}
