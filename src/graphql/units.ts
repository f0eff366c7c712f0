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
