import type { Alliance } from '../facts/schema';
import type { ExtractionContext } from './context';
import { englishIn, isAbbreviation, nameEndingAt, parentheticalAfter, type NameSpan } from './names';
import { hashedId, slugify } from './ids';

/**
 * Names of alliances, associations, standards bodies, committees and initiatives (they end in
 * 联盟, 协会, 学会, 委员会, 工作组, 论坛 …), told apart from the company's own internal bodies.
 */

export const ALLIANCE_SUFFIX = /(?:联盟|协会|学会|联合会|研究会|商会|联会|委员会|工作组|研究组|评估组|论坛|契约组织|倡议组织|标准组织|理事会)/g;

const GENERIC_WORDS = /国际|国内外|国内|行业|相关|各类|各个|多个|多家|可持续发展|标准|公益|社会|非政府|专业|权威|第三方|外部|独立|其他|有关|该|等|及|和|与|的/g;
/** Words of the sentence around a name, never part of one. */
const NOT_IN_NAME = /为|兼任|任命|向|引领|负责|总经理|副总裁|董事|直接|其他/;
const EXTERNAL_PREFIX = /^(?:全国|国家|国际|中国|联合国|亚洲|世界|全球|欧洲|美国|省|市|[\u4e00-\u9fff]{2}省|[\u4e00-\u9fff]{2}市|北京|上海|深圳|杭州|香港|IEEE|ISO|IEC)/;
const INTERNAL_BODY = /董事会|审计|薪酬|提名|管治|治理委员会|ESG|可持续发展(?:指导)?委员会|风险|合规|战略委员会|伦理|安全与隐私|信息安全|网络与信息安全|反舞弊|碳中和委员会|质量管理|采购管理|技术评审|员工委员会|职工|变革管理|流程管理|技术委员会|算法安全|数据安全|工作小组|执行小组|管理委员会|专门委员会|监事会/;
const COMMITTEE_SUFFIX = /(?:委员会|工作组|研究组|小组|理事会)$/;
const SET_UP = /(?:成立|设立|下设|建立|组建|设置|设有|新设|优化)(?:了)?$/;

export interface AllianceName extends NameSpan {
  alias?: string;
  english?: string;
  /** Where the name and its parenthesis end. */
  fullEnd: number;
}

/** Alliance-like names in a simplified sentence, in order. */
export function allianceNames(ctx: ExtractionContext, text: string): AllianceName[] {
  const out: AllianceName[] = [];
  for (const m of text.matchAll(ALLIANCE_SUFFIX)) {
    const end = (m.index ?? 0) + m[0].length;
    if (/^[\u4e00-\u9fff]/.test(text.slice(end)) && !/^(?:的|并|和|与|及|等|理事|秘书|会员|成员|副|主|常务|发起|创始|优秀|核心|首批|重要|第|成立|组织|颁发|发布|主办|联合|共同|授予|认定|牵头)/.test(text.slice(end))) continue;
    const whole = nameEndingAt(text, end, { subjects: ctx.companyNames });
    const span = whole ? listHead(whole) : undefined;
    if (!span || !isProperName(span.name, m[0]) && !isAbbreviation(span.name)) continue;
    const paren = parentheticalAfter(text, end);
    const english = englishIn(paren?.content);
    const name: AllianceName = { ...span, fullEnd: paren?.end ?? end };
    if (english && isAbbreviation(english)) name.alias = english;
    else if (english) name.english = english;
    out.push(name);
  }
  return out;
}

/** "IEEE 等标准组织": the name is the one before 等; the rest is a generic description. */
function listHead(span: NameSpan): NameSpan | undefined {
  const at = span.name.indexOf('等');
  if (at < 0) return span;
  const head = span.name.slice(0, at).trim();
  return head ? { name: head, start: span.start, end: span.start + head.length } : undefined;
}

function isProperName(name: string, suffix: string): boolean {
  if (/\d+\s*(?:个|家|余)|超过|多个|若干|等/.test(name) || NOT_IN_NAME.test(name)) return false;
  const own = name.slice(0, name.length - suffix.length).replace(GENERIC_WORDS, '');
  return own.replace(/[\s（）()]/g, '').length >= 3 && name.length <= 40;
}

/** The company's own board committees and working groups are not alliances. */
export function isInternalBody(ctx: ExtractionContext, name: string, before: string): boolean {
  if (EXTERNAL_PREFIX.test(name)) return false;
  if (ctx.companyNames.some((n) => name.startsWith(n))) return true;
  if (INTERNAL_BODY.test(name)) return true;
  return COMMITTEE_SUFFIX.test(name) && SET_UP.test(before.trim());
}

export function allianceKind(name: string): Alliance['kind'] {
  if (/标准|工作组|研究组|评估组/.test(name)) return 'STANDARDS_BODY';
  if (/联盟/.test(name)) return 'ALLIANCE';
  if (/协会|学会|联合会|研究会|商会|联会/.test(name)) return 'ASSOCIATION';
  if (/契约|倡议/.test(name)) return 'INITIATIVE';
  if (/委员会|理事会/.test(name)) return 'COMMITTEE';
  return 'OTHER';
}

/** The alliance definition for a name as written, reusing a curated id when one exists. */
export function defineAlliance(ctx: ExtractionContext, found: AllianceName, written: string): Alliance {
  const aliases = found.alias ? [found.alias] : [];
  const english = found.english;
  const id = english ? slugify(english) : found.alias ? slugify(found.alias) : hashedId('alliance', found.name);
  return ctx.entities.alliance({
    id,
    name: english ?? written,
    nameZh: written,
    aliases,
    kind: allianceKind(found.name),
  });
}
