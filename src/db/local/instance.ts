import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { TOOLS_DIR, neo4jClasspath, writeJvmArgs } from './classpath';

/** A Neo4j Community DBMS run by this project on 127.0.0.1, with its store, logs and password under `home`. */
export interface LocalNeo4jOptions {
  home: string;
  port: number;
  heap: string;
  pageCache: string;
  /** When unset, a random password is generated on first start and kept in `<home>/password`. */
  password?: string | undefined;
  log?: (line: string) => void;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  port: number;
  home: string;
}

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

const paths = (home: string) => {
  const root = resolve(home);
  return {
    root,
    pid: join(root, 'neo4j.pid'),
    port: join(root, 'port'),
    password: join(root, 'password'),
    conf: join(root, 'neo4j.conf'),
    jvmArgs: join(root, 'jvm.args'),
    console: join(root, 'logs', 'console.log'),
    classpathCache: join(resolve(root, '..'), 'cache'),
  };
};

export function localPassword(home: string, configured?: string): string {
  if (configured) return configured;
  const file = paths(home).password;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(paths(home).root, { recursive: true });
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(file, generated + '\n', { mode: 0o600 });
  return generated;
}

function readPid(home: string): number | undefined {
  const file = paths(home).pid;
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** True when `pid` is a Neo4j started by this launcher (not a process that reused a stale pid). */
function isLocalNeo4j(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('LocalNeo4j');
  } catch {
    // No /proc (macOS): a live process with the recorded pid is taken to be it.
    return alive(pid);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host });
    const finish = (open: boolean) => {
      socket.destroy();
      done(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** A port no process listens on now, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/**
 * The Bolt port of an instance the project runs for itself (tests, benchmarks, reliability suites):
 * the one recorded by its last `choosePort`, or `preferred` before any.
 */
export function recordedPort(home: string, preferred: number): number {
  const file = paths(home).port;
  const port = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  return Number.isInteger(port) && port > 0 ? port : preferred;
}

/**
 * Chooses and records the port of such an instance before it starts: the port it already runs on,
 * else the recorded port when nothing listens there (a stable port per home), else a port the
 * system picks. A fixed default would let two checkouts starting at once pick the same port while
 * the first Neo4j is still booting; another Neo4j or server on the machine never makes a suite
 * fail or, worse, talk to the wrong database.
 */
export async function choosePort(home: string, preferred: number): Promise<number> {
  const file = paths(home).port;
  const recorded = existsSync(file) ? recordedPort(home, preferred) : undefined;
  if (recorded !== undefined && (await localStatus({ home, port: recorded })).running) return recorded;
  const port = recorded !== undefined && !(await portOpen(recorded)) ? recorded : await freePort();
  mkdirSync(paths(home).root, { recursive: true });
  writeFileSync(file, `${port}\n`);
  return port;
}

export async function localStatus(options: Pick<LocalNeo4jOptions, 'home' | 'port'>): Promise<LocalNeo4jStatus> {
  const pid = readPid(options.home);
  const running = pid !== undefined && alive(pid) && (await portOpen(options.port));
  return { running, port: options.port, home: paths(options.home).root, ...(pid && alive(pid) ? { pid } : {}) };
}

export function javaCommand(): string {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const version = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (version.error) throw new Error(`cannot run Java (${version.error.message}): install a JDK 17 or 21 or set JAVA_HOME`);
  const major = Number(/version "(\d+)/.exec(version.stderr)?.[1]);
  if (!(major >= 17)) throw new Error(`Neo4j 5.26 needs Java 17 or 21; "${java} -version" says: ${version.stderr.split('\n')[0]}`);
  return java;
}

async function waitForBolt(options: LocalNeo4jOptions, password: string, pid: number, started: number, logFrom: number): Promise<string> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${options.port}`, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    while (Date.now() - started < START_TIMEOUT_MS) {
      if (!alive(pid)) break;
      if (await portOpen(options.port)) {
        try {
          const info = await driver.getServerInfo();
          return info.protocolVersion ? (info.agent ?? 'Neo4j') : 'Neo4j';
        } catch {
          // Bolt accepts connections a moment before authentication is ready.
        }
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await driver.close();
  }
  const log = paths(options.home).console;
  throw new Error(
    alive(pid)
      ? `Neo4j did not answer on bolt://127.0.0.1:${options.port} within ${START_TIMEOUT_MS / 1000}s (its log: ${log})`
      : `Neo4j exited during start: ${startFailureCause(log, logFrom, options.home)} (its log: ${log})`,
  );
}

/** Why Neo4j stopped during its start, in one line, from the last cause this start wrote to its console log. */
function startFailureCause(consoleLog: string, from: number, home: string): string {
  const text = existsSync(consoleLog) ? readFileSync(consoleLog).subarray(from).toString('utf8') : '';
  if (/Lock file has been locked by another process/.test(text)) {
    return `another Neo4j is using the store in ${home} (one started with another NEO4J_LOCAL_PORT?): stop it with npm run db:stop and that port`;
  }
  const causes = [...text.matchAll(/^Caused by: (?:[\w.$]+: )?(.+)$/gm)].map((m) => m[1]!);
  return causes.at(-1)?.slice(0, 300) ?? 'no cause in its console log';
}

/** Java, the JVM argument file (classpath and heap) and neo4j.conf of a home; returns the java command. */
function prepareHome(options: Pick<LocalNeo4jOptions, 'home' | 'heap' | 'pageCache'>, jvmArgs: string, log: (line: string) => void): string {
  const p = paths(options.home);
  const java = javaCommand();
  mkdirSync(join(p.root, 'logs'), { recursive: true });
  writeJvmArgs(jvmArgs, neo4jClasspath(p.classpathCache, log), options.heap);
  const template = readFileSync(join(TOOLS_DIR, 'neo4j.conf'), 'utf8');
  writeFileSync(p.conf, `${template}\nserver.memory.pagecache.size=${options.pageCache}\n`);
  return java;
}

export interface ImportFiles {
  /** CSV files, each with its header on the first line. */
  nodes: string[];
  relationships: string[];
  /** As neo4j-admin takes it: a character, or `U+XXXX`. */
  arrayDelimiter: string;
  /** Whether a quoted field can hold a line break (slower to parse). */
  multilineFields: boolean;
}

/**
 * `neo4j-admin database import full` into this home's (empty, stopped) `neo4j` database: the import
 * tool of the same Neo4j jars, entry class `org.neo4j.cli.AdminTool`, reading the home's neo4j.conf.
 * Any bad row fails the import. Its output goes to `<home>/logs/import.log`.
 */
export async function importIntoStore(
  options: Pick<LocalNeo4jOptions, 'home' | 'port' | 'heap' | 'pageCache' | 'log'>,
  files: ImportFiles,
): Promise<void> {
  const log = options.log ?? (() => {});
  if ((await localStatus(options)).running) throw new Error('stop Neo4j before importing into its store');
  const p = paths(options.home);
  const jvmArgs = join(p.root, 'admin.jvm.args');
  const java = prepareHome(options, jvmArgs, log);
  const args = [
    `@${jvmArgs}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--bad-tolerance=0',
    `--array-delimiter=${files.arrayDelimiter}`,
    `--multiline-fields=${files.multilineFields}`,
    `--report-file=${join(p.root, 'logs', 'import.report')}`,
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
  ];
  const out = openSync(join(p.root, 'logs', 'import.log'), 'w');
  try {
    const child = spawn(java, args, { stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: p.root, NEO4J_CONF: p.root } });
    const code = await new Promise<number | null>((done, fail) => {
      child.once('error', fail);
      child.once('exit', done);
    });
    if (code !== 0) {
      const tail = readFileSync(join(p.root, 'logs', 'import.log'), 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(`neo4j-admin database import exited with ${code}:\n${tail}`);
    }
  } finally {
    closeSync(out);
  }
}

/** Starts the local Neo4j and waits until Bolt answers; a no-op when it is already running. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<{ alreadyRunning: boolean; ms: number; agent?: string }> {
  const log = options.log ?? (() => {});
  const p = paths(options.home);
  const started = Date.now();
  const status = await localStatus(options);
  if (status.running) return { alreadyRunning: true, ms: 0 };
  if (status.pid !== undefined && isLocalNeo4j(status.pid)) {
    // Starting a second one would fail on the store lock, and its pid would hide the first one.
    throw new Error(
      `the Neo4j of ${options.home} already runs (pid ${status.pid}) but not on port ${options.port}: set NEO4J_LOCAL_PORT to the port it was started with, or stop it (npm run db:stop with that port)`,
    );
  }
  if (await portOpen(options.port)) {
    throw new Error(
      `port ${options.port} on 127.0.0.1 is in use by another process: stop it, or choose another port with NEO4J_LOCAL_PORT`,
    );
  }
  const java = prepareHome(options, p.jvmArgs, log);
  const password = localPassword(options.home, options.password);

  const logFrom = existsSync(p.console) ? statSync(p.console).size : 0;
  const out = openSync(p.console, 'a');
  const child = spawn(
    java,
    [`@${p.jvmArgs}`, join(TOOLS_DIR, 'LocalNeo4j.java'), p.root, p.conf, String(options.port)],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_PASSWORD: password },
    },
  );
  closeSync(out);
  if (child.pid === undefined) throw new Error('could not start Java');
  child.unref();
  writeFileSync(p.pid, `${child.pid}\n`);
  const agent = await waitForBolt(options, password, child.pid, started, logFrom);
  return { alreadyRunning: false, ms: Date.now() - started, agent };
}

/** Stops the local Neo4j cleanly (SIGTERM runs Neo4j's shutdown, which checkpoints the store). */
export async function stopLocalNeo4j(options: Pick<LocalNeo4jOptions, 'home' | 'port'>): Promise<{ wasRunning: boolean; ms: number }> {
  const started = Date.now();
  const pid = readPid(options.home);
  if (pid === undefined || !alive(pid)) {
    rmSync(paths(options.home).pid, { force: true });
    return { wasRunning: false, ms: 0 };
  }
  process.kill(pid, 'SIGTERM');
  while (alive(pid) && Date.now() - started < STOP_TIMEOUT_MS) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) {
    process.kill(pid, 'SIGKILL');
    throw new Error(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s and was killed; it will recover on next start`);
  }
  rmSync(paths(options.home).pid, { force: true });
  return { wasRunning: true, ms: Date.now() - started };
}
