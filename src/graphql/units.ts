import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths';

type UnitTable = Record<string, Record<string, number>>;

const table = JSON.parse(readFileSync(fromRoot('data', 'catalog', 'units.json'), 'utf8')) as UnitTable & { _?: unknown };
const byUnit = new Map<string, { quantity: string; factor: number }>();
for (const [quantity, units] of Object.entries(table)) {
  if (quantity === '_') continue;
  for (const [unit, factor] of Object.entries(units as Record<string, number>)) byUnit.set(unit.toLowerCase(), { quantity, factor });
}

/** "t/CNY million revenue" and "t per CNY million revenue" are the same unit. */
function split(unit: string): { numerator: string; denominator: string } {
  const normalized = unit.trim().replace(/\s*\/\s*/, ' per ').replace(/\s+/g, ' ');
  const [numerator, ...rest] = normalized.split(' per ');
  return { numerator: (numerator ?? '').trim(), denominator: rest.join(' per ').trim().toLowerCase() };
}

/** The factor that turns a value in `from` into `to`, or undefined when they measure different things. */
export function conversionFactor(from: string, to: string): number | undefined {
  if (from === to) return 1;
  const a = split(from);
  const b = split(to);
  if (a.denominator !== b.denominator) return undefined;
  if (a.numerator === b.numerator) return 1;
  const x = byUnit.get(a.numerator.toLowerCase());
  const y = byUnit.get(b.numerator.toLowerCase());
  if (!x || !y || x.quantity !== y.quantity) return undefined;
  return x.factor / y.factor;
}

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
