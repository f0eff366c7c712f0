import type { Database } from '../../src/db/database';
import { loadShippedDataset } from './dataset';
import { openTestDatabase, testConfig } from './neo4j';
import { startTestServer, type TestServer } from './server';

/** A suite's API over the shipped dataset: beforeAll loads and starts it, afterAll stops it. */
export function apiOverDataset(env: Record<string, string> = {}): { server: () => TestServer; db: () => Database } {
  let db: Database;
  let server: TestServer;
  beforeAll(async () => {
    db = openTestDatabase();
    await loadShippedDataset(db);
    server = await startTestServer(testConfig(env), db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });
  return { server: () => server, db: () => db };
}
