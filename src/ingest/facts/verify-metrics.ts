import type { Catalog } from './catalog';
import type { FactsFile, MetricDefinition, MetricValue } from './schema';
import { conversion } from './units';
import type { Problem } from './verify';

/**
 * Metric values across all facts files: one definition per key, every value in a unit that converts
 * to its key's unit, breakdowns that are what they say (a partition sums to its total, a component
 * has a total to be part of, a partial figure stands where no total is stated), and one value per
 * company, key, year and segment unless a later one is declared a restatement.
 */

const CATALOGUE = 'data/catalog/metrics.json';
const NOT_ADDITIVE = new Set(['%', '‰', 'ratio', 'percentage points']);

/** Counts, masses, energy and money add up; shares, ratios and intensities do not. */
export function isAdditive(def: MetricDefinition): boolean {
  return def.denominator === undefined && !NOT_ADDITIVE.has(def.unit);
}

interface Placed {
  file: string;
  path: string;
  company: string;
  m: MetricValue;
}

/** Half a unit of the last decimal place the value is written with: how far rounding can move it. */
function halfUlp(value: number): number {
  const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
  const decimals = (mantissa.split('.')[1]?.length ?? 0) - Number(exponent);
  return 0.5 * 10 ** -Math.max(decimals, 0);
}

export function verifyMetrics(files: readonly { file: string; facts: FactsFile }[], catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, path: string, message: string) => problems.push({ file, path, message, severity: 'error' });

  const defined = new Map<string, { def: MetricDefinition; file: string }>(catalog.metrics.map((def) => [def.key, { def, file: CATALOGUE }]));
  for (const { file, facts } of files) {
    facts.metricDefinitions.forEach((def, i) => {
      const first = defined.get(def.key);
      if (first) error(file, `metricDefinitions[${i}].key`, `"${def.key}" is already defined in ${first.file}: one key, one definition (a metric several facts files use belongs in ${CATALOGUE})`);
      else defined.set(def.key, { def, file });
    });
  }

  const groups = new Map<string, Placed[]>();
  for (const { file, facts } of files) {
    facts.metrics.forEach((m, i) => {
      const path = `metrics[${i}]`;
      const known = defined.get(m.key);
      if (known && known.file !== CATALOGUE && known.file !== file) {
        error(file, `${path}.key`, `"${m.key}" is defined in ${known.file}; a metric several facts files use belongs in ${CATALOGUE}`);
      }
      if (known && !conversion(m.unit, known.def.unit)) {
        error(file, `${path}.unit`, `"${m.unit}" does not convert to "${known.def.unit}", the unit of ${m.key} (same quantity and denominator, data/catalog/units.json)`);
      }
      if (m.breakdown === 'TOTAL' && m.segment !== undefined) {
        error(file, `${path}.breakdown`, `segment "${m.segment}" needs its breakdown: PARTITION (a member of a split that makes up the total), COMPONENT ("of which") or PARTIAL (a part, where no total is stated)`);
      }
      const key = `${facts.company.id}|${m.key}|${m.year}`;
      groups.set(key, [...(groups.get(key) ?? []), { file, path, company: facts.company.id, m }]);
    });
  }

  for (const [key, values] of groups) {
    const def = defined.get(values[0]!.m.key)?.def;
    const inUnit = (p: Placed) => p.m.value * (def ? (conversion(p.m.unit, def.unit)?.factor ?? 1) : 1);

    const bySegment = new Map<string, Placed[]>();
    for (const p of values) bySegment.set(p.m.segment ?? '', [...(bySegment.get(p.m.segment ?? '') ?? []), p]);
    for (const [segment, same] of bySegment) {
      const [first, ...others] = same;
      for (const other of others) {
        const where = `${key}${segment ? `|${segment}` : ''}`;
        if (other.file === first!.file) {
          error(other.file, other.path, `${where} is stated twice in this file (also ${first!.path}): one value, several evidence items`);
        } else if (inUnit(other) !== inUnit(first!) && ![first!, other].some((p) => p.m.caveats.some((c) => c.kind === 'RESTATED'))) {
          error(other.file, other.path, `${where} is ${other.m.value} ${other.m.unit} here but ${first!.m.value} ${first!.m.unit} in ${first!.file}: declare the later one RESTATED, or correct one`);
        }
      }
    }

    const total = values.find((p) => p.m.segment === undefined && p.m.breakdown !== 'PARTITION' && p.m.breakdown !== 'COMPONENT');
    const tolerance = (ps: readonly Placed[]) => ps.reduce((t, p) => t + halfUlp(p.m.value) * Math.abs(inUnit(p) / (p.m.value || 1)), 0);
    for (const p of values) {
      if (p.m.breakdown === 'PARTIAL' && total?.m.breakdown === 'TOTAL') {
        error(p.file, `${p.path}.breakdown`, `${key} has a whole-company total (${total.file} ${total.path}): a part of it is a COMPONENT, not PARTIAL`);
      }
      if (p.m.breakdown === 'COMPONENT') {
        if (!total) error(p.file, `${p.path}.breakdown`, `${key} states no total for this COMPONENT to be part of: it is PARTIAL (with covers)`);
        else if (def && isAdditive(def) && inUnit(p) > inUnit(total) + tolerance([p, total])) {
          error(p.file, `${p.path}.value`, `COMPONENT ${p.m.segment} (${p.m.value}) is larger than its total ${total.m.value}`);
        }
      }
    }
    if (!total || !def || !isAdditive(def)) continue;
    const partitions = new Map<string, Placed[]>();
    for (const p of values.filter((v) => v.m.breakdown === 'PARTITION')) partitions.set(p.m.dimension!, [...(partitions.get(p.m.dimension!) ?? []), p]);
    for (const [dimension, members] of partitions) {
      const sum = members.reduce((s, p) => s + inUnit(p), 0);
      if (Math.abs(sum - inUnit(total)) > tolerance([...members, total])) {
        const p = members[0]!;
        error(p.file, `${p.path}.dimension`, `the "${dimension}" partition of ${key} sums to ${+sum.toFixed(6)}, not to its total ${total.m.value} ${total.m.unit} (within rounding)`);
      }
    }
  }
  return problems;
}
