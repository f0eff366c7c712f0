import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnMain } from './api-process';
import { neo4jEnv, RESULTS_DIR } from './neo4j';

export interface LoaderRun {
  pid: number;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  /** Reports the loader said it committed before it ended. */
  committed: string[];
  /** From the spawn to the first committed report (NaN if none). */
  firstCommitMs: number;
  ms: number;
  output: string;
}

export interface KillPlan {
  /** Kill this long after the start... */
  delayMs: number;
  /** ...counted from the moment the loader reported this many committed sources (0: from the spawn). */
  afterSources: number;
}

/**
 * Runs `load` (the shipped facts) as a child process; with a plan, SIGKILLs it at that point,
 * like a machine losing power: no signal handler, no driver close, no rollback by the client.
 */
export function runLoader(name: string, plan?: KillPlan): Promise<LoaderRun> {
  const started = performance.now();
  const child = spawnMain(['load'], { ...neo4jEnv(), LOG_LEVEL: 'info' });
  const pid = child.pid!;
  const chunks: string[] = [];
  const committed = () => [...chunks.join('').matchAll(/^loaded ([\w-]+):/gm)].map((m) => m[1]!);
  let timer: NodeJS.Timeout | undefined;
  let firstCommitMs = NaN;
  const arm = () => {
    timer ??= setTimeout(() => child.kill('SIGKILL'), plan!.delayMs);
  };
  child.stdout!.setEncoding('utf8').on('data', (c: string) => {
    chunks.push(c);
    const count = committed().length;
    if (count > 0 && Number.isNaN(firstCommitMs)) firstCommitMs = performance.now() - started;
    if (plan && count >= plan.afterSources) arm();
  });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => chunks.push(c));
  if (plan && plan.afterSources === 0) arm();
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const output = chunks.join('');
      writeFileSync(join(RESULTS_DIR, `${name}.log`), output);
      resolve({ pid, exit: { code, signal }, committed: committed(), firstCommitMs, ms: performance.now() - started, output });
    });
  });
}
