import type { Company } from '../facts/schema';
import { ENGLISH_SUFFIX } from './company';
import type { Report } from './context';
import { slugify } from './ids';
import type { ReportText } from './text';

/**
 * The source itself: an ESG report or a news article, its title, the year of the period it covers
 * and the languages it is published in.
 */

/** The report section: source kind, title, year of the period covered, languages. */
export function extractReport(report: ReportText, sourceFile: string, company: Company): Report {
  const id = slugify(sourceFile.replace(/\.txt$/, ''));
  const front = frontMatter(report);
  const languages = languagesOf(report);
  if (front.title && front.date) {
    const published: Report = {
      id,
      title: front.title,
      titleZh: front.title,
      year: Number(front.date.slice(0, 4)),
      kind: 'NEWS_ARTICLE',
      languages,
      publishedOn: front.date,
    };
    const publisher = publisherOf(report);
    if (publisher) published.publisher = publisher;
    const url = urlOf(report);
    if (url) published.url = url;
    return published;
  }
  const titleZh = reportTitle(report);
  const year = periodYear(report) ?? yearIn(titleZh) ?? frequentYear(report);
  const zh = titleZh && !/\d{4}/.test(titleZh) ? `${year}年${titleZh}` : titleZh;
  const kindTitle = zh && /可持续发展报告|可持續發展報告/.test(zh) ? 'Sustainability Report' : 'Environmental, Social and Governance Report';
  const owner = company.name.replace(/\s*\([^)]*\)\s*$/, '').replace(ENGLISH_SUFFIX, '');
  const result: Report = { id, title: `${owner} ${year} ${kindTitle}`, year, kind: 'ESG_REPORT', languages };
  if (zh) result.titleZh = zh;
  return result;
}

export function reportYearOf(report: ReportText): number {
  const front = frontMatter(report);
  if (front.date) return Number(front.date.slice(0, 4));
  return periodYear(report) ?? yearIn(reportTitle(report)) ?? frequentYear(report);
}

function frontMatter(report: ReportText): { title?: string; date?: string } {
  if (report.line(1).trim() !== '---') return {};
  const out: { title?: string; date?: string } = {};
  for (let n = 2; n <= Math.min(report.lineCount, 20) && report.line(n).trim() !== '---'; n++) {
    const title = /^title:\s*"?(.*?)"?\s*$/.exec(report.line(n));
    if (title?.[1]) out.title = title[1];
    const date = /^date:\s*(\d{4}-\d{2}-\d{2})/.exec(report.line(n));
    if (date?.[1]) out.date = date[1];
  }
  return out;
}

function publisherOf(report: ReportText): string | undefined {
  for (let n = 1; n <= report.lineCount; n++) {
    const m = /(?:文章来源|来源)\s*[:：]\s*([\u4e00-\u9fffA-Za-z]{2,20})/.exec(report.simple(n));
    if (m?.[1]) {
      const start = report.simple(n).indexOf(m[1], m.index);
      return report.line(n).slice(start, start + m[1].length);
    }
  }
  return undefined;
}

function urlOf(report: ReportText): string | undefined {
  for (let n = report.lineCount; n >= 1; n--) {
    const m = /^<(https?:\/\/[^>\s]+)>$/.exec(report.line(n).trim());
    if (m?.[1]) return m[1];
  }
  return undefined;
}

const TITLE = /((?:(?:19|20)\d{2}\s*年\s*)?(?:环境、社会及(?:管治|治理)|可持续发展|ESG|社会责任|企业社会责任)报告)\s*$/;

function reportTitle(report: ReportText): string | undefined {
  for (let n = 1; n <= report.lineCount; n++) {
    const simple = report.simple(n);
    const m = TITLE.exec(simple.trim());
    if (!m?.[1] || simple.trim().length > 40) continue;
    const start = simple.lastIndexOf(m[1]);
    return report.line(n).slice(start, start + m[1].length);
  }
  return undefined;
}

function periodYear(report: ReportText): number | undefined {
  for (let n = 1; n <= report.lineCount; n++) {
    const m = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*至\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/.exec(report.sentencesOn(n)[0]?.text ?? report.simple(n));
    if (m) return Number(m[2] ?? m[1]);
  }
  return undefined;
}

function yearIn(text: string | undefined): number | undefined {
  const m = text ? /((?:19|20)\d{2})/.exec(text) : null;
  return m ? Number(m[1]) : undefined;
}

function frequentYear(report: ReportText): number {
  const counts = new Map<number, number>();
  for (let n = 1; n <= Math.min(report.lineCount, 200); n++) {
    for (const m of report.simple(n).matchAll(/((?:19|20)\d{2})\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best = new Date().getFullYear();
  let bestCount = 0;
  for (const [year, count] of counts) if (count > bestCount || (count === bestCount && year > best)) [best, bestCount] = [year, count];
  return best;
}

function languagesOf(report: ReportText): Report['languages'] {
  let cjk = 0;
  let traditional = 0;
  for (let n = 1; n <= report.lineCount; n++) {
    const line = report.line(n);
    const simple = report.simple(n);
    for (let i = 0; i < line.length; i++) {
      if (!/[\u3400-\u9fff]/.test(line.charAt(i))) continue;
      cjk++;
      if (line.charAt(i) !== simple.charAt(i)) traditional++;
    }
  }
  const script = cjk > 0 && traditional / cjk > 0.02 ? 'zh-Hant' : 'zh-Hans';
  const full = report.simplified.join('');
  const english = /(?:中英文|简体中文(?:版本)?和英文|中文简体和英文|繁体中文及英文|英文版本|中英双语)/.test(full);
  return english ? [script, 'en'] : [script];
}
