import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../src/paths';
import { QUERY_TIMEOUT_ENV } from './servers/child';

/** The three systems under test, each its own process so the load generator never shares its CPU time. */
export type SystemName = 'esgGraph' | 'neo4jGraphql' | 'raw';

export const SYSTEMS: { name: SystemName; label: string; entry: string }[] = [
  { name: 'esgGraph', label: 'esg-graph', entry: 'bench/servers/esg-graph.ts' },
  { name: 'neo4jGraphql', label: '@neo4j/graphql', entry: 'bench/peer/server.ts' },
  { name: 'raw', label: 'Cypher floor', entry: 'bench/floor/server.ts' },
];

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface RunningServer {
  name: SystemName;
  url: string;
  process: ChildProcess;
}

/** Starts a server process and resolves once it says which port it listens on. */
export function startServer(system: (typeof SYSTEMS)[number], queryTimeoutMs: number, log: (line: string) => void): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, system.entry)], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PORT: '0', [QUERY_TIMEOUT_ENV]: String(queryTimeoutMs), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${system.label} did not start within ${START_TIMEOUT_MS / 1000}s:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        clearTimeout(timer);
        log(`${system.label} listening on 127.0.0.1:${match[1]} (pid ${child.pid})`);
        resolve({ name: system.name, url: `http://127.0.0.1:${match[1]}`, process: child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 20_000) output = output.slice(-10_000);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${system.label} exited with ${code} before listening:\n${output}`));
    });
  });
}

/** Resolves with the first line of the server's output from now on that matches `pattern`. */
export function waitForOutput(server: RunningServer, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
  const stdout = server.process.stdout!;
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        done();
        resolve(match);
      }
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${pattern} from ${server.name} within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      stdout.off('data', onData);
    };
    stdout.on('data', onData);
  });
}

/** SIGTERM, then SIGKILL if it has not exited in time. */
export async function stopServer(server: RunningServer): Promise<void> {
  const child = server.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Starts all three; if one fails, those already started are stopped before the error is passed on. */
export async function startServers(queryTimeoutMs: number, log: (line: string) => void): Promise<RunningServer[]> {
  const started: RunningServer[] = [];
  try {
    for (const system of SYSTEMS) started.push(await startServer(system, queryTimeoutMs, log));
    return started;
  } catch (err) {
    await Promise.all(started.map(stopServer));
    throw err;
  }
}
