import type { ExtractionContext } from './context';
import { classifyLabel, segmentName, unitOf, type MetricMeaning } from './metric-labels';
import { metricFact, type MetricSet } from './metric-facts';
import { parseValue, type ParsedValue } from './metric-values';

/**
 * KPI tables whose rows stay on one line: tab-separated (a label, a breakdown, a unit, one value per
 * year column) or space-separated ("耗水量（噸）9, 10 1,833 2,711" under "2024年 2023年"). Values
 * follow the header's column order; a row's label and its group name the metric and the breakdown.
 */

const YEAR_CELL = /^((?:19|20)\d{2})\s*年?\s*(?:数据)?$/;
const SINGLE_VALUE_HEADER = /^(?:数据|数值|数量)$/;
const UNIT_CELL = /^(?:%|人|名|日|天|小时|小时\s*[/／╱]\s*人|件|家|项|个|元|万元|亿元|百万元|吨|兆瓦时|千瓦时|吨标煤|万立方米|人次|次|例|起|.*当量.*|.*[/／╱].*)$/;
const GROUP_WORD = /^(?:性别|年龄组别|年龄|地区|学历|职级类别|职级|类别|雇佣类型)$/;

interface Column {
  year?: number;
  meaning?: MetricMeaning;
}

export function tabTableMetrics(ctx: ExtractionContext, out: MetricSet): void {
  const report = ctx.report;
  let columns: Column[] | undefined;
  let group = '';
  let section = '';
  let sectionMeaning: MetricMeaning | undefined;
  const breakdown = new BreakdownRun();
  for (let n = 1; n <= report.lineCount; n++) {
    const raw = report.simple(n);
    if (!raw.includes('\t')) {
      if (raw.trim()) columns = undefined;
      continue;
    }
    const cells = raw.split('\t').map((c) => c.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const header = headerColumns(cells);
    if (header) {
      columns = header;
      group = '';
      section = '';
      sectionMeaning = undefined;
      continue;
    }
    if (!columns) continue;
    const values = trailingValues(cells, columns.length);
    const labels = cells.slice(0, cells.length - (values?.length ?? 0));
    const nonEmpty = labels.filter(Boolean);
    if (!values) {
      if (nonEmpty.length === 1 && labels.length === 1) {
        section = nonEmpty[0] ?? '';
        sectionMeaning = undefined;
        group = '';
      }
      continue;
    }
    let unitText = '';
    const last = nonEmpty[nonEmpty.length - 1];
    if (last !== undefined && UNIT_CELL.test(last.replace(/\s+/g, '')) && nonEmpty.length > 1) unitText = nonEmpty.pop() ?? '';
    let segmentLabel: string | undefined;
    if (labels[0] === '' && nonEmpty.length >= 1) {
      segmentLabel = nonEmpty[0];
    } else if (nonEmpty.length >= 2) {
      group = nonEmpty[0] ?? '';
      segmentLabel = nonEmpty[1];
    } else {
      group = nonEmpty[0] ?? '';
    }
    const rowLabel = group.replace(/[⁽(][⁰¹²³⁴⁵⁶⁷⁸⁹\d]+[⁾)]/g, '').trim();
    const yearInLabel = /((?:19|20)\d{2})\s*年/.exec(rowLabel);
    let meaning = classifyLabel(rowLabel.replace(/(?:19|20)\d{2}\s*年/, ''), unitText);
    let segment = segmentLabel ? rowSegment(segmentLabel) : ownSegment(rowLabel);
    if (!meaning && segmentLabel) {
      // "发明专利 / 累计有效": the metric is named by the two cells together.
      meaning = classifyLabel(`${rowLabel}${segmentLabel}`, unitText);
      if (meaning) segment = `${segmentName(rowLabel)}, ${segmentName(segmentLabel)}`;
    }
    if (!meaning && sectionMeaning && !segmentLabel && unitOf(unitText).unit === sectionMeaning.unit) {
      meaning = sectionMeaning;
      segment = segmentName(rowLabel);
    }
    if (!meaning && !segmentLabel && breakdown.continues(rowLabel, unitText)) {
      meaning = breakdown.meaning;
      segment = segmentName(rowLabel);
    } else if (meaning) {
      breakdown.follow(meaning, segment, unitText);
    } else {
      breakdown.stop();
    }
    if (meaning && !segment && section && /总计|总量/.test(rowLabel)) sectionMeaning = meaning;
    if (!meaning) continue;
    values.forEach((value, i) => {
      const column = columns?.[i];
      const year = column?.year ?? (yearInLabel ? Number(yearInLabel[1]) : ctx.reportYear);
      if (value) out.add(metricFact(meaning, value, year, report.evidenceOnLine(n, 0, report.line(n).length), segment));
    });
  }
}

/** A breakdown row's name; "全职" is the headline population, not a breakdown. */
function rowSegment(label: string): string | undefined {
  return /^全职/.test(label) ? undefined : segmentName(label);
}

/**
 * "其中：外购商品及服务" and the rows after it break down the metric of the row above them,
 * until a row names a metric of its own.
 */
export class BreakdownRun {
  meaning: MetricMeaning | undefined;
  private parent: { meaning: MetricMeaning; unit: string } | undefined;
  private unit = '';

  follow(meaning: MetricMeaning, segment: string | undefined, unitText: string): void {
    this.meaning = undefined;
    this.parent = segment || /intensity/.test(meaning.key) ? undefined : { meaning, unit: unitOf(unitText).unit };
  }

  continues(label: string, unitText: string): boolean {
    const unit = unitOf(unitText).unit;
    if (/^其中[:：]/.test(label) && this.parent && this.parent.unit === unit) {
      this.meaning = this.parent.meaning;
      this.unit = unit;
      return true;
    }
    return !!this.meaning && unit === this.unit;
  }

  stop(): void {
    this.meaning = undefined;
    this.parent = undefined;
  }
}

/** A label that carries its own breakdown ("男性员工人数", "18-30 岁员工数"). */
function ownSegment(label: string): string | undefined {
  const rest = label.replace(/(?:员工|雇员)(?:人数|总人数|数)?$|人数$/, '');
  if (rest === label) return undefined;
  const named = segmentName(rest);
  return named !== rest.trim() ? named : undefined;
}

function headerColumns(cells: readonly string[]): Column[] | undefined {
  const years = cells.map((c) => YEAR_CELL.exec(c)).filter((m): m is RegExpExecArray => !!m);
  if (years.length > 0 && years.length >= cells.filter((c) => /\d{4}/.test(c)).length) return years.map((m) => ({ year: Number(m[1]) }));
  if (/指标/.test(cells[0] ?? '') && cells.some((c) => SINGLE_VALUE_HEADER.test(c))) return [{}];
  return undefined;
}

/** The last `count` non-empty cells when they are all values (placeholders keep their column as null). */
function trailingValues(cells: readonly string[], count: number): (ParsedValue | null)[] | undefined {
  if (cells.length < count + 1) return undefined;
  const tail = cells.slice(cells.length - count);
  const parsed = tail.map(parseValue);
  if (parsed.some((p) => p === undefined)) return undefined;
  return parsed.filter((p): p is ParsedValue | null => p !== undefined);
}

/** A row written with spaces: its label (footnote markers dropped) and its last `count` numbers. */
function spaceRow(line: string, count: number): { label: string; values: (ParsedValue | null)[] } | undefined {
  let rest = line.trim();
  const values: (ParsedValue | null)[] = [];
  for (let i = 0; i < count; i++) {
    const m = /(?:^|\s)([-–—]|[\d,]*\d(?:\.\d+)?\s*%?)$/.exec(rest);
    if (!m?.[1]) return undefined;
    const parsed = parseValue(m[1]);
    if (parsed === undefined) return undefined;
    values.unshift(parsed);
    rest = rest.slice(0, m.index).trimEnd();
  }
  const label = rest.replace(/(?<=[）)])\s*[\d,，\s]+$/, '').trim();
  if (!/[\u4e00-\u9fff]/.test(label)) return undefined;
  return { label, values };
}

/** Column headers of a space-separated table: year columns, or metric columns ("僱員人數 僱員流失率"). */
function spaceHeader(text: string): Column[] | undefined {
  if (/[，。；]/.test(text) || text.length > 80) return undefined;
  const years = [...text.matchAll(/((?:19|20)\d{2})\s*年(?!度)/g)];
  if (years.length >= 2 && /指标|类别|种类|项目/.test(text)) return years.map((m) => ({ year: Number(m[1]) }));
  if (!/^\s*(?:类别|指标|种类)/.test(text)) return undefined;
  const cues = metricColumnCues(text);
  return cues.length >= 2 ? cues : undefined;
}

const COLUMN_CUES: readonly [RegExp, string][] = [
  [/雇员人数|员工人数|雇员结构/g, '雇员人数'],
  [/流失率|离职率/g, '流失率'],
  [/受训(?:雇员|员工)?百分比|受训比例/g, '受训雇员百分比'],
  [/平均受训(?:小时数|时数)|人均培训小时数|平均受训小时/g, '平均受训时数'],
];

/** Metric columns named in a header, in the order they appear. */
export function metricColumnCues(text: string): Column[] {
  const found: { index: number; label: string }[] = [];
  const compact = text.replace(/\s+/g, '');
  for (const [pattern, label] of COLUMN_CUES) for (const m of compact.matchAll(pattern)) found.push({ index: m.index, label });
  return found.sort((a, b) => a.index - b.index).map((f) => ({ meaning: classifyLabel(f.label, f.label.includes('百分比') || f.label.includes('率') ? '%' : '') }));
}

export function spaceTableMetrics(ctx: ExtractionContext, out: MetricSet): void {
  const report = ctx.report;
  for (let n = 1; n <= report.lineCount; n++) {
    const simple = report.simple(n);
    if (simple.includes('\t') || !simple.trim()) continue;
    let header = spaceHeader(simple);
    let last = n;
    if (!header && /^\s*(?:类别|指标)\s*$/.test(simple)) {
      // A header broken into short lines ("类别 / 受训雇员 / 百分比 / 雇员平均 / 受训时数").
      let joined = simple;
      for (let k = 0, m = report.nextNonEmpty(n, 1); k < 6 && m !== undefined && report.simple(m).trim().length <= 8; k++, m = report.nextNonEmpty(m, 1)) {
        joined += report.simple(m).trim();
        last = m;
      }
      header = spaceHeader(joined);
    }
    if (!header) continue;
    let rows = 0;
    let misses = 0;
    for (let m = report.nextNonEmpty(last, 3); m !== undefined && misses < 2; m = report.nextNonEmpty(m, 3)) {
      const row = spaceRow(report.simple(m), header.length);
      if (!row) {
        if (rows > 0) misses++;
        if (rows === 0 && m - last > 8) break;
        continue;
      }
      rows++;
      misses = 0;
      emitSpaceRow(ctx, out, header, row, m);
      n = m;
    }
  }
}

function emitSpaceRow(ctx: ExtractionContext, out: MetricSet, header: Column[], row: { label: string; values: (ParsedValue | null)[] }, line: number): void {
  const evidence = ctx.report.evidenceOnLine(line, 0, ctx.report.line(line).length);
  const tokens = row.label.split(/\s+/);
  const groupless = tokens.length > 1 && GROUP_WORD.test(tokens[0] ?? '') ? tokens.slice(1).join('') : row.label.replace(/\s+/g, '');
  row.values.forEach((value, i) => {
    const column = header[i];
    if (!value || !column) return;
    if (column.meaning) {
      const segmentLabel = groupless.replace(/的?(?:雇员|员工)(?:总人数|人数)?$/, '').replace(/[（(].*$/, '');
      const segment = segmentName(segmentLabel);
      out.add(metricFact(column.meaning, value, ctx.reportYear, evidence, segment || undefined));
      return;
    }
    const meaning = classifyLabel(groupless);
    if (meaning) out.add(metricFact(meaning, value, column.year ?? ctx.reportYear, evidence));
  });
}
