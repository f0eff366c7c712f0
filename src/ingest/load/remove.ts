import type { Database } from '../../db/database';
import { cypher } from '../../db/cypher-file';
import { deleteReportFactsStatement } from './load';
import type { FactsFile } from '../facts/schema';

/** A curation write whose evidence cites a removed report: kept, and said so. */
export interface CuratedCitation {
  type: string;
  from: string;
  to: string;
  reports: string[];
}

export interface RemovalResult {
  reports: string[];
  /** Fact relationships removed. */
  relationships: number;
  /** Report nodes removed, and entities left with no relationship. */
  nodes: number;
  curated: CuratedCitation[];
  /** Reports whose node stays because curated evidence cites it. */
  keptReports: string[];
  ms: number;
}

/** Reports the graph holds as loaded from a facts file (they carry its digest) that none of `files` is. */
export async function goneReports(db: Database, files: readonly FactsFile[]): Promise<string[]> {
  const loaded = await db.read<{ id: string }>('MATCH (r:Report) WHERE r.factsDigest IS NOT NULL RETURN r.id AS id ORDER BY id');
  const present = new Set(files.map((f) => f.report.id));
  return loaded.map((r) => r.id).filter((id) => !present.has(id));
}

/** The ids among `ids` that are report nodes of the graph. */
export async function knownReports(db: Database, ids: readonly string[]): Promise<string[]> {
  const rows = await db.read<{ id: string }>('MATCH (r:Report) WHERE r.id IN $ids RETURN r.id AS id', { ids });
  return rows.map((r) => r.id);
}

/**
 * Removes reports and every fact they stated, in one transaction: their relationships, the entities
 * left with none, and their report nodes. Curated facts that cite one of them are not touched; they
 * are returned, and the report nodes they cite are kept so that their evidence still resolves.
 */
export async function removeReports(db: Database, reports: readonly string[], timeoutMs = 600_000): Promise<RemovalResult> {
  const started = Date.now();
  if (reports.length === 0) return { reports: [], relationships: 0, nodes: 0, curated: [], keptReports: [], ms: 0 };
  return db.writeTransaction(async (tx) => {
    const curated = (await tx.run(cypher('load/curated-citing-reports'), { reports })).records.map((r) => r.toObject() as CuratedCitation);
    const kept = [...new Set(curated.flatMap((c) => c.reports))].sort();
    const facts = await tx.run('MATCH ()-[r]->() WHERE r.report IN $reports RETURN count(r) AS n', { reports });
    const orphans = await tx.run(deleteReportFactsStatement(), { reports });
    const deleted = await tx.run(cypher('load/remove-reports'), { reports, kept });
    return {
      reports: [...reports],
      relationships: Number(facts.records[0]?.get('n') ?? 0),
      nodes: Number(orphans.records[0]?.get('orphans') ?? 0) + Number(deleted.records[0]?.get('deleted') ?? 0),
      curated,
      keptReports: kept,
      ms: Date.now() - started,
    };
  }, timeoutMs);
}

/** One line per removal, and one per curated fact that cites a removed report. */
export function describeRemoval(r: RemovalResult): string[] {
  if (r.reports.length === 0) return [];
  return [
    `removed ${r.reports.length} report(s) (${r.reports.join(', ')}): ${r.relationships} relationships, ${r.nodes} nodes (${r.ms} ms)`,
    ...r.curated.map((c) => `curated ${c.type} ${c.from} → ${c.to} cites removed report ${c.reports.join(', ')}: kept, with the report node`),
  ];
}
