import neo4j from 'neo4j-driver';
import type { Database } from '../../../src/db/database';

/** Relationships by the report that states them, and whether that report's node is there: one statement. */
const FACTS_BY_REPORT = `MATCH ()-[r]->() WITH r.report AS report, count(*) AS relationships
RETURN report, relationships, EXISTS { MATCH (:Report {id: report}) } AS present`;

type Row = { report: string | null; relationships: number; present: boolean };

/** What one read shows that no whole state of the graph has: facts of a report without all of them, or without the report. */
function partial(rows: readonly Row[], complete: ReadonlyMap<string, number>): string[] {
  return rows.flatMap((row) => {
    if (row.report === null) return [`${row.relationships} relationships without a report`];
    const expected = complete.get(row.report);
    if (expected === undefined) return [`facts of unknown report ${row.report}`];
    if (!row.present) return [`${row.relationships} facts of report ${row.report} without the report`];
    return row.relationships === expected ? [] : [`report ${row.report} with ${row.relationships} of ${expected} relationships`];
  });
}

export interface WatchResult {
  reads: number;
  /** Reads that showed part of a commit. */
  partialReads: number;
  examples: string[];
}

/**
 * Reads the facts by report over and over until `until` settles, and counts the reads that saw a
 * report in part. `guarded` reads go through Database.read (the graph-version check); the others
 * are plain read transactions, as any Neo4j client would run them.
 */
export async function watchReports(db: Database, complete: ReadonlyMap<string, number>, guarded: boolean, until: Promise<unknown>): Promise<WatchResult> {
  let done = false;
  void until.finally(() => (done = true));
  const session = db.driver.session({ database: db.options.database, defaultAccessMode: neo4j.session.READ });
  const result: WatchResult = { reads: 0, partialReads: 0, examples: [] };
  try {
    while (!done) {
      const rows = guarded
        ? await db.read<Row>(FACTS_BY_REPORT)
        : (await session.executeRead((tx) => tx.run<Row>(FACTS_BY_REPORT))).records.map((r) => r.toObject());
      result.reads++;
      const problems = partial(rows, complete);
      if (problems.length > 0) {
        result.partialReads++;
        if (result.examples.length < 5) result.examples.push(problems.slice(0, 3).join('; '));
      }
    }
  } finally {
    await session.close();
  }
  return result;
}
