import type { Database } from '../../src/db/database';
import { StatisticsCache } from '../../src/graphql/cost/statistics';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase } from '../support/neo4j';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The same Neo4j, answering its first read `ms` late (as a large graph's statistics do). */
function lateFirstRead(db: Database, ms: number): Database {
  let late = true;
  const read: Database['read'] = async (...args) => {
    if (late) {
      late = false;
      await sleep(ms);
    }
    return db.read(...args);
  };
  return new Proxy(db, { get: (target, key) => (key === 'read' ? read : Reflect.get(target, key)) });
}

describe("the cost estimate's graph statistics", () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await loadShippedDataset(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('are waited for on first use, however long Neo4j takes to give them', async () => {
    const [companies] = await db.read<{ n: number }>('RETURN COUNT { (:Company) } AS n');
    const stats = await new StatisticsCache(lateFirstRead(db, 3_000)).current();
    // Priced over no statistics, every list would be empty and every request let through.
    expect(companies!.n).toBeGreaterThan(0);
    expect(stats.nodes('Company')).toBe(companies!.n);
  }, 30_000);
});
