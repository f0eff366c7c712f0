/**
 * Readers never serve part of a commit.
 *
 * Neo4j Community runs at read-committed isolation, and applying a commit to the store is not atomic
 * for concurrent readers: a read that runs while a large commit is being applied can see some of its
 * changes and not others, even a relationship whose properties are not written yet. This was seen on
 * Neo4j 5.26 (`tools/commit-visibility.ts`, docs/operations.md). Uncommitted changes are never seen.
 *
 * So every write transaction is bracketed by a sequence lock kept on one node, `(:GraphVersion)`:
 *   1. the writer runs its work in its transaction, uncommitted (invisible to readers);
 *   2. in a separate small transaction it increments `version` and `writers` and sets a lease;
 *   3. it commits its work; Neo4j answers the commit once it is applied and visible;
 *   4. in a separate small transaction it decrements `writers`.
 * A reader runs, in one read transaction, the version statement, its own statement, and the version
 * statement again (pipelined: one round trip). Its result is whole when no writer was between steps 2
 * and 4 at the first read (`busy` false) and the version did not change by the second: any commit
 * applied during the read would have had its step 2 either before the first read (busy) or after it
 * (a new version). Otherwise the reader waits a little and reads again, within its transaction timeout.
 *
 * A writer killed between steps 2 and 4 leaves `writers` above zero: the lease bounds how long readers
 * wait for it (its commit, if sent, is applied within seconds), and the next writer after the lease
 * resets the count. A writer whose commit takes longer than the lease is the one case not covered.
 */

/** How long a writer's mark holds readers off (ms). */
export const WRITE_LEASE_MS = 20_000;

/** What a reader reads before and after its statement. */
export const READ_VERSION = `OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN coalesce(g.version, 0) AS version, coalesce(g.writers, 0) > 0 AND coalesce(g.leaseUntil, 0) > timestamp() AS busy`;

/** Step 2: a commit is about to be applied. */
export const BEGIN_COMMIT = `MERGE (g:GraphVersion {id: 'graph'})
SET g.version = coalesce(g.version, 0) + 1,
    g.writers = CASE WHEN coalesce(g.leaseUntil, 0) > timestamp() THEN coalesce(g.writers, 0) + 1 ELSE 1 END,
    g.leaseUntil = timestamp() + $lease`;

/** Step 4: the commit is applied (or failed). */
export const END_COMMIT = `MATCH (g:GraphVersion {id: 'graph'})
SET g.writers = CASE WHEN g.writers > 0 THEN g.writers - 1 ELSE 0 END`;

export interface VersionRead {
  version: number;
  busy: boolean;
}

/** True when a statement run between these two version reads saw no commit being applied. */
export function unchanged(before: VersionRead, after: VersionRead): boolean {
  return !before.busy && before.version === after.version;
}

/** Wait before reading again: short at first (a commit of one report takes milliseconds), then longer. */
export const retryDelayMs = (attempt: number) => Math.min(5 * 2 ** attempt, 200);
