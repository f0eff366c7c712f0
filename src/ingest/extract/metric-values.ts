/** Numbers as KPI tables and prose write them: "1,909.06", "约 8,000", "超 4,900", "**904**", "97.43%", "–". */

export interface ParsedValue {
  value: number;
  percent: boolean;
}

const VALUE = /^\s*(?:约|超过?|逾|近|达|\*\*)?\s*([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)\s*(?:\*\*)?\s*(%|％)?\s*(?:余|多|\+)?\s*$/;
const PLACEHOLDER = /^\s*(?:[-–—/]|不适用|N\/A)\s*$/;

/** A value cell or token; undefined for text, null for a placeholder ("–", "/") that keeps its column. */
export function parseValue(text: string): ParsedValue | null | undefined {
  if (PLACEHOLDER.test(text)) return null;
  const cleaned = text.replace(/[（(][^）)]*[）)]/g, '').replace(/\s*⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾\s*/g, '').trim();
  const m = VALUE.exec(cleaned);
  if (!m?.[1]) return undefined;
  return { value: Number(m[1].replace(/,/g, '')), percent: !!m[2] };
}

export function isValueCell(text: string): boolean {
  return parseValue(text) !== undefined;
}

/** Chinese multipliers written before a unit: 万 (10⁴), 亿 (10⁸), 百万 (10⁶). */
export function multiplierOf(unit: string): number {
  if (/^亿/.test(unit)) return 1e8;
  if (/^百万/.test(unit)) return 1e6;
  if (/^万(?!元)/.test(unit) && !/^万兆瓦时|^万千瓦时/.test(unit)) return 1e4;
  return 1;
}

/** Avoid floating-point noise from scaling ("118.64 亿" → 11864000000, not 11864000000.000002). */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}
