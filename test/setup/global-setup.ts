import { rmSync } from 'node:fs';
import { choosePort, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/instance';
import { migrate } from '../../src/db/migrate';
import { openTestDatabase, PREFERRED_TEST_PORT, resetGraph, TEST_HOME, testConfig } from '../support/neo4j';

/** Starts the tests' own Neo4j (unless TEST_NEO4J_URI is given), applies migrations, empties the graph. */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_NEO4J_URI) {
    const port = process.env.TEST_NEO4J_PORT ? Number(process.env.TEST_NEO4J_PORT) : await choosePort(TEST_HOME, PREFERRED_TEST_PORT);
    // Test files (and the processes they spawn) read the port from here.
    process.env.TEST_NEO4J_PORT = String(port);
    const started = await startLocalNeo4j({ home: TEST_HOME, port, heap: '1g', pageCache: '256m', log: (l) => console.log(l) });
    process.env.ESG_TEST_STARTED_NEO4J = started.alreadyRunning ? '' : '1';
    if (!started.alreadyRunning) console.log(`\ntest Neo4j started on bolt://127.0.0.1:${port} in ${(started.ms / 1000).toFixed(1)}s`);
  }
  const db = openTestDatabase(testConfig());
  try {
    await migrate(db);
    await resetGraph(db);
  } catch (err) {
    // Jest runs no teardown after a failed setup: stop what this setup started.
    if (process.env.ESG_TEST_STARTED_NEO4J === '1') await stopLocalNeo4j({ home: TEST_HOME, port: Number(process.env.TEST_NEO4J_PORT) });
    throw err;
  } finally {
    await db.close();
  }
  rmSync('.neo4j/test-tmp', { recursive: true, force: true });
}
