import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fromRoot } from '../../paths';

/**
 * The unit table (data/catalog/units.json): which units measure the same quantity, and the factor
 * between them, with the source of every factor that is a convention (tce → MWh) rather than a definition.
 */

const factorSchema = z.union([z.number().positive(), z.object({ factor: z.number().positive(), source: z.string().min(1) }).strict()]);
const unitsSchema = z.object({ _: z.string() }).catchall(z.record(z.string(), factorSchema));

interface UnitFactor {
  quantity: string;
  factor: number;
  source?: string;
}

function readUnits(): Map<string, UnitFactor> {
  const table = unitsSchema.parse(JSON.parse(readFileSync(fromRoot('data', 'catalog', 'units.json'), 'utf8')));
  const byUnit = new Map<string, UnitFactor>();
  for (const [quantity, units] of Object.entries(table)) {
    if (quantity === '_' || typeof units === 'string') continue;
    for (const [unit, f] of Object.entries(units)) {
      byUnit.set(unit.toLowerCase(), typeof f === 'number' ? { quantity, factor: f } : { quantity, factor: f.factor, source: f.source });
    }
  }
  return byUnit;
}

const byUnit = readUnits();

/** "t/CNY million revenue" and "t per CNY million revenue" are the same unit: numerator and denominator. */
export function splitUnit(unit: string): { numerator: string; denominator: string } {
  const normalized = unit.trim().replace(/\s*\/\s*/, ' per ').replace(/\s+/g, ' ');
  const [numerator, ...rest] = normalized.split(' per ');
  return { numerator: (numerator ?? '').trim(), denominator: rest.join(' per ').trim().toLowerCase() };
}

/** How a value in `from` becomes a value in `to`: the factor, and the sources of the factors used; undefined when they measure different things. */
export function conversion(from: string, to: string): { factor: number; sources: string[] } | undefined {
  const a = splitUnit(from);
  const b = splitUnit(to);
  if (a.denominator !== b.denominator) return undefined;
  if (a.numerator === b.numerator) return { factor: 1, sources: [] };
  const x = byUnit.get(a.numerator.toLowerCase());
  const y = byUnit.get(b.numerator.toLowerCase());
  if (!x || !y || x.quantity !== y.quantity) return undefined;
  return { factor: x.factor / y.factor, sources: [x.source, y.source].filter((s): s is string => s !== undefined) };
}

/** The factor that turns a value in `from` into `to`, or undefined when they measure different things. */
export function conversionFactor(from: string, to: string): number | undefined {
  return from === to ? 1 : conversion(from, to)?.factor;
}
