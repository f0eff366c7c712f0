import type { Driver } from 'neo4j-driver';

const POLL_MS = 500;

/**
 * Waits until Neo4j runs no transaction but this check: a load run that ends leaves requests in
 * flight, and their queries keep running in Neo4j after the client has gone. Left alone, they would
 * slow the next measurement. What still runs after `timeoutMs` is terminated.
 */
export async function waitForIdle(driver: Driver, timeoutMs: number): Promise<{ waitedMs: number; terminated: number }> {
  const started = Date.now();
  const session = driver.session({ database: 'neo4j' });
  try {
    for (;;) {
      const result = await session.run(
        "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN collect(transactionId) AS ids",
      );
      const ids = (result.records[0]?.get('ids') as string[] | undefined) ?? [];
      if (ids.length === 0) return { waitedMs: Date.now() - started, terminated: 0 };
      if (Date.now() - started >= timeoutMs) {
        await session.run('TERMINATE TRANSACTIONS $ids', { ids });
        return { waitedMs: Date.now() - started, terminated: ids.length };
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await session.close();
  }
}
