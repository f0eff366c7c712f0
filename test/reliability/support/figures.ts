import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './neo4j';

/**
 * Prints what a suite measured (straight to stdout, outside Jest's console capture) and keeps it as
 * JSON in the results folder.
 */
export function reportFigures(name: string, figures: Record<string, unknown>): void {
  const lines = Object.entries(figures).map(([k, v]) => `  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  process.stdout.write(`\n[reliability] ${name}\n${lines.join('\n')}\n`);
  writeFileSync(join(RESULTS_DIR, `${name}.json`), JSON.stringify(figures, null, 2) + '\n');
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
