import type { Evidence } from '../facts/schema';
import { toSimplified } from '../resolve/chinese';

/**
 * A report as the rules read it: its original lines (quotes come from these), the same lines in
 * simplified script (rules match on these; every offset is the same in both), and "sentences" that
 * run across the short broken lines PDF extraction produces, with a map back to the line each
 * character came from.
 */

export const MAX_QUOTE = 600;
const SENTENCE_END = /[。！？；!?;]/;
const BULLET_START = /^\s*(?:[-‧·•●▪■◆]|\d+[.、)）]\s|[（(]\d+[)）])/;
const MAX_JOINED_LINES = 10;
const MAX_JOINED_CHARS = 700;
const HEADING_LENGTH = 12;

export interface Sentence {
  /** Simplified text of the sentence. */
  text: string;
  /** For each character of `text`, its 1-based line and column in that line; separators inserted between lines map to -1. */
  lineOf: Int32Array;
  columnOf: Int32Array;
  firstLine: number;
  lastLine: number;
}

export class ReportText {
  readonly lines: readonly string[];
  readonly simplified: readonly string[];
  readonly sentences: readonly Sentence[];
  private readonly sentencesByLine = new Map<number, Sentence[]>();

  constructor(text: string) {
    this.lines = ['', ...text.split(/\r?\n/)];
    this.simplified = this.lines.map(simplifyKeepingLength);
    this.sentences = buildSentences(this);
    for (const sentence of this.sentences) {
      for (let line = sentence.firstLine; line <= sentence.lastLine; line++) {
        const list = this.sentencesByLine.get(line) ?? [];
        list.push(sentence);
        this.sentencesByLine.set(line, list);
      }
    }
  }

  get lineCount(): number {
    return this.lines.length - 1;
  }

  line(n: number): string {
    return this.lines[n] ?? '';
  }

  simple(n: number): string {
    return this.simplified[n] ?? '';
  }

  sentencesOn(line: number): readonly Sentence[] {
    return this.sentencesByLine.get(line) ?? [];
  }

  /** Line numbers of the next / previous non-empty lines. */
  nextNonEmpty(n: number, limit = 3): number | undefined {
    for (let i = n + 1; i < this.lines.length && i <= n + limit * 2 + 1; i++) if (this.line(i).trim()) return i;
    return undefined;
  }

  previousNonEmpty(n: number, limit = 3): number | undefined {
    for (let i = n - 1; i >= 1 && i >= n - limit * 2 - 1; i--) if (this.line(i).trim()) return i;
    return undefined;
  }

  /** The sentence's characters [index, index + length) as the report writes them (offsets agree in both scripts). */
  written(sentence: Sentence, index: number, length: number): string {
    let out = '';
    for (let i = index; i < index + length; i++) {
      const line = sentence.lineOf[i] ?? -1;
      out += line < 0 ? ' ' : this.line(line).charAt(sentence.columnOf[i] ?? 0);
    }
    return out;
  }

  /** Evidence for a span of a sentence: the clause around it, on the line where the span starts. */
  evidence(sentence: Sentence, start: number, end = start + 1): Evidence {
    let at = start;
    while (at < end && (sentence.lineOf[at] ?? -1) < 0) at++;
    const line = sentence.lineOf[at] ?? sentence.firstLine;
    const column = sentence.columnOf[at] ?? 0;
    let endColumn = column + 1;
    for (let i = at; i < end; i++) {
      if (sentence.lineOf[i] === line) endColumn = (sentence.columnOf[i] ?? column) + 1;
    }
    return this.evidenceOnLine(line, column, endColumn);
  }

  /** Evidence for columns [start, end) of a line, widened to the clause that contains them. */
  evidenceOnLine(line: number, start: number, end: number): Evidence {
    const original = this.line(line);
    const clause = widenToClause(original, start, end);
    return { line, quote: clipQuote(original, clause.start, clause.end, start, end) };
  }

  /** The whole (trimmed) line as evidence, clipped to the allowed length. */
  lineEvidence(line: number): Evidence {
    const original = this.line(line);
    const start = original.length - original.trimStart().length;
    return { line, quote: clipQuote(original, start, original.trimEnd().length, start, start + 1) };
  }
}

function simplifyKeepingLength(line: string): string {
  const whole = toSimplified(line);
  if (whole.length === line.length) return whole;
  // Phrase conversions may change the length; convert character by character so offsets still agree.
  return Array.from(line, (ch) => {
    const converted = toSimplified(ch);
    return converted.length === ch.length ? converted : ch;
  }).join('');
}

export function isTableRow(line: string): boolean {
  return line.includes('\t');
}

function buildSentences(report: ReportText): Sentence[] {
  const sentences: Sentence[] = [];
  let n = 1;
  while (n <= report.lineCount) {
    if (!report.line(n).trim()) {
      n++;
      continue;
    }
    const group = [n];
    let chars = report.line(n).length;
    while (!isTableRow(report.line(n)) && group.length < MAX_JOINED_LINES) {
      const last = group[group.length - 1] ?? n;
      const current = report.line(last).trimEnd();
      if (SENTENCE_END.test(current.slice(-1))) break;
      const next = report.nextNonEmpty(last, 1);
      if (next === undefined) break;
      const nextLine = report.line(next);
      if (isTableRow(nextLine) || BULLET_START.test(nextLine) || chars + nextLine.length > MAX_JOINED_CHARS) break;
      if (looksLikeHeading(current)) break;
      group.push(next);
      chars += nextLine.length;
    }
    sentences.push(...splitPassage(report, group));
    n = (group[group.length - 1] ?? n) + 1;
  }
  return sentences;
}

/** A short line with no punctuation is a heading or a label, not the start of a wrapped sentence. */
function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (/报告$|報告$/.test(text) && text.length <= 40) return true;
  return text.length <= HEADING_LENGTH && !/[，、,：:（(]/.test(text);
}

function splitPassage(report: ReportText, lines: readonly number[]): Sentence[] {
  let text = '';
  const lineOf: number[] = [];
  const columnOf: number[] = [];
  for (const line of lines) {
    const simple = report.simple(line);
    const content = simple.trimEnd();
    const lead = content.length - content.trimStart().length;
    if (text && needsSpace(text.slice(-1), content.charAt(lead))) {
      text += ' ';
      lineOf.push(-1);
      columnOf.push(-1);
    }
    for (let c = lead; c < content.length; c++) {
      text += content.charAt(c);
      lineOf.push(line);
      columnOf.push(c);
    }
  }
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text.charAt(i))) continue;
    const end = Math.min(i + 1, text.length);
    if (text.slice(start, end).trim()) out.push(makeSentence(text, lineOf, columnOf, start, end));
    start = end;
  }
  return out;
}

function makeSentence(text: string, lineOf: number[], columnOf: number[], start: number, end: number): Sentence {
  const lines = lineOf.slice(start, end).filter((l) => l > 0);
  return {
    text: text.slice(start, end),
    lineOf: Int32Array.from(lineOf.slice(start, end)),
    columnOf: Int32Array.from(columnOf.slice(start, end)),
    firstLine: Math.min(...lines),
    lastLine: Math.max(...lines),
  };
}

function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after);
}

const CLAUSE_BREAK = /[。！？；;!?\t]/;
const SOFT_BREAK = /[，,]/;
const MIN_CLAUSE = 12;

function widenToClause(line: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(line.charAt(from - 1)) && !(SOFT_BREAK.test(line.charAt(from - 1)) && end - from >= MIN_CLAUSE)) from--;
  let to = Math.max(end, start + 1);
  while (to < line.length && !CLAUSE_BREAK.test(line.charAt(to)) && !(SOFT_BREAK.test(line.charAt(to)) && to - from >= MIN_CLAUSE)) to++;
  if (to < line.length && /[。！？；;!?]/.test(line.charAt(to))) to++;
  return { start: from, end: to };
}

/** A verbatim quote of line[start, end), trimmed and cut to MAX_QUOTE around the focus, at least two characters long. */
function clipQuote(line: string, start: number, end: number, focusStart: number, focusEnd: number): string {
  let from = start;
  let to = end;
  if (to - from > MAX_QUOTE) {
    const centre = Math.floor((focusStart + focusEnd) / 2);
    from = Math.max(start, centre - MAX_QUOTE / 2);
    to = Math.min(end, from + MAX_QUOTE);
  }
  while (from < to && /\s/.test(line.charAt(from))) from++;
  while (to > from && /\s/.test(line.charAt(to - 1))) to--;
  while (to - from < 2) {
    if (to < line.length) to++;
    else if (from > 0) from--;
    else break;
  }
  return line.slice(from, to);
}

/** A 4-digit year written in the text ("2022 年", "2022年"), the nearest one before `index`. */
export function yearBefore(text: string, index: number, window = 80): number | undefined {
  const slice = text.slice(Math.max(0, index - window), index);
  // "2030年前", "自2017年起" are not when something happened.
  const years = [...slice.matchAll(/((?:19|20)\d{2})\s*年(?!\s*(?:前|以前|之前|以来|起|度?报告|目标))/g)];
  const last = years[years.length - 1];
  return last ? Number(last[1]) : undefined;
}

/** Words that place a statement in the reporting period. */
export const REPORTING_PERIOD = /报告期|本年度|本报告期|年内|于汇报年度|报告年度|本年/;
