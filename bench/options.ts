import { parseCommandLine, UsageError } from '../src/cli';
import type { LoadSettings } from './load-test';

export interface Scale {
  name: string;
  /** Synthetic companies generated on top of the real dataset (0: the real data alone). */
  companies: number;
}

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
  { name: '1x', companies: 0 },
  { name: '100x', companies: 10_000 },
  { name: '1000x', companies: 100_000 },
];

const FULL: LoadSettings = { connections: 10, warmupSeconds: 3, measureSeconds: 10, timeoutSeconds: 60 };
const QUICK: LoadSettings = { connections: 10, warmupSeconds: 1, measureSeconds: 2, timeoutSeconds: 30 };

export function parseOptions(argv: string[]): RunOptions {
  const { values } = parseCommandLine(argv, {
    quick: { type: 'boolean', default: false },
    scales: { type: 'string' },
    seed: { type: 'string', default: '42' },
  });
  const quick = values.quick === true;
  const names = values.scales ? values.scales.split(',') : quick ? ['1x'] : SCALES.map((s) => s.name);
  const scales = names.map((name) => {
    const scale = SCALES.find((s) => s.name === name);
    if (!scale) throw new UsageError(`unknown scale ${name}; choose from ${SCALES.map((s) => s.name).join(', ')}`);
    return scale;
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be an integer');
  return {
    mode: quick ? 'quick' : 'full',
    scales,
    load: quick ? QUICK : FULL,
    seed,
    profileScale: scales[scales.length - 1]!.name,
  };
}
