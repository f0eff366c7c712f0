import { loadConfig, type Config } from '../../src/config';
import { Database, type StatementLog } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { localPassword, recordedPort } from '../../src/db/local/instance';

/**
 * Tests never touch the development database: they use TEST_NEO4J_URI when given (and wipe it),
 * otherwise a local Neo4j of their own under .neo4j/test, on TEST_NEO4J_PORT when set, else on the
 * port the global setup chose (a free one, kept in .neo4j/test/port across runs).
 */
export const TEST_HOME = process.env.TEST_NEO4J_HOME ?? '.neo4j/test';
export const PREFERRED_TEST_PORT = 7688;

export function testPort(): number {
  return process.env.TEST_NEO4J_PORT ? Number(process.env.TEST_NEO4J_PORT) : recordedPort(TEST_HOME, PREFERRED_TEST_PORT);
}

export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const external = process.env.TEST_NEO4J_URI;
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...(external
      ? { NEO4J_URI: external, NEO4J_USER: process.env.TEST_NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '' }
      : { NEO4J_LOCAL_HOME: TEST_HOME, NEO4J_LOCAL_PORT: String(testPort()), NEO4J_PASSWORD: localPassword(TEST_HOME) }),
    ...overrides,
  };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig(testEnv(overrides));
}

export function openTestDatabase(config = testConfig(), log?: StatementLog): Database {
  const uri = config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`;
  const driver = createDriver(
    { uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE },
    config,
  );
  return new Database(driver, { database: config.NEO4J_DATABASE, queryTimeoutMs: config.QUERY_TIMEOUT_MS, ...(log ? { log } : {}) });
}

/** Removes every node but the migration log, so each suite starts from an empty, migrated graph. */
export async function resetGraph(db: Database): Promise<void> {
  await db.runAutoCommit('MATCH (n) WHERE NOT n:Migration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const labels = await db.read<{ label: string; n: number }>(
    'MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  const rels = await db.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.n])),
  };
}
