import { addErrors, errorTotal, noErrors, percentile, type ErrorCounts } from '../load-test';
import type { QueryMeasurements, RoundResult } from './model';

/** The figures of one contender on one query at one scale: medians of the rounds, with their spread. */
export interface Figures {
  /** Loaded (closed loop, `connections` connections): latency percentiles (ms) and correct answers per second. */
  p50: number | null;
  p99: number | null;
  rps: number;
  /** Unloaded (one connection): the median of the rounds' p50, and the p99 of every sample of every round. */
  unloadedP50: number | null;
  unloadedP99: number | null;
  unloadedRequests: number;
  /** [min, max] over the rounds; null inside for a round with no answer. */
  spread: { p50: Range; p99: Range; rps: Range; unloadedP50: Range };
  /** Failed requests of every round, loaded and unloaded: HTTP errors, GraphQL errors, wrong answers, timeouts, connection errors. */
  errors: number;
  errorKinds: ErrorCounts;
  /** Under load no answer came back within a round (the median round): its latency is the unloaded single requests'. */
  noneDone: boolean;
  /** No request at all was answered within the timeout. */
  timedOut: boolean;
}

export type Range = [number | null, number | null];

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** a / b; null when either is unknown (no request completed) or b is 0. */
export const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b <= 0 ? null : round(a / b));

/** The median, a missing value (no answer) counting as slower than any; null when the median is missing. */
export function medianLatency(values: readonly (number | null)[]): number | null {
  const sorted = [...values].sort((a, b) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b));
  if (sorted.length === 0) return null;
  const mid = sorted.length / 2;
  if (sorted.length % 2 === 1) return sorted[Math.floor(mid)]!;
  const [a, b] = [sorted[mid - 1]!, sorted[mid]!];
  return a === null || b === null ? null : round((a + b) / 2);
}

export const median = (values: readonly number[]): number => medianLatency(values) ?? 0;

export function range(values: readonly (number | null)[]): Range {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return [null, null];
  return [Math.min(...known), known.length < values.length ? null : Math.max(...known)];
}

export function figures(rounds: readonly RoundResult[]): Figures {
  const samples = rounds.flatMap((r) => r.unloaded.samples).sort((a, b) => a - b);
  const errorKinds = rounds.reduce((e, r) => addErrors(addErrors(e, r.loaded.errors), r.unloaded.errors), noErrors());
  const p50 = medianLatency(rounds.map((r) => r.loaded.p50));
  return {
    p50,
    p99: medianLatency(rounds.map((r) => r.loaded.p99)),
    rps: median(rounds.map((r) => r.loaded.rps)),
    unloadedP50: medianLatency(rounds.map((r) => r.unloaded.p50)),
    unloadedP99: percentile(samples, 99),
    unloadedRequests: samples.length,
    spread: {
      p50: range(rounds.map((r) => r.loaded.p50)),
      p99: range(rounds.map((r) => r.loaded.p99)),
      rps: range(rounds.map((r) => r.loaded.rps)),
      unloadedP50: range(rounds.map((r) => r.unloaded.p50)),
    },
    errors: errorTotal(errorKinds),
    errorKinds,
    noneDone: p50 === null,
    timedOut: samples.length === 0 && rounds.every((r) => r.loaded.ok === 0),
  };
}

export interface Ratios {
  rpsEsgGraphOverPeer: number | null;
  p99EsgGraphOverPeer: number | null;
  p50EsgGraphOverFloor: number | null;
  unloadedP50EsgGraphOverFloor: number | null;
}

function ratiosOf(esg: Pick<Figures, 'rps' | 'p50' | 'p99' | 'unloadedP50'>, peer: Pick<Figures, 'rps' | 'p99'>, floor: Pick<Figures, 'p50' | 'unloadedP50'>): Ratios {
  return {
    rpsEsgGraphOverPeer: ratio(esg.rps, peer.rps),
    p99EsgGraphOverPeer: ratio(esg.p99, peer.p99),
    p50EsgGraphOverFloor: ratio(esg.p50, floor.p50),
    unloadedP50EsgGraphOverFloor: ratio(esg.unloadedP50, floor.unloadedP50),
  };
}

const roundFigures = (r: RoundResult) => ({ p50: r.loaded.p50, p99: r.loaded.p99, rps: r.loaded.rps, unloadedP50: r.unloaded.p50 });

/** One query at one scale: every contender's figures, the peer's strongest way of asking, ratios and their spread. */
export interface QueryFigures {
  esgGraph: Figures;
  /** The peer's strongest way of asking (highest median throughput). */
  neo4jGraphql: Figures & { variant: string };
  /** Every way of asking the peer, by name, when there is more than one. */
  neo4jGraphqlVariants?: Record<string, Figures>;
  raw: Figures;
  ratios: Ratios;
  /** [min, max] of each ratio over the rounds (the peer's strongest way in each). */
  ratiosRange: Record<keyof Ratios, Range>;
  rounds: { order: string[]; ratios: Ratios; figures: Record<string, ReturnType<typeof roundFigures> & { unloadedP99: number | null; errors: number }> }[];
}

export function queryFigures(m: QueryMeasurements): QueryFigures {
  const peerKeys = Object.keys(m.variants);
  const byKey = Object.fromEntries(Object.entries(m.rounds).map(([k, rounds]) => [k, figures(rounds)]));
  const strongest = [...peerKeys].sort((a, b) => byKey[b]!.rps - byKey[a]!.rps || (byKey[a]!.unloadedP50 ?? Infinity) - (byKey[b]!.unloadedP50 ?? Infinity))[0]!;
  const esgGraph = byKey.esgGraph!;
  const raw = byKey.raw!;
  const peer = byKey[strongest]!;
  const rounds = m.order.map((order, i) => {
    const at = (k: string) => roundFigures(m.rounds[k]![i]!);
    return {
      order,
      ratios: ratiosOf(at('esgGraph'), at(strongest), at('raw')),
      figures: Object.fromEntries(
        Object.entries(m.rounds).map(([k, rs]) => [k, { ...roundFigures(rs[i]!), unloadedP99: rs[i]!.unloaded.p99, errors: errorTotal(addErrors(rs[i]!.loaded.errors, rs[i]!.unloaded.errors)) }]),
      ),
    };
  });
  const keys = ['rpsEsgGraphOverPeer', 'p99EsgGraphOverPeer', 'p50EsgGraphOverFloor', 'unloadedP50EsgGraphOverFloor'] as const;
  return {
    esgGraph,
    neo4jGraphql: { ...peer, variant: m.variants[strongest]! },
    ...(peerKeys.length > 1 ? { neo4jGraphqlVariants: Object.fromEntries(peerKeys.map((k) => [m.variants[k]!, byKey[k]!])) } : {}),
    raw,
    ratios: ratiosOf(esgGraph, peer, raw),
    ratiosRange: Object.fromEntries(keys.map((k) => [k, range(rounds.map((r) => r.ratios[k]))])) as Record<keyof Ratios, Range>,
    rounds,
  };
}
