import { queryFigures, type Figures } from './aggregate';
import type { RunResult } from './model';
import { checkTargets } from './targets';

const system = (f: Figures) => ({
  p50: f.p50,
  p99: f.p99,
  rps: f.rps,
  unloadedP50: f.unloadedP50,
  unloadedP99: f.unloadedP99,
  unloadedRequests: f.unloadedRequests,
  spread: f.spread,
  errors: f.errors,
  errorKinds: f.errorKinds,
  noneDone: f.noneDone,
  timedOut: f.timedOut,
});

/**
 * The contents of bench/results/summary.json: one entry per query and scale (medians of the rounds,
 * with their spread, ratios and every round), plus loads, targets and PROFILE.
 */
export function summaryJson(run: RunResult) {
  const queries = run.scales.flatMap((scale) =>
    Object.entries(scale.measurements).map(([name, m]) => {
      const f = queryFigures(m);
      return {
        name,
        scale: scale.scale,
        relationships: scale.size.relationships,
        esgGraph: system(f.esgGraph),
        neo4jGraphql: { ...system(f.neo4jGraphql), variant: f.neo4jGraphql.variant },
        ...(f.neo4jGraphqlVariants
          ? { neo4jGraphqlVariants: Object.fromEntries(Object.entries(f.neo4jGraphqlVariants).map(([v, x]) => [v, system(x)])) }
          : {}),
        raw: system(f.raw),
        ratios: f.ratios,
        ratiosRange: f.ratiosRange,
        errors: { esgGraph: f.esgGraph.errors, neo4jGraphql: f.neo4jGraphql.errors, raw: f.raw.errors },
        rounds: f.rounds,
      };
    }),
  );
  return {
    mode: run.mode,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    machine: run.machine,
    settings: run.settings,
    units: { p50: 'ms', p99: 'ms', rps: 'requests/s', unloadedP50: 'ms', unloadedP99: 'ms' },
    definitions: {
      p50: 'loaded (closed loop at settings.connections): median over the rounds of each round’s p50',
      p99: 'loaded: median over the rounds of each round’s p99',
      rps: 'loaded: median over the rounds of correct answers per second',
      unloadedP50: 'one connection, one request at a time: median over the rounds of each round’s p50',
      unloadedP99: 'one connection: p99 of every unloaded sample of every round',
      spread: '[min, max] over the rounds (null: a round with no answer)',
      errors: 'failed requests of every round, loaded and unloaded: HTTP status not 200, GraphQL errors, answers other than the checked one, timeouts, connection errors',
      neo4jGraphql: "the peer's strongest way of asking (highest median rps); every way in neo4jGraphqlVariants",
    },
    scales: run.scales.map((s) => ({
      scale: s.scale,
      syntheticCompanies: s.syntheticCompanies,
      ...s.size,
      load: s.load,
      equivalence: s.equivalence,
      loadAverage: Object.values(s.measurements).flatMap((m) => Object.values(m.rounds).flatMap((rs) => rs.map((r) => r.loadAverage))),
    })),
    queries,
    targets: checkTargets(run),
    profile: run.profile
      ? {
          scale: run.profile.scale,
          queries: Object.fromEntries(
            Object.entries(run.profile.queries).map(([name, p]) => [
              name,
              Object.fromEntries(Object.entries(p).map(([who, r]) => [who, { statements: r.statements, dbHits: r.dbHits, profiles: r.profiles }])),
            ]),
          ),
        }
      : undefined,
  };
}
