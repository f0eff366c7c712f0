import { parseArgs } from 'node:util';
import { UsageError } from '../src/cli';
import type { LoadMethod } from './dataset';

export interface Scale {
  name: string;
  /** Synthetic companies generated on top of the real dataset (0: the real data alone). */
  companies: number;
  /** How the graph is built: the incremental loader, or neo4j-admin import into the empty store. */
  method: LoadMethod;
}

/** How every system is measured, the same for all. */
export interface LoadSettings {
  /** Rounds; in each, every system is measured once per query, in an order that rotates by round. */
  rounds: number;
  /** Warm-up per query and system before the first round, discarded (seconds, under load). */
  warmupSeconds: number;
  /** Loaded: this many connections sending back to back for `measureSeconds` per round. */
  connections: number;
  measureSeconds: number;
  /** Unloaded: one connection, this many requests per round (or as many as `unloadedMaxSeconds` allow). */
  unloadedRequests: number;
  unloadedMaxSeconds: number;
  /** Every server's query (transaction) timeout; the client gives up `CLIENT_TIMEOUT_MARGIN_MS` later. */
  queryTimeoutMs: number;
}

export const CLIENT_TIMEOUT_MARGIN_MS = 5_000;

export interface RunOptions {
  mode: 'full' | 'quick';
  scales: Scale[];
  load: LoadSettings;
  seed: number;
  /** The scale whose statements are PROFILEd. */
  profileScale: string;
}

/** 1x is the real dataset; 100x and 1000x add 10,000 and 100,000 synthetic companies to it. */
export const SCALES: Scale[] = [
  { name: '1x', companies: 0, method: 'loader' },
  { name: '100x', companies: 10_000, method: 'loader' },
  { name: '1000x', companies: 100_000, method: 'import' },
];

/** 3 rounds × 70 unloaded requests: p99 of at least 200 samples per system and query. */
const FULL: LoadSettings = {
  rounds: 3,
  warmupSeconds: 3,
  connections: 10,
  measureSeconds: 6,
  unloadedRequests: 70,
  unloadedMaxSeconds: 20,
  queryTimeoutMs: 30_000,
};
/** A smoke test of the whole harness in about two minutes; its figures are indicative only. */
const QUICK: LoadSettings = {
  rounds: 3,
  warmupSeconds: 0.5,
  connections: 10,
  measureSeconds: 1,
  unloadedRequests: 10,
  unloadedMaxSeconds: 2,
  queryTimeoutMs: 30_000,
};

export function parseOptions(argv: string[]): RunOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scales: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'load-with': { type: 'string' },
      rounds: { type: 'string' },
    },
  });
  const quick = values.quick === true;
  const names = values.scales ? values.scales.split(',') : quick ? ['1x'] : SCALES.map((s) => s.name);
  const method = values['load-with'] as LoadMethod | undefined;
  if (method !== undefined && method !== 'loader' && method !== 'import') throw new UsageError('--load-with must be loader or import');
  const scales = names.map((name) => {
    const scale = SCALES.find((s) => s.name === name);
    if (!scale) throw new UsageError(`unknown scale ${name}; choose from ${SCALES.map((s) => s.name).join(', ')}`);
    return method ? { ...scale, method } : scale;
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be an integer');
  const load = { ...(quick ? QUICK : FULL) };
  if (values.rounds !== undefined) {
    load.rounds = Number(values.rounds);
    if (!Number.isInteger(load.rounds) || load.rounds < 1) throw new UsageError('--rounds must be a positive integer');
  }
  return { mode: quick ? 'quick' : 'full', scales, load, seed, profileScale: scales[scales.length - 1]!.name };
}
