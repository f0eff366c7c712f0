import type { RunResult } from './model';

/** One target checked against the measurements. */
export interface TargetCheck {
  target: string;
  query?: string;
  scale?: string;
  /** null: not measurable (a system completed no request in the measurement). */
  value: number | null;
  threshold: number;
  met: boolean | null;
}

const judge = (value: number | null, ok: (v: number) => boolean) => (value === null ? null : ok(value));

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
/** a / b; null when either is unknown (no request completed) or b is 0. */
export const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b <= 0 ? null : round(a / b));

/** Minimum esg-graph/peer requests-per-second ratio on nested and cross-company queries. */
export const RPS_VS_PEER = 2;
/** Maximum esg-graph/floor p50 ratio. */
export const P50_VS_FLOOR = 1.3;
/** Maximum p50 growth from 1x to 1000x for id lookups and connection pages. */
export const GROWTH = 1.5;
/** Minimum bulk load speed. */
export const RELATIONSHIPS_PER_SECOND = 50_000;

export function checkTargets(run: RunResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const kinds = new Map(run.queries.map((q) => [q.name, q.kinds]));
  for (const scale of run.scales) {
    for (const [query, m] of Object.entries(scale.measurements)) {
      const k = kinds.get(query) ?? [];
      if (k.includes('nested') || k.includes('cross-company')) {
        const value = ratio(m.esgGraph.rps, m.neo4jGraphql.rps);
        checks.push({ target: 'rps esg-graph / peer ≥ 2', query, scale: scale.scale, value, threshold: RPS_VS_PEER, met: judge(value, (v) => v >= RPS_VS_PEER) });
      }
      const p99 = ratio(m.esgGraph.p99, m.neo4jGraphql.p99);
      checks.push({ target: 'p99 esg-graph / peer ≤ 1', query, scale: scale.scale, value: p99, threshold: 1, met: judge(p99, (v) => v <= 1) });
      const p50 = ratio(m.esgGraph.p50, m.raw.p50);
      checks.push({ target: 'p50 esg-graph / floor ≤ 1.3', query, scale: scale.scale, value: p50, threshold: P50_VS_FLOOR, met: judge(p50, (v) => v <= P50_VS_FLOOR) });
    }
  }
  const base = run.scales.find((s) => s.scale === '1x');
  const top = run.scales.find((s) => s.scale === '1000x');
  if (base && top) {
    for (const q of run.queries.filter((q) => q.kinds.includes('lookup') || q.kinds.includes('connection'))) {
      const a = base.measurements[q.name]?.esgGraph.p50;
      const b = top.measurements[q.name]?.esgGraph.p50;
      if (a !== undefined && b !== undefined) {
        const value = ratio(b, a);
        checks.push({ target: 'p50 at 1000x / p50 at 1x ≤ 1.5', query: q.name, scale: '1000x', value, threshold: GROWTH, met: judge(value, (v) => v <= GROWTH) });
      }
    }
  }
  const loads = run.scales.flatMap((s) => (s.load.synthetic ? [{ scale: s.scale, stats: s.load.synthetic }] : []));
  const largest = loads.sort((a, b) => b.stats.relationships - a.stats.relationships)[0];
  if (largest) {
    const value = largest.stats.relationshipsPerSecond;
    checks.push({ target: 'bulk load ≥ 50,000 relationships/s', scale: largest.scale, value, threshold: RELATIONSHIPS_PER_SECOND, met: value >= RELATIONSHIPS_PER_SECOND });
  }
  return checks;
}
