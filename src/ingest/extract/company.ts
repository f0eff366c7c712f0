import type { Company } from '../facts/schema';
import { hashedId, slugify } from './ids';
import { nameEndingAt } from './names';
import type { EntityRegistry, KnownParty } from './registry';
import type { ReportText } from './text';

/**
 * The company a source is about: the publisher of an ESG report, or the company an article is
 * about, with its names in both scripts, tickers and website, and the id a curated file gave it.
 */

const TITLE_PAGE_WEIGHT = 20;
const LEGAL_SUFFIX = /(?:集团股份有限公司|股份有限公司|控股有限公司|有限责任公司|有限公司)/g;
const GENERIC_SHORT = new Set(['公司', '本公司', '本集团', '集团', '我们', '我司', '本报告', '联交所', '上市规则']);
const GENERIC_TAIL = /(?:股份有限公司|控股有限公司|有限责任公司|有限公司|集团|控股|股份|科技|数字技术|技术|智能|信息|网络|质量认证|认证|服务|发展|实业)$/;
const PLACE_HEAD = /^(?:北京|上海|天津|重庆|杭州|深圳|广州|南京|武汉|成都|西安|青岛|苏州|香港|北京市|上海市|杭州市|深圳市)/;
const ENGLISH_LEGAL = /\b([A-Z][A-Za-z0-9&'. -]{1,60}?\s(?:Holdings Limited|Holdings Ltd\.?|Group Inc\.|Group Limited|Co\.,\s?Ltd\.?|CO\.,\s?LTD\.?|Inc\.|Limited|LIMITED|Corporation|PTE\. LTD\.))/g;
export const ENGLISH_SUFFIX = /\s*(?:,\s*)?(?:Holdings Limited|Holdings Ltd\.?|Group Inc\.|Group Limited|Co\.,\s?Ltd\.?|Inc\.|Limited|Corporation|Pte\. Ltd\.)$/i;

export interface CompanyFinding {
  company: Company;
  /** The company's names in simplified script, longest first: for recognising it as a subject. */
  names: string[];
}

export function extractCompany(report: ReportText, registry: EntityRegistry, companyId?: string): CompanyFinding {
  const full = report.simplified.join('\n');
  const legal = legalName(report, full);
  const nameZh = legal?.original ?? frontName(report) ?? '';
  const simplifiedZh = legal?.simplified ?? matchableName(nameZh);
  const shortNames = shortNamesOf(report, full, simplifiedZh);
  const tickers = tickersOf(full);
  const website = websiteOf(report);
  const english = englishName(report, website);
  const known =
    (companyId ? registry.byId(companyId) : undefined) ??
    registry.party([nameZh, ...shortNames.map((s) => s.original)], ['Company']) ??
    registry.companies().find((c) => c.tickers.some((t) => tickers.includes(t))) ??
    registry.companies().find((c) => c.id === proposedId(english, website, nameZh));
  const id = companyId ?? known?.id ?? proposedId(english, website, nameZh);
  const company: Company = {
    id,
    name: known?.name ?? english ?? (nameZh || id),
    nameZh: nameZh || known?.nameZh || id,
    shortNames: unique(shortNames.map((s) => s.original)),
    aliases: english && known && known.name !== english ? [english] : [],
    tickers: unique([...tickers, ...(known?.tickers ?? [])]),
  };
  const headquarters = headquartersOf(report);
  if (headquarters) company.headquarters = headquarters;
  const founded = foundedOf(full);
  if (founded) company.founded = founded;
  if (website) company.website = website;
  const names = unique([simplifiedZh, coreName(simplifiedZh) ?? '', ...shortNames.map((s) => s.simplified), ...(known ? knownNames(known) : [])])
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length);
  return { company, names };
}

function knownNames(known: KnownParty): string[] {
  return [known.nameZh, ...known.aliases].filter((n): n is string => !!n && /[\u3400-\u9fff]/.test(n)).map(matchableName);
}

function matchableName(name: string): string {
  return name.replace(/\s+/g, '');
}

interface Located {
  original: string;
  simplified: string;
}

/** The legal name the report uses most for itself (weighted by how often its short form appears). */
function legalName(report: ReportText, full: string): Located | undefined {
  const candidates = new Map<string, Located>();
  for (let n = 1; n <= report.lineCount; n++) {
    const simple = report.simple(n);
    for (const m of simple.matchAll(LEGAL_SUFFIX)) {
      const end = (m.index ?? 0) + m[0].length;
      const span = nameEndingAt(simple, end, { maxLength: 24 });
      if (!span || span.name.length < m[0].length + 2) continue;
      const name = span.name.replace(/^(?:欢迎阅读|受|由|与|经|为|是|委托|对|根据)/, '');
      if (!candidates.has(name)) {
        const start = span.end - name.length;
        candidates.set(name, { simplified: name, original: report.line(n).slice(start, span.end) });
      }
    }
  }
  // The title page names the publisher: the first name on its first lines counts as much as many mentions.
  const titlePage = report.simplified.slice(0, 40).join('\n');
  const first = [...candidates.keys()].filter((c) => titlePage.includes(c)).sort((a, b) => titlePage.indexOf(a) - titlePage.indexOf(b))[0];
  let best: Located | undefined;
  let bestScore = 0;
  for (const candidate of candidates.values()) {
    const core = coreName(candidate.simplified);
    const score = occurrences(full, candidate.simplified) * 5 + (core ? occurrences(full, core) : 0) + (candidate.simplified === first ? TITLE_PAGE_WEIGHT : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** "杭州海康威视数字技术股份有限公司" → "海康威视": the distinctive part of a legal name. */
export function coreName(legal: string): string | undefined {
  let core = legal.replace(/[（(][^）)]*[）)]/g, '');
  for (let previous = ''; previous !== core; ) {
    previous = core;
    core = core.replace(GENERIC_TAIL, '');
  }
  core = core.replace(PLACE_HEAD, '');
  return core.length >= 2 ? core : undefined;
}

/** For an article without a legal name: the name written before its stock code, "商汤科技(股票代码…)". */
function frontName(report: ReportText): string | undefined {
  for (let n = 1; n <= report.lineCount; n++) {
    const m = /([\u4e00-\u9fff]{2,8})\s*[（(]\s*(?:股票代码|股份代号|证券代码)/.exec(report.simple(n));
    if (m?.[1]) return report.line(n).slice(m.index, m.index + m[1].length);
  }
  return undefined;
}

function shortNamesOf(report: ReportText, full: string, legal: string): Located[] {
  const found: Located[] = [];
  const add = (simplified: string) => {
    const clean = simplified.replace(/\s+/g, '');
    if (clean.length < 2 || GENERIC_SHORT.has(clean) || found.some((f) => f.simplified === clean)) return;
    found.push({ simplified: clean, original: originalSpelling(report, clean) });
  };
  if (legal) {
    const compact = full.replace(/\s+/g, '');
    for (let at = compact.indexOf(legal); at >= 0; at = compact.indexOf(legal, at + 1)) {
      const after = compact.slice(at + legal.length, at + legal.length + 160);
      const definition = /^(?:[^（(]{0,120})?[（(](?:以下)?(?:简称|下称|简称为)?[：:为]?((?:[“「『"][^”」』"]{1,12}[”」』"][、，或及和]?)+)/.exec(after);
      if (definition?.[1]) for (const q of definition[1].matchAll(/[“「『"]([^”」』"]{1,12})[”」』"]/g)) add(q[1] ?? '');
    }
    const core = coreName(legal);
    if (core && occurrences(full, core) >= 3) add(core);
  } else {
    const front = frontName(report);
    if (front) add(matchableName(front));
  }
  return found;
}

/** How the report spells a simplified name most often (ties: the first spelling), or the name itself. */
function originalSpelling(report: ReportText, simplified: string): string {
  const counts = new Map<string, number>();
  for (let n = 1; n <= report.lineCount; n++) {
    const simple = report.simple(n);
    for (let at = simple.indexOf(simplified); at >= 0; at = simple.indexOf(simplified, at + 1)) {
      const written = report.line(n).slice(at, at + simplified.length);
      counts.set(written, (counts.get(written) ?? 0) + 1);
    }
  }
  let best = simplified;
  let bestCount = 0;
  for (const [written, count] of counts) if (count > bestCount) [best, bestCount] = [written, count];
  return best;
}

function tickersOf(full: string): string[] {
  const tickers: string[] = [];
  for (const m of full.matchAll(/(?<![0-9])(\d{4,5})\.HK\b/g)) tickers.push(`${(m[1] ?? '').slice(-4)}.HK`);
  for (const m of full.matchAll(/(?<![0-9])(\d{6})\.(SZ|SH)\b/g)) tickers.push(`${m[1]}.${m[2]}`);
  for (const m of full.matchAll(/(?:纳斯达克|Nasdaq|NASDAQ)\s*[:：]\s*([A-Z]{1,5})\b/g)) tickers.push(m[1] ?? '');
  for (const m of full.matchAll(/(?:香港联交所|联交所|港交所|HKEX)\s*[:：]\s*(\d{4,5})(?![0-9])/g)) tickers.push(`${(m[1] ?? '').slice(-4)}.HK`);
  for (const m of full.matchAll(/(?:深圳证券交易所|深交所)\s*[:：]?\s*(\d{6})(?![0-9])/g)) tickers.push(`${m[1]}.SZ`);
  return unique(tickers.filter(Boolean));
}

/** Regulators and exchanges the reports link to: not the company's own site. */
const NOT_COMPANY_SITES = /hkex|hkexnews|cnca\.gov|gov\.cn|sec\.gov/i;

function websiteOf(report: ReportText): string | undefined {
  for (let n = 1; n <= report.lineCount; n++) {
    for (const m of report.line(n).matchAll(/https?:\/\/(?:www\.)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:\/[A-Za-z0-9/_-]*)?/g)) {
      if (!NOT_COMPANY_SITES.test(m[0]) && /www\./.test(m[0])) return m[0].replace(/\/+$/, '/').replace(/\/$/, '');
    }
  }
  return undefined;
}

function domainSlug(website: string | undefined): string | undefined {
  const host = website ? /https?:\/\/(?:www\.)?([A-Za-z0-9-]+)\./.exec(website)?.[1] : undefined;
  return host ? slugify(host) : undefined;
}

function englishName(report: ReportText, website: string | undefined): string | undefined {
  const domain = domainSlug(website);
  const found: { name: string; line: number }[] = [];
  for (let n = 1; n <= report.lineCount; n++) {
    for (const m of report.line(n).matchAll(ENGLISH_LEGAL)) {
      const name = (m[1] ?? '').trim();
      if (/PTE\. LTD/i.test(name) || name.split(/\s+/).length > 7) continue;
      found.push({ name, line: n });
    }
  }
  const byDomain = domain ? found.find((f) => slugify(f.name).includes(domain)) : undefined;
  const chosen = byDomain ?? found[0];
  if (chosen) return titleCase(chosen.name);
  if (!domain) return undefined;
  // No legal name in English: the spelling the report gives the domain's brand ("AInnovation").
  for (let n = 1; n <= report.lineCount; n++) {
    const m = new RegExp(`(?<![A-Za-z@./])(${domain})(?![A-Za-z.])`, 'i').exec(report.line(n));
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\bCo\.,\s?Ltd\.?/i, 'Co., Ltd.');
}

function proposedId(english: string | undefined, website: string | undefined, nameZh: string): string {
  const domain = domainSlug(website);
  const core = english ? slugify(english.replace(ENGLISH_SUFFIX, '')) : undefined;
  if (core && core.split('-').length <= 2) return core;
  if (core && domain && core.includes(domain)) return domain;
  return domain ?? core ?? hashedId('company', nameZh || 'company');
}

function headquartersOf(report: ReportText): string | undefined {
  for (let n = 1; n <= report.lineCount; n++) {
    const m = /^\s*(?:[-·•]\s*)?(?:公司地址|总部地址|邮件地址|地址)\s*[:：]\s*(.+?)\s*$/.exec(report.simple(n));
    if (m?.[1] && !/举报|注册|经营|监察|法务/.test(report.simple(n))) {
      const start = report.simple(n).indexOf(m[1]);
      return report.line(n).slice(start, start + m[1].length);
    }
  }
  return undefined;
}

function foundedOf(full: string): number | undefined {
  const m = /(?:成立|创立|创办|注册成立)于\s*((?:19|20)\d{2})\s*年/.exec(full);
  return m ? Number(m[1]) : undefined;
}

function occurrences(text: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
