import type { Database } from '../../../src/db/database';

/** A transaction Neo4j still ran for a process after that process was gone. */
export interface Leftover {
  transactionId: string;
  /** Statuses seen while it was listed, in order (`Running`, `Closing`, `Terminated with reason: …`). */
  statuses: string[];
  currentQuery: string;
  /** How long it stayed listed after the process died. */
  listedMs: number;
}

const LIST = `SHOW TRANSACTIONS YIELD transactionId, status, currentQuery, metaData
WHERE metaData.pid = $pid RETURN transactionId, status, currentQuery`;

/**
 * Waits until Neo4j lists no transaction of process `pid` (by the `{pid}` metadata every esg-graph
 * transaction carries) and tells what it saw meanwhile. A process killed with SIGKILL may leave its
 * transaction running, or its commit being applied, for a while after it died.
 */
export async function waitForTransactionsOf(db: Database, pid: number, timeoutMs = 120_000): Promise<{ leftovers: Leftover[]; ms: number }> {
  const started = performance.now();
  const seen = new Map<string, Leftover>();
  const session = db.driver.session({ database: db.options.database });
  try {
    for (;;) {
      const rows = (await session.run(LIST, { pid })).records.map((r) => r.toObject() as { transactionId: string; status: string; currentQuery: string });
      const now = performance.now() - started;
      for (const row of rows) {
        const entry = seen.get(row.transactionId) ?? { transactionId: row.transactionId, statuses: [], currentQuery: row.currentQuery.replace(/\s+/g, ' ').slice(0, 80), listedMs: 0 };
        if (entry.statuses.at(-1) !== row.status) entry.statuses.push(row.status);
        entry.listedMs = Math.round(now);
        seen.set(row.transactionId, entry);
      }
      if (rows.length === 0) return { leftovers: [...seen.values()], ms: Math.round(now) };
      if (now > timeoutMs) throw new Error(`transactions of process ${pid} still running after ${timeoutMs} ms: ${JSON.stringify([...seen.values()])}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await session.close();
  }
}
