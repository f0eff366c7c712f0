import { spawn } from 'node:child_process';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { fromRoot } from '../../src/paths';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  /** Killed after this long. */
  timeoutMs?: number;
  /** Written to its standard input (none by default). */
  input?: string;
}

/** Runs a command in the project root to its end, with output captured. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, options: RunOptions = {}): Promise<Finished> {
  const { timeoutMs = 120_000, input } = options;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, [...args], {
      cwd: fromRoot(),
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) child.stdin!.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A TypeScript file under tsx's loader, as the npm scripts run it (without npm's own start-up). */
export function runTs(file: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, options: RunOptions = {}): Promise<Finished> {
  return run(process.execPath, ['--import', 'tsx', file, ...args], env, options);
}

/** `src/main.ts <args>`: the project's command line. */
export function runMain(args: readonly string[], env: NodeJS.ProcessEnv = {}, options: RunOptions = {}): Promise<Finished> {
  return runTs('src/main.ts', args, env, options);
}

/** Runs tasks at most `width` at a time (the machine has few cores; each task is a process). */
export async function inBatches<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(task))));
  return results;
}

/** Lines that look like a JavaScript or Java stack frame. */
export function stackFrames(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at \S.*(\(.*:\d+(:\d+)?\)|:\d+:\d+)$/.test(line));
}

/** A TCP server on a free loopback port that accepts connections and never answers. */
export async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
