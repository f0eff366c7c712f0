import { conversionFactor, splitUnit as split } from '../ingest/facts/units';

export { conversion, conversionFactor } from '../ingest/facts/units';

/** "t/CNY million revenue" → "t per CNY million revenue": one spelling per unit. */
export function normalizeUnit(unit: string): string {
  const { numerator, denominator } = split(unit);
  return denominator ? `${numerator} per ${unit.trim().replace(/\s*\/\s*/, ' per ').split(' per ').slice(1).join(' per ').trim()}` : numerator;
}

/**
 * The unit a series is shown in: the metric's own unit when every value converts to it; otherwise
 * (intensities "per unit (see fact unit)", mixed denominators) the unit most values are reported in.
 */
export function seriesUnit(metricUnit: string, reported: readonly string[]): string {
  if (reported.every((u) => conversionFactor(u, metricUnit) !== undefined)) return metricUnit;
  const counts = new Map<string, number>();
  for (const u of reported.map(normalizeUnit)) counts.set(u, (counts.get(u) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? metricUnit;
}
