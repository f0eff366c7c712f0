import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '../src/config';
import { Database } from '../src/db/database';
import { connectionSettings, createDriver } from '../src/db/driver';
import { choosePort, importIntoStore, recordedPort, startLocalNeo4j, stopLocalNeo4j, type ImportFiles, type LocalNeo4jOptions } from '../src/db/local/instance';
import { ROOT } from '../src/paths';

const PREFERRED_PORT = 7689;

/**
 * The benchmarks' own Neo4j: its store is wiped between scales, so it is never the development or
 * test instance. Its port is chosen at its first start and kept. Memory is sized for the 1000x graph
 * on a 24 GiB machine.
 */
export const BENCH_NEO4J = {
  home: join(ROOT, '.neo4j', 'bench'),
  get port(): number {
    return recordedPort(this.home, PREFERRED_PORT);
  },
  heap: '4g',
  pageCache: '4g',
};

/** Environment every benchmark process reads its configuration from (servers included). */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NEO4J_LOCAL_HOME: BENCH_NEO4J.home,
    NEO4J_LOCAL_PORT: String(BENCH_NEO4J.port),
    NEO4J_HEAP: BENCH_NEO4J.heap,
    NEO4J_PAGECACHE: BENCH_NEO4J.pageCache,
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

export function benchConfig(extra: Record<string, string> = {}): Config {
  return loadConfig(benchEnv(extra));
}

function localOptions(log: (line: string) => void): LocalNeo4jOptions {
  return { ...BENCH_NEO4J, log };
}

export async function startBenchNeo4j(log: (line: string) => void): Promise<void> {
  await choosePort(BENCH_NEO4J.home, PREFERRED_PORT);
  const r = await startLocalNeo4j(localOptions(log));
  if (!r.alreadyRunning) log(`bench Neo4j started on bolt://127.0.0.1:${BENCH_NEO4J.port} in ${(r.ms / 1000).toFixed(1)}s`);
}

export async function stopBenchNeo4j(log: (line: string) => void): Promise<void> {
  const r = await stopLocalNeo4j(localOptions(log));
  if (r.wasRunning) log(`bench Neo4j stopped in ${(r.ms / 1000).toFixed(1)}s`);
}

/** `neo4j-admin database import full` into the bench store (Neo4j stopped, store wiped). */
export async function importIntoBenchStore(files: ImportFiles, log: (line: string) => void): Promise<void> {
  await importIntoStore(localOptions(log), files);
}

/** Stops the bench Neo4j and deletes its store (the password and settings stay). */
export async function wipeBenchStore(log: (line: string) => void): Promise<void> {
  await stopBenchNeo4j(log);
  const data = join(BENCH_NEO4J.home, 'data');
  if (existsSync(data)) rmSync(data, { recursive: true, force: true });
}

/**
 * A Database on the bench Neo4j. The harness's own work (bulk loads, PROFILE runs) gets a long
 * timeout; a server under test passes its configured QUERY_TIMEOUT_MS.
 */
export function openBenchDatabase(config: Config = benchConfig(), queryTimeoutMs = 600_000): Database {
  const settings = connectionSettings(config);
  return new Database(createDriver(settings, config), { database: settings.database, queryTimeoutMs });
}
