import type { ExtractionContext } from './context';
import { classifyLabel, segmentName, unitOf, type MetricMeaning } from './metric-labels';
import { metricFact, type MetricSet } from './metric-facts';
import { BreakdownRun, metricColumnCues } from './metric-tables';
import { parseValue } from './metric-values';

/**
 * KPI tables that PDF extraction turned into columns: a header ("种类 2021 年2022 年"), then the
 * row labels one per line, then the values one per line, column after column. A header whose label
 * column ("种类", "指标") comes last was read right to left, so its columns are reversed. The values
 * are matched to the labels only when their counts fit exactly.
 */

const LABEL_COLUMN = /种类|指标|类别|划分/;
const MAX_REGION = 160;

interface Header {
  line: number;
  columns: { year?: number; meaning?: MetricMeaning }[];
  context: string;
}

interface Cell {
  line: number;
  text: string;
}

export function blockTableMetrics(ctx: ExtractionContext, out: MetricSet): void {
  const report = ctx.report;
  const headers: Header[] = [];
  for (let n = 1; n <= report.lineCount; n++) {
    const header = parseHeader(report.simple(n), n);
    if (header) headers.push(header);
  }
  headers.forEach((header, i) => {
    const end = Math.min(headers[i + 1]?.line ?? report.lineCount + 1, header.line + MAX_REGION);
    const { labels, values, weak } = collect(ctx, header.line + 1, end);
    const fit = fitLabels(labels, values, header.columns.length) ?? fitLabels(labels, [...values, ...weak].sort((a, b) => a.line - b.line), header.columns.length);
    if (!fit) return;
    const perColumn = fit.labels.length;
    header.columns.forEach((column, c) => {
      const breakdown = new BreakdownRun();
      fit.labels.forEach((label, r) => {
        const cell = fit.values[c * perColumn + r];
        const parsed = cell ? parseValue(leadingNumber(cell.text)) : undefined;
        const unitText = /[（(]([^（()）]*)[）)]\s*$/.exec(label.text)?.[1] ?? '';
        let fact = meaningOf(label.text, column.meaning, header.context);
        if (!fact && breakdown.continues(label.text, unitText) && breakdown.meaning) fact = { meaning: breakdown.meaning, segment: segmentName(label.text.replace(/[（(][^（()）]*[）)]\s*$/, '')) };
        else if (fact) breakdown.follow(fact.meaning, fact.segment, unitText);
        else breakdown.stop();
        if (!cell || !parsed || !fact) return;
        const year = column.year ?? ctx.reportYear;
        out.add(metricFact(fact.meaning, parsed, year, report.evidenceOnLine(cell.line, 0, report.line(cell.line).length), fact.segment));
      });
    });
  });
}

function parseHeader(text: string, line: number): Header | undefined {
  const t = text.trim();
  if (!t || t.includes('\t') || /[，。；]/.test(t) || t.length > 40) return undefined;
  const labelColumn = LABEL_COLUMN.exec(t);
  if (!labelColumn) return undefined;
  const reversed = labelColumn.index > t.length / 2;
  const years = [...t.matchAll(/((?:19|20)\d{2})\s*年(?!度)/g)].map((m) => ({ year: Number(m[1]) }));
  let columns = years.length >= 2 ? years : metricColumnCues(t);
  if (columns.length < 2 && /数量/.test(t)) columns = [{}];
  if (columns.length === 0) return undefined;
  return { line, columns: reversed ? [...columns].reverse() : columns, context: t };
}

function collect(ctx: ExtractionContext, from: number, to: number): { labels: Cell[]; values: Cell[]; weak: Cell[] } {
  const labels: Cell[] = [];
  const values: Cell[] = [];
  const weak: Cell[] = [];
  for (let n = from; n < to; n++) {
    const text = ctx.report.simple(n).trim();
    if (!text) continue;
    if (/^\d\.\d\s*[\u4e00-\u9fff]{2,12}$/.test(text)) break;
    const prose = /[，。；]/.test(text) && text.length > 12;
    if (prose && (labels.length > 0 || values.length > 0) && !/^[\d,.]+\s/.test(text)) break;
    if (parseValue(text) !== undefined) values.push({ line: n, text });
    else if (/^[\d,]+(?:\.\d+)?\s+[\u4e00-\u9fff]/.test(text) && /[，。]/.test(text)) weak.push({ line: n, text });
    else if (!/[，。；]/.test(text) && /[\u4e00-\u9fff]/.test(text) && text.length <= 40) labels.push({ line: n, text });
  }
  return { labels, values, weak };
}

function leadingNumber(text: string): string {
  return /^[\d,]+(?:\.\d+)?\s+[\u4e00-\u9fff]/.test(text) ? (text.split(/\s+/)[0] ?? text) : text;
}

/** Label sets to try, most specific first: labels with units, without "按…划分" headings, the run just before the values. */
function fitLabels(labels: readonly Cell[], values: readonly Cell[], columns: number): { labels: Cell[]; values: Cell[] } | undefined {
  if (values.length === 0 || values.length % columns !== 0) return undefined;
  const rows = values.length / columns;
  const withUnits = labels.filter((l) => /[（(][^）)]+[）)]/.test(l.text) && unitOf(l.text).family !== 'other');
  const withoutHeadings = labels.filter((l) => !/^按.{1,6}划分$/.test(l.text) && !isCaption(l.text));
  const firstValue = values[0]?.line ?? 0;
  const lastValue = values[values.length - 1]?.line ?? 0;
  const beforeValues = withoutHeadings.filter((l) => l.line < firstValue).slice(-rows);
  const afterValues = withoutHeadings.filter((l) => l.line > lastValue).slice(0, rows);
  for (const candidate of [withUnits, withoutHeadings, beforeValues, afterValues]) {
    if (candidate.length === rows) return { labels: candidate, values: [...values] };
  }
  return undefined;
}

function isCaption(text: string): boolean {
  return /认证证书|提示|示意|现场|海报|照片|合影/.test(text);
}

/** A row label under a column: the column's metric with the row as breakdown, or the row's own metric. */
function meaningOf(label: string, column: MetricMeaning | undefined, context: string): { meaning: MetricMeaning; segment?: string } | undefined {
  const own = classifyLabel(label);
  if (column) {
    if (own?.key === column.key || /总计|合计|人数总计/.test(label)) return { meaning: column };
    return { meaning: column, segment: segmentName(label) };
  }
  if (own) return { meaning: own };
  if (/供应商/.test(context)) {
    if (/总计|合计/.test(label)) return { meaning: { key: 'suppliers_total', unit: 'suppliers', scale: 1 } };
    return { meaning: { key: 'suppliers_count', unit: 'suppliers', scale: 1 }, segment: segmentName(label) };
  }
  return undefined;
}
