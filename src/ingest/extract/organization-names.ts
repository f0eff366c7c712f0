import type { Organization } from '../facts/schema';
import type { ExtractionContext } from './context';
import { hashedId, slugify } from './ids';
import { isInternalBody } from './alliance-names';
import { englishIn, isAbbreviation, nameEndingAt, parentheticalAfter, type NameSpan } from './names';

/**
 * Names of organizations (universities, schools, hospitals, research institutes, foundations,
 * government bodies, companies, NGOs) and the kind each suffix implies.
 */

const ORGANIZATION_SUFFIX =
  /(?:大学|学院|中学|小学|学校|医院|研究院|研究所|研究中心|实验室|基金会|慈善总会|人民政府|政府|卫健委|委员会|管理局|交管局|教育局|农业农村局|知识产权局|局|厅|股份有限公司|有限责任公司|有限公司|集团|银行|博物院|博物馆|国家公园|湿地公园|保护区|服务队|协会|联会|报社|电视台|论坛|科技)(?![\u4e00-\u9fff]{0,1}(?:颁发|发布))/g;

export interface OrganizationName extends NameSpan {
  alias?: string;
  english?: string;
  fullEnd: number;
}

export function organizationNames(ctx: ExtractionContext, text: string): OrganizationName[] {
  const out: OrganizationName[] = [];
  const titles = [...text.matchAll(/《[^》]*》/g)].map((t) => [t.index, t.index + t[0].length]);
  for (const m of text.matchAll(ORGANIZATION_SUFFIX)) {
    const end = (m.index ?? 0) + m[0].length;
    // Inside a book title (《…上市规则》) a name is part of the title; "科技企业" is not a company name.
    if (titles.some(([s, e]) => (m.index ?? 0) > (s ?? 0) && end < (e ?? 0))) continue;
    if (m[0] === '科技' && /^[\u4e00-\u9fff]/.test(text.slice(end))) continue;
    // "…大学生", "…学院路": the suffix is inside a longer word.
    if (/^[生路区站网部院系园](?![\u4e00-\u9fff]{0,1}(?:签署|合作))/.test(text.slice(end)) && m[0] !== '有限公司') continue;
    const whole = nameEndingAt(text, end, { subjects: ctx.companyNames, maxLength: 30 });
    const span = whole ? lastOfPair(whole) : undefined;
    if (!span || !isProperOrganization(ctx, span.name, m[0])) continue;
    if (out.some((o) => o.start <= span.start && span.end <= o.fullEnd)) continue;
    if (/委员会$/.test(span.name) && isInternalBody(ctx, span.name, text.slice(Math.max(0, span.start - 16), span.start))) continue;
    // "荆州市公安局交管局" after "荆州市公安局": the longer name replaces the one it extends.
    for (let i = out.length - 1; i >= 0; i--) if (out[i]?.start === span.start) out.splice(i, 1);
    const paren = parentheticalAfter(text, end);
    const english = englishIn(paren?.content);
    const found: OrganizationName = { ...span, fullEnd: paren?.end ?? end };
    if (paren && !english && /^[\u4e00-\u9fff]{2,10}$/.test(paren.content) && paren.content !== span.name) found.alias = paren.content;
    if (english && isAbbreviation(english)) found.alias = english;
    else if (english) found.english = english;
    out.push(found);
  }
  return out;
}

/** "清华大学和北京大学": two names joined by 和/及/与; the one ending here is the last. */
function lastOfPair(span: NameSpan): NameSpan {
  const m = /^(.*?(?:大学|学院|学校|医院|研究院|公司|集团|政府|局|厅|基金会|协会))(?:和|及|与|、)(.+)$/.exec(span.name);
  if (!m?.[2]) return span;
  return { name: m[2], start: span.end - m[2].length, end: span.end };
}

const GENERIC = /^(?:行业|百余所|数十家|近百家|多地|大量|众多|各地|若干|生态|伙伴|各|多所|多家|相关|有关|国内外|国内|海内外|知名|顶尖|领先|多个|其他|本地|当地|部分|一些|外部|第三方|政府|高校|院校|科研院所|企业|机构|公司|集团|学校|医院|该|我们|本)+/;

function isProperOrganization(ctx: ExtractionContext, name: string, suffix: string): boolean {
  const own = name.slice(0, name.length - suffix.length);
  if (own.replace(GENERIC, '').length < 2) return false;
  if (ctx.companyNames.some((n) => name.includes(n))) return false;
  return name.length <= 30 && !/[，。；或]|及其/.test(name);
}

export function organizationKind(name: string): Organization['kind'] {
  if (/联合国|国际劳工组织|世界银行/.test(name)) return 'INTERNATIONAL_ORGANIZATION';
  if (/大学|学院(?!路)/.test(name)) return 'UNIVERSITY';
  if (/中学|小学|学校/.test(name)) return 'SCHOOL';
  if (/医院/.test(name)) return 'HOSPITAL';
  if (/研究院|研究所|研究中心|实验室/.test(name)) return 'RESEARCH_INSTITUTE';
  if (/基金会|慈善总会/.test(name)) return 'FOUNDATION';
  if (/政府|卫健委|委员会|局|厅|部$/.test(name)) return 'GOVERNMENT';
  if (/协会|联会|服务队/.test(name)) return 'NGO';
  if (/报社|电视台/.test(name)) return 'MEDIA';
  if (/公司|集团|银行/.test(name)) return 'COMPANY';
  return 'OTHER';
}

export function defineOrganization(ctx: ExtractionContext, found: OrganizationName, written: string): Organization {
  const aliases = found.alias ? [found.alias] : [];
  const id = found.english ? slugify(found.english) : found.alias && isAbbreviation(found.alias) ? slugify(found.alias) : hashedId('org', found.name);
  return ctx.entities.organization({
    id,
    name: found.english ?? written,
    nameZh: written,
    aliases,
    kind: organizationKind(found.name),
  });
}
