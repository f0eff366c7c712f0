import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { neo4jClasspath, writeJvmArgs } from './classpath';
import { javaCommand, localStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from './instance';

/**
 * Backup and restore of the local store with Neo4j's own tool, `neo4j-admin database dump|load`
 * (org.neo4j.cli.AdminTool, in the same jars the local Neo4j runs from). Neo4j Community dumps and
 * loads offline only: a running local Neo4j is stopped first and started again afterwards.
 * The dump holds the `neo4j` database (graph, migration log); the `system` database (the password)
 * stays as it is.
 */

const DATABASE = 'neo4j';

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
  /** Of which neo4j-admin itself (the rest: stopping and starting Neo4j). */
  toolMs: number;
  /** Whether Neo4j had to be stopped (and was started again). */
  restarted: boolean;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Runs `neo4j-admin <args>` against the store under `home`; stdin/stdout may be files. Resolves to its time (ms). */
function adminTool(options: LocalNeo4jOptions, args: string[], io: { stdin?: string; stdout?: string } = {}): Promise<number> {
  const started = Date.now();
  const home = resolve(options.home);
  const argFile = join(home, 'admin.args');
  writeJvmArgs(argFile, neo4jClasspath(join(home, '..', 'cache'), options.log), '512m');
  const stdin = io.stdin ? openSync(io.stdin, 'r') : 'ignore';
  const stdout = io.stdout ? openSync(io.stdout, 'w') : 'pipe';
  const child = spawn(javaCommand(), [`@${argFile}`, 'org.neo4j.cli.AdminTool', ...args], {
    // The local launcher keeps neo4j.conf at the root of the home, next to data/ and logs/.
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: home },
    stdio: [stdin, stdout, 'pipe'],
  });
  for (const fd of [stdin, stdout]) if (typeof fd === 'number') closeSync(fd);
  const output: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (c: string) => output.push(c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => output.push(c));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done(Date.now() - started) : fail(new BackupError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}):\n${output.join('').trim()}`)),
    );
  });
}

/** Runs `work` with the local Neo4j stopped, and starts it again if it was running. */
async function offline<T>(options: LocalNeo4jOptions, work: () => Promise<T>): Promise<{ value: T; restarted: boolean }> {
  const wasRunning = (await localStatus(options)).running;
  if (wasRunning) {
    options.log?.(`stopping the local Neo4j (${options.home}); clients reconnect once it is back`);
    await stopLocalNeo4j(options);
  }
  try {
    return { value: await work(), restarted: wasRunning };
  } finally {
    if (wasRunning) {
      await startLocalNeo4j(options);
      options.log?.('local Neo4j started again');
    }
  }
}

/** Dumps the local store's `neo4j` database to `file`; refuses to replace an existing file unless `force`. */
export async function backupLocalStore(options: LocalNeo4jOptions, file: string, force = false): Promise<BackupResult> {
  const target = resolve(file);
  if (existsSync(target) && !force) throw new BackupError(`${file} exists: choose another file, or pass --force to replace it`);
  if (!existsSync(join(resolve(options.home), 'data', 'databases', DATABASE))) {
    throw new BackupError(`no local store under ${options.home}: nothing to back up`);
  }
  mkdirSync(dirname(target), { recursive: true });
  // Written beside the target and renamed at the end: a failed dump never leaves a truncated file in its place.
  const partial = `${target}.partial`;
  const started = Date.now();
  try {
    const { value: toolMs, restarted } = await offline(options, () =>
      adminTool(options, ['database', 'dump', DATABASE, '--to-stdout'], { stdout: partial }),
    );
    renameSync(partial, target);
    return { file: target, bytes: statSync(target).size, ms: Date.now() - started, toolMs, restarted };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Replaces the local store's `neo4j` database with the dump in `file`; refuses to replace a store unless `force`. */
export async function restoreLocalStore(options: LocalNeo4jOptions, file: string, force = false): Promise<BackupResult> {
  const source = resolve(file);
  if (!existsSync(source)) throw new BackupError(`${file} does not exist`);
  const exists = existsSync(join(resolve(options.home), 'data', 'databases', DATABASE));
  if (exists && !force) {
    throw new BackupError(`the local store under ${options.home} holds a database: pass --force to replace it with ${file}`);
  }
  const started = Date.now();
  const { value: toolMs, restarted } = await offline(options, () =>
    adminTool(options, ['database', 'load', DATABASE, '--from-stdin', '--overwrite-destination=true'], { stdin: source }),
  );
  return { file: source, bytes: statSync(source).size, ms: Date.now() - started, toolMs, restarted };
}
