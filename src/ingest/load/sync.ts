import type { Database } from '../../db/database';
import type { Catalog } from '../facts/catalog';
import type { FactsFile } from '../facts/schema';
import { loadFacts, type SourceLoadResult } from './load';
import { factsDigest } from './node-props';
import { goneReports, removeReports, type RemovalResult } from './remove';

/** Reports of `files` that the graph does not hold in this version: absent, or loaded from other facts. */
export async function staleReports(db: Database, files: readonly FactsFile[]): Promise<Set<string>> {
  const loaded = await db.read<{ id: string; digest: string | null }>('MATCH (r:Report) RETURN r.id AS id, r.factsDigest AS digest');
  const digests = new Map(loaded.map((r) => [r.id, r.digest]));
  return new Set(files.filter((f) => digests.get(f.report.id) !== factsDigest(f)).map((f) => f.report.id));
}

/**
 * Brings the graph up to date with the facts files: loads the sources that are new or changed since
 * they were loaded, and leaves the others alone. Reports no longer in the files are not removed.
 */
export async function syncFacts(
  db: Database,
  files: readonly FactsFile[],
  catalog: Catalog,
  onSource?: (r: SourceLoadResult) => void,
): Promise<SourceLoadResult[]> {
  const stale = await staleReports(db, files);
  if (stale.size === 0) return [];
  return loadFacts(db, files, catalog, { only: stale, ...(onSource ? { onSource } : {}) });
}

/**
 * Makes the graph hold exactly the reports of `files` (a whole facts directory): removes, in one
 * transaction, the loaded reports whose facts file is gone, then loads what is new or changed.
 */
export async function syncDirectory(
  db: Database,
  files: readonly FactsFile[],
  catalog: Catalog,
  onSource?: (r: SourceLoadResult) => void,
): Promise<{ removed: RemovalResult; loaded: SourceLoadResult[] }> {
  const removed = await removeReports(db, await goneReports(db, files));
  return { removed, loaded: await syncFacts(db, files, catalog, onSource) };
}
