import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../src/paths';
import { neo4jEnv, RESULTS_DIR } from './neo4j';

export const CURATION_TOKEN = 'reliability-curation-token-0123456789';

/** The API as a real child process: `serve` over the reliability Neo4j on an ephemeral loopback port. */
export interface ApiProcess {
  readonly pid: number;
  readonly url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** True while the process that was started is still running. */
  alive(): boolean;
  /** Resident set size in bytes. */
  rss(): number;
  /** Memory after full garbage collections (only with `collectableGarbage`). */
  memoryAfterGc(): Promise<MemoryAfterGc>;
  /** SIGTERM, wait for the drain, save the output to the results folder. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Bytes, read in the API process after two full collections; `rss` from /proc a second later. */
export interface MemoryAfterGc {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  /** Memory of C++ objects bound to JS objects, array buffers included. */
  external: number;
  /** Size of V8's young generation: it grows under allocation pressure and is not given back at once. */
  newSpace: number;
}

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;

/** The parent's PATH and home, nothing else: no stray NEO4J_* or token from the shell leaks in. */
export function childBaseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'JAVA_HOME', 'TMPDIR', 'LANG'];
  return Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
}

/** Runs `src/main.ts <args>` under tsx's loader in a single node process (so its pid is the program's). */
export function spawnMain(args: string[], env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...childBaseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for pid ${pid}`);
  return kb * 1024;
}

const GC_PRELOAD = join(__dirname, 'gc-on-signal.cjs');

export async function startApi(name: string, env: Record<string, string> = {}, options: { collectableGarbage?: boolean } = {}): Promise<ApiProcess> {
  const nodeArgs = options.collectableGarbage ? ['--expose-gc', '--require', GC_PRELOAD] : [];
  const child = spawnMain(['serve'], {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    LOAD_ON_START: 'false',
    CURATION_TOKEN,
    ...neo4jEnv(),
    ...env,
  }, nodeArgs);
  if (child.pid === undefined) throw new Error('could not start the API');
  const pid = child.pid;
  const chunks: string[] = [];
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.stdout!.setEncoding('utf8').on('data', (c: string) => chunks.push(c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => chunks.push(c));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    }),
  );
  const output = () => chunks.join('');

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start within ${START_TIMEOUT_MS} ms:\n${output()}`)), START_TIMEOUT_MS);
    const poll = setInterval(() => {
      const found = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output());
      if (found || exited) {
        clearInterval(poll);
        clearTimeout(timer);
        if (found) resolve(found[1]!);
        else reject(new Error(`API exited during start (${JSON.stringify(exited)}):\n${output()}`));
      }
    }, 50);
  });

  return {
    pid,
    url,
    output,
    alive: () => exited === undefined,
    rss: () => rssOf(pid),
    async memoryAfterGc() {
      if (!options.collectableGarbage) throw new Error('started without collectableGarbage');
      const reports = () => [...output().matchAll(/^memory-after-gc (\{.*\})$/gm)];
      // Two collections: the second, on an idle process, also gives back the heap the first emptied.
      for (let round = 0; round < 2; round++) {
        const before = reports().length;
        child.kill('SIGUSR2');
        const deadline = Date.now() + 30_000;
        while (reports().length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        if (reports().length === before) throw new Error('the API printed no memory report after SIGUSR2');
        // Freed pages reach the OS a moment after the collection.
        await new Promise((r) => setTimeout(r, 1_000));
      }
      const last = reports().at(-1)!;
      const usage = JSON.parse(last[1]!) as NodeJS.MemoryUsage & { spaces: Record<string, number> };
      return {
        rss: rssOf(pid),
        heapTotal: usage.heapTotal,
        heapUsed: usage.heapUsed,
        external: usage.external,
        newSpace: usage.spaces['new_space'] ?? 0,
      };
    },
    async stop() {
      if (!exited) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      const result = await exit;
      clearTimeout(timer);
      writeFileSync(join(RESULTS_DIR, `${name}.log`), output());
      return result;
    },
  };
}
