import { currentKey } from '../facts/metric-renames';
import type { Evidence, FactsFile } from '../facts/schema';
import type { MetricMeaning } from './metric-labels';
import { tidy, type ParsedValue } from './metric-values';

/** Metric facts as the table and prose rules build them, one per key, year and breakdown. */

export type Metric = FactsFile['metrics'][number];

export function metricFact(meaning: MetricMeaning, parsed: ParsedValue, year: number, evidence: Evidence, segment?: string): Metric {
  const metric: Metric = { key: currentKey(meaning.key, meaning.unit), value: tidy(parsed.value * meaning.scale), unit: meaning.unit, year, breakdown: 'TOTAL', caveats: [], evidence: [evidence] };
  if (segment) metric.segment = segment;
  return metric;
}

export function metricKey(m: Pick<Metric, 'key' | 'year' | 'segment'>): string {
  return `${m.key}|${m.year}|${m.segment ?? ''}`;
}

/** Adds facts in order; a fact for a key, year and breakdown already found only adds its evidence. */
export class MetricSet {
  private readonly byKey = new Map<string, Metric>();

  add(metric: Metric | undefined): void {
    if (!metric) return;
    const key = metricKey(metric);
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, metric);
      return;
    }
    for (const e of metric.evidence) {
      if (existing.evidence.length < 3 && !existing.evidence.some((x) => x.line === e.line)) existing.evidence.push(e);
    }
  }

  list(): Metric[] {
    return [...this.byKey.values()];
  }
}
