import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnMain } from './api-process';
import { neo4jEnv, neo4jPassword, RELIABILITY_NEO4J, RESULTS_DIR } from './neo4j';

export interface CommandRun {
  code: number | null;
  output: string;
  ms: number;
}

/** Runs `src/main.ts <args>` to its end and keeps its output in the results folder under `name`. */
export function runCommand(name: string, args: string[], env: Record<string, string>): Promise<CommandRun> {
  const started = performance.now();
  const child = spawnMain(args, env);
  const chunks: string[] = [];
  child.stdout!.setEncoding('utf8').on('data', (c: string) => chunks.push(c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => chunks.push(c));
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      const output = chunks.join('');
      writeFileSync(join(RESULTS_DIR, `${name}.log`), output);
      resolve({ code, output, ms: performance.now() - started });
    });
  });
}

/** The environment of a command that manages the reliability Neo4j as its local store (no NEO4J_URI). */
export function localStoreEnv(): Record<string, string> {
  return {
    NEO4J_LOCAL_HOME: RELIABILITY_NEO4J.home,
    NEO4J_LOCAL_PORT: String(RELIABILITY_NEO4J.port),
    NEO4J_PASSWORD: neo4jPassword(),
    NEO4J_HEAP: RELIABILITY_NEO4J.heap,
    NEO4J_PAGECACHE: RELIABILITY_NEO4J.pageCache,
  };
}

/** The environment of a command that talks to the reliability Neo4j as a server (NEO4J_URI). */
export const serverEnv = (): Record<string, string> => ({ ...neo4jEnv(), LOG_LEVEL: 'info' });
