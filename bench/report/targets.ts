import { queryFigures, ratio } from './aggregate';
import type { RunResult } from './model';

/** One target checked against the measurements (medians of the rounds). */
export interface TargetCheck {
  target: string;
  query?: string;
  scale?: string;
  /** null: not measurable (a system completed no request). */
  value: number | null;
  threshold: number;
  met: boolean | null;
  /** How the value reads (a ratio unless said otherwise). */
  unit: 'ratio' | 'relationships/s' | 'rounds';
}

const judge = (value: number | null, ok: (v: number) => boolean) => (value === null ? null : ok(value));

/** Minimum esg-graph/peer throughput ratio, against the peer's strongest way of asking. */
export const RPS_VS_PEER = 2;
/** Maximum esg-graph/floor unloaded p50 ratio. */
export const UNLOADED_P50_VS_FLOOR = 1.3;
/** Maximum unloaded p50 growth from 1x to 1000x, for queries whose answer does not grow with the graph. */
export const GROWTH = 2;
/** Minimum bulk load speed at the largest scale. */
export const RELATIONSHIPS_PER_SECOND = 50_000;

export function checkTargets(run: RunResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const figures = new Map(run.scales.map((s) => [s.scale, new Map(Object.entries(s.measurements).map(([q, m]) => [q, queryFigures(m)]))]));
  for (const scale of run.scales) {
    for (const [query, f] of figures.get(scale.scale)!) {
      const rps = f.ratios.rpsEsgGraphOverPeer;
      checks.push({ target: `rps esg-graph / peer ≥ ${RPS_VS_PEER}`, query, scale: scale.scale, value: rps, threshold: RPS_VS_PEER, met: judge(rps, (v) => v >= RPS_VS_PEER), unit: 'ratio' });
      const p50 = f.ratios.unloadedP50EsgGraphOverFloor;
      checks.push({
        target: `unloaded p50 esg-graph / floor ≤ ${UNLOADED_P50_VS_FLOOR}`,
        query,
        scale: scale.scale,
        value: p50,
        threshold: UNLOADED_P50_VS_FLOOR,
        met: judge(p50, (v) => v <= UNLOADED_P50_VS_FLOOR),
        unit: 'ratio',
      });
    }
  }
  const top = run.scales.find((s) => s.scale === '1000x');
  if (top) {
    for (const [query, m] of Object.entries(top.measurements)) {
      const rounds = m.rounds.esgGraph ?? [];
      const answered = rounds.filter((r) => r.loaded.ok > 0 && r.unloaded.samples.length > 0).length;
      checks.push({ target: 'esg-graph answers at 1000x in every round', query, scale: '1000x', value: answered, threshold: rounds.length, met: answered === rounds.length, unit: 'rounds' });
    }
  }
  const base = figures.get('1x');
  const largest = figures.get('1000x');
  if (base && largest) {
    for (const q of run.queries.filter((q) => !q.answerGrows)) {
      const value = ratio(largest.get(q.name)?.esgGraph.unloadedP50 ?? null, base.get(q.name)?.esgGraph.unloadedP50 ?? null);
      checks.push({ target: `unloaded p50 at 1000x / 1x ≤ ${GROWTH}`, query: q.name, scale: '1000x', value, threshold: GROWTH, met: judge(value, (v) => v <= GROWTH), unit: 'ratio' });
    }
  }
  const loads = run.scales.flatMap((s) => {
    const stats = s.load.bulkImport ?? s.load.synthetic;
    return stats ? [{ scale: s.scale, stats }] : [];
  });
  const biggest = loads.sort((a, b) => b.stats.relationships - a.stats.relationships)[0];
  if (biggest) {
    const value = biggest.stats.relationshipsPerSecond;
    checks.push({
      target: `bulk load ≥ ${RELATIONSHIPS_PER_SECOND.toLocaleString('en-US')} relationships/s (end to end)`,
      scale: biggest.scale,
      value,
      threshold: RELATIONSHIPS_PER_SECOND,
      met: value >= RELATIONSHIPS_PER_SECOND,
      unit: 'relationships/s',
    });
  }
  return checks;
}
