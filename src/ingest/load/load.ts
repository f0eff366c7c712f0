import type { Database, Transaction } from '../../db/database';
import { cypher } from '../../db/cypher-file';
import type { Catalog } from '../facts/catalog';
import type { FactsFile } from '../facts/schema';
import { model, type Registry } from '../../model/registry';
import { withIntegers } from './integers';
import { entityNodes, relationshipRows, type NodeWrite, type RelationshipWrite } from './writes';

export const BATCH_SIZE = 2_000;

export interface SourceLoadResult {
  report: string;
  nodes: number;
  relationships: number;
  removedOrphans: number;
  ms: number;
}

function batches<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function count(tx: Transaction, statement: string, params: Record<string, unknown>): Promise<number> {
  const result = await tx.run(statement, params);
  return Number(result.records[0]?.get(0) ?? 0);
}

/**
 * Removes every fact the given reports stated (each fact relationship type has an index on `report`),
 * then the nodes of the declared kinds left with no relationship at all. Reloading reports is delete +
 * create in one transaction.
 */
export function deleteReportFactsStatement(registry: Registry = model()): string {
  const matches = registry.factTypes.map((type) => `MATCH ()-[r:${type}]->() WHERE r.report = report RETURN r`);
  const orphans = registry.orphanLabels.map((label) => `n:${label}`);
  return [
    'UNWIND $reports AS report',
    `CALL (report) { ${matches.join(' UNION ALL ')} }`,
    'WITH r, [startNode(r), endNode(r)] AS ends',
    'DELETE r',
    'WITH count(r) AS deleted, collect(ends) AS touched',
    'UNWIND touched AS ends',
    'UNWIND ends AS n',
    'WITH DISTINCT deleted, n',
    `WHERE (${orphans.join(' OR ')}) AND NOT (n)--()`,
    'DETACH DELETE n',
    'RETURN count(*) AS orphans',
  ].join('\n');
}

export async function writeNodes(tx: Transaction, nodes: readonly NodeWrite[]): Promise<number> {
  let written = 0;
  for (const rows of batches(nodes)) written += await count(tx, cypher('load/upsert-nodes'), { rows: rows.map((r) => ({ ...r, props: withIntegers(r.props) })) });
  return written;
}

export async function writeRelationships(tx: Transaction, relationships: readonly RelationshipWrite[]): Promise<number> {
  let written = 0;
  for (const rows of batches(relationships)) {
    const created = await count(tx, cypher('load/create-relationships'), { rows: rows.map((r) => ({ ...r, props: withIntegers(r.props) })) });
    if (created !== rows.length) {
      const ids = [...new Set(rows.flatMap((r) => [r.from, r.to]))];
      const found = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS ids', { ids });
      const present = new Set<string>(found.records[0]?.get('ids') as string[]);
      const missing = ids.filter((id) => !present.has(id));
      throw new Error(`${rows.length - created} relationship(s) have an endpoint that is not in the graph: ${missing.slice(0, 10).join(', ')}`);
    }
    written += created;
  }
  return written;
}

/** One transaction of a load: the reports whose old facts it removes, then the nodes and relationships it writes. */
export interface LoadGroup {
  reports: string[];
  nodes: NodeWrite[];
  relationships: RelationshipWrite[];
  sources: { report: string; nodes: number; relationships: number }[];
}

/** What a load writes, in order: the catalogue's nodes first, then one group of sources per transaction. */
export interface LoadPlan {
  catalogNodes: NodeWrite[];
  groups: LoadGroup[];
}

/**
 * The writes of loading `files`, without touching the database. Nodes are written whole (`SET n =
 * props`), so where a node is written twice the later write is what the graph holds. `loadFacts` runs
 * the plan; a bulk import of an empty store writes the same rows.
 */
export function planLoad(
  files: readonly FactsFile[],
  catalog: Catalog,
  options: { sourcesPerTransaction?: number; only?: ReadonlySet<string> } = {},
): LoadPlan {
  const nodes = new Map(entityNodes(files, catalog).map((n) => [n.id, n]));
  const catalogNodes = entityNodes([], catalog).map((n) => nodes.get(n.id) ?? n);
  const only = options.only;
  const selected = only ? files.filter((f) => only.has(f.report.id)) : files;
  const groups = batches(selected, options.sourcesPerTransaction ?? 1).map((chunk): LoadGroup => {
    const sources = chunk.map((facts) => {
      const rels = relationshipRows(facts);
      const ids = new Set(rels.flatMap((r) => [r.from, r.to]));
      const own = [...ids].map((id) => nodes.get(id)).filter((n): n is NodeWrite => n !== undefined);
      return { report: facts.report.id, rels, own };
    });
    return {
      reports: chunk.map((f) => f.report.id),
      nodes: [...new Map(sources.flatMap((s) => s.own).map((n) => [n.id, n])).values()],
      relationships: sources.flatMap((s) => s.rels),
      sources: sources.map((s) => ({ report: s.report, nodes: s.own.length, relationships: s.rels.length })),
    };
  });
  return { catalogNodes, groups };
}

/**
 * Loads sources so that each one is all-or-nothing: the report's previous facts are removed and its
 * current facts written in a single transaction. Loading the same files twice gives the same graph.
 * `sourcesPerTransaction` > 1 groups sources (bulk synthetic loads); each group is still atomic.
 */
export async function loadFacts(
  db: Database,
  files: readonly FactsFile[],
  catalog: Catalog,
  options: {
    sourcesPerTransaction?: number;
    onSource?: (r: SourceLoadResult) => void;
    timeoutMs?: number;
    /** Load only these reports; entity nodes are still built from every file, so shared entities keep all their definitions. */
    only?: ReadonlySet<string>;
  } = {},
): Promise<SourceLoadResult[]> {
  const plan = planLoad(files, catalog, options);
  const results: SourceLoadResult[] = [];
  const timeout = options.timeoutMs ?? 600_000;

  await db.writeTransaction((tx) => writeNodes(tx, plan.catalogNodes), timeout);

  for (const group of plan.groups) {
    const started = Date.now();
    const removedOrphans = await db.writeTransaction(async (tx) => {
      // One statement per kind of write for the whole group (not per source): round-trips, not rows,
      // dominate the cost of many small sources. All deletions run before any write, so a node that one
      // source's old facts orphan and another source's new facts use is simply written again.
      const removed = await count(tx, deleteReportFactsStatement(), { reports: group.reports });
      await writeNodes(tx, group.nodes);
      await writeRelationships(tx, group.relationships);
      return removed;
    }, timeout);
    const ms = Math.round((Date.now() - started) / group.sources.length);
    // Orphans are counted per group; they are reported on its first source.
    for (const [i, s] of group.sources.entries()) {
      const result = { ...s, removedOrphans: i === 0 ? removedOrphans : 0, ms };
      results.push(result);
      options.onSource?.(result);
    }
  }
  return results;
}
