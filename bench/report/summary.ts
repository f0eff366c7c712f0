import type { RunResult } from './model';
import { checkTargets, ratio, type TargetCheck } from './targets';

const pick = (m: { p50: number | null; p99: number | null; rps: number }) => ({ p50: m.p50, p99: m.p99, rps: m.rps });

/** The contents of bench/results/summary.json: one entry per query and scale, plus load, targets and PROFILE. */
export function summaryJson(run: RunResult) {
  const queries = run.scales.flatMap((scale) =>
    Object.entries(scale.measurements).map(([name, m]) => ({
      name,
      scale: scale.scale,
      relationships: scale.size.relationships,
      esgGraph: pick(m.esgGraph),
      neo4jGraphql: pick(m.neo4jGraphql),
      raw: pick(m.raw),
      ratios: {
        rpsEsgGraphOverPeer: ratio(m.esgGraph.rps, m.neo4jGraphql.rps),
        p99EsgGraphOverPeer: ratio(m.esgGraph.p99, m.neo4jGraphql.p99),
        p50EsgGraphOverFloor: ratio(m.esgGraph.p50, m.raw.p50),
      },
      errors: { esgGraph: m.esgGraph.errors + m.esgGraph.non2xx, neo4jGraphql: m.neo4jGraphql.errors + m.neo4jGraphql.non2xx, raw: m.raw.errors + m.raw.non2xx },
    })),
  );
  const targets: TargetCheck[] = checkTargets(run);
  return {
    mode: run.mode,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    machine: run.machine,
    settings: run.settings,
    units: { p50: 'ms', p99: 'ms', rps: 'requests/s' },
    scales: run.scales.map((s) => ({
      scale: s.scale,
      syntheticCompanies: s.syntheticCompanies,
      ...s.size,
      load: s.load,
      equivalence: s.equivalence,
      loadAverage: Object.values(s.measurements).flatMap((m) => Object.values(m).map((x) => x.loadAverage)),
    })),
    queries,
    targets,
    profile: run.profile
      ? {
          scale: run.profile.scale,
          queries: Object.fromEntries(
            Object.entries(run.profile.queries).map(([name, p]) => [
              name,
              Object.fromEntries(Object.entries(p).map(([system, r]) => [system, { statements: r.statements, dbHits: r.dbHits, profiles: r.profiles }])),
            ]),
          ),
        }
      : undefined,
  };
}
