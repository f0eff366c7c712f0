import type { GraphSize, PreparedGraph } from '../dataset';
import type { LoadedRun, UnloadedRun } from '../load-test';
import type { Machine } from '../machine';
import type { LoadSettings } from '../options';
import type { QueryProfiles } from '../profile';

/** Everything a run measured, from which summary.json, summary.md and the chart are written. */

/** One contender (system, or a peer variant) in one round: a loaded run, then an unloaded one. */
export interface RoundResult {
  loaded: LoadedRun;
  unloaded: UnloadedRun;
  /** 1-minute load average just before the loaded run. */
  loadAverage: number;
}

export interface QueryMeasurements {
  /** The contenders' keys in the order each round measured them. */
  order: string[][];
  /** By contender key (`esgGraph`, `neo4jGraphql`, `neo4jGraphql:<variant>`, `raw`): its rounds. */
  rounds: Record<string, RoundResult[]>;
  /** The peer's way of asking behind each peer key. */
  variants: Record<string, string>;
}

export interface ScaleResult {
  scale: string;
  syntheticCompanies: number;
  size: GraphSize;
  load: PreparedGraph;
  equivalence: { checked: number; problems: string[] };
  measurements: Record<string, QueryMeasurements>;
}

export interface RunResult {
  mode: 'full' | 'quick';
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  settings: LoadSettings & { seed: number };
  queries: { name: string; description: string; kinds: string[]; answerGrows: boolean }[];
  scales: ScaleResult[];
  profile?: { scale: string; queries: Record<string, QueryProfiles> };
}
