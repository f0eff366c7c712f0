import { join } from 'node:path';
import { loadConfig, type Config } from '../../../src/config';
import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { choosePort, localPassword, recordedPort, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../../src/db/local/instance';
import { ROOT } from '../../../src/paths';

const PREFERRED_PORT = 7692;

/**
 * The reliability suites' own Neo4j, with a store of its own. The outage suite stops and starts it.
 * Its port is RELIABILITY_NEO4J_PORT when set, else the one the global setup chose (a free one, kept across runs).
 * Its home is RELIABILITY_NEO4J_HOME when set, else .neo4j/reliability.
 */
export const RELIABILITY_NEO4J = {
  // RELIABILITY_NEO4J_HOME runs the suites on a store of their own (e.g. repeated runs beside others).
  home: process.env.RELIABILITY_NEO4J_HOME ?? join(ROOT, '.neo4j', 'reliability'),
  get port(): number {
    return process.env.RELIABILITY_NEO4J_PORT ? Number(process.env.RELIABILITY_NEO4J_PORT) : recordedPort(this.home, PREFERRED_PORT);
  },
  heap: '1g',
  pageCache: '256m',
};

/** Chooses (and records) the port before the first start of a run. */
export async function chooseReliabilityPort(): Promise<number> {
  return process.env.RELIABILITY_NEO4J_PORT ? Number(process.env.RELIABILITY_NEO4J_PORT) : choosePort(RELIABILITY_NEO4J.home, PREFERRED_PORT);
}

export const reliabilityUri = () => `bolt://127.0.0.1:${RELIABILITY_NEO4J.port}`;

/** Where the suites keep captured child output and the figures they measured. */
export const RESULTS_DIR = join(RELIABILITY_NEO4J.home, 'results');

export function neo4jPassword(): string {
  return localPassword(RELIABILITY_NEO4J.home);
}

/** The environment a child process (API, loader) needs to reach the reliability Neo4j. */
export function neo4jEnv(): Record<string, string> {
  return { NEO4J_URI: reliabilityUri(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: neo4jPassword() };
}

export function reliabilityConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...neo4jEnv(), ...overrides });
}

export function openReliabilityDatabase(config = reliabilityConfig()): Database {
  const driver = createDriver(
    { uri: reliabilityUri(), user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE },
    config,
  );
  return new Database(driver, { database: config.NEO4J_DATABASE, queryTimeoutMs: 120_000 });
}

function options(log: (line: string) => void): LocalNeo4jOptions {
  return { ...RELIABILITY_NEO4J, log };
}

export function startReliabilityNeo4j(log: (line: string) => void = () => {}) {
  return startLocalNeo4j(options(log));
}

export function stopReliabilityNeo4j() {
  return stopLocalNeo4j(RELIABILITY_NEO4J);
}

/**
 * Waits until the reliability Neo4j runs a query for a fresh connection. A Neo4j that has just
 * started accepts Bolt logins seconds before its cold query engine answers the first statement.
 */
export async function waitUntilNeo4jAnswers(timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  const db = openReliabilityDatabase();
  try {
    for (;;) {
      try {
        await db.ping();
        return performance.now() - started;
      } catch (err) {
        if (performance.now() - started > timeoutMs) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await db.close();
  }
}
