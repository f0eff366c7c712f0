import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fromRoot } from '../../paths';
import { DENOMINATORS, DENOMINATOR_UNITS } from './schema';
import { splitUnit } from './units';

/**
 * Metric keys that were renamed or split so that one key means one definition, one unit and one
 * denominator (data/catalog/metric-renames.json): where a value under `from` went, and why.
 */

const renameSchema = z
  .object({
    from: z.string().min(1),
    to: z.string().min(1),
    /** The values it applied to: a reported unit per this denominator, these companies, this old segment. No `when`: every value. */
    when: z
      .object({ denominator: z.enum(DENOMINATORS).optional(), companies: z.array(z.string()).optional(), segment: z.string().optional() })
      .strict()
      .optional(),
    companies: z.array(z.string()).min(1),
    reason: z.string().min(1),
  })
  .strict();

export type MetricRename = z.infer<typeof renameSchema>;

let cached: MetricRename[] | undefined;

export function metricRenames(): MetricRename[] {
  cached ??= z.array(renameSchema).parse(JSON.parse(readFileSync(fromRoot('data', 'catalog', 'metric-renames.json'), 'utf8')));
  return cached;
}

/** " (renamed: see …)" for a key that is no longer in the catalogue, or "" when it never was. */
export function renameHint(key: string): string {
  const to = [...new Set(metricRenames().filter((r) => r.from === key).map((r) => r.to))];
  return to.length === 0 ? '' : ` (replaced by ${to.join(', ')}: see data/catalog/metric-renames.json)`;
}

/**
 * The current key of a value stated under an old key, where the rename depends only on the key and
 * the reported unit's denominator (the renames tied to a company or a segment were judged case by case).
 */
export function currentKey(key: string, unit: string): string {
  const denominator = splitUnit(unit).denominator;
  const rename = metricRenames().find(
    (r) =>
      r.from === key &&
      !r.when?.companies &&
      !r.when?.segment &&
      (!r.when?.denominator || DENOMINATOR_UNITS[r.when.denominator].toLowerCase() === denominator),
  );
  return rename?.to ?? key;
}
