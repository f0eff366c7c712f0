import type { GraphSize } from '../dataset';
import type { Machine } from '../machine';
import type { LoadSettings, Measurement } from '../load-test';
import type { QueryProfiles } from '../profile';
import type { SystemName } from '../servers';
import type { LoadStats } from '../synthetic/load';

/** Everything a run measured, from which summary.json, summary.md and the chart are written. */

export interface SystemMeasurement extends Measurement {
  /** 1-minute load average just before the measurement. */
  loadAverage: number;
}

export interface ScaleResult {
  scale: string;
  syntheticCompanies: number;
  size: GraphSize;
  load: { real: LoadStats; synthetic?: LoadStats };
  equivalence: { checked: number; problems: string[] };
  measurements: Record<string, Record<SystemName, SystemMeasurement>>;
}

export interface RunResult {
  mode: 'full' | 'quick';
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  settings: LoadSettings & { seed: number };
  queries: { name: string; description: string; kinds: string[] }[];
  scales: ScaleResult[];
  profile?: { scale: string; queries: Record<string, QueryProfiles> };
}
