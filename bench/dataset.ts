import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { loadCatalog } from '../src/ingest/facts/catalog';
import type { FactsFile } from '../src/ingest/facts/schema';
import { factsPaths, readValidFacts } from '../src/ingest/load-command';
import { loadFacts } from '../src/ingest/load/load';
import { ROOT } from '../src/paths';
import { emptyListFixups, IMPORT_ARRAY_DELIMITER } from './import/csv';
import { writeImportCsv } from './import/write';
import { BENCH_NEO4J, importIntoBenchStore, openBenchDatabase, startBenchNeo4j, wipeBenchStore } from './neo4j';
import { generateAndLoad, statsOf, withNodes, type LoadStats } from './synthetic/load';

/** Sources per loader transaction for synthetic loads. */
export const SOURCES_PER_TRANSACTION = 500;

/** How a scale's graph is built: the project's incremental loader, or `neo4j-admin database import` into an empty store. */
export type LoadMethod = 'loader' | 'import';

export function realFacts(): FactsFile[] {
  return readValidFacts(factsPaths([join(ROOT, 'data', 'facts')]));
}

export interface GraphSize {
  companies: number;
  nodes: number;
  relationships: number;
}

export async function graphSize(db: Database): Promise<GraphSize> {
  const [row] = await db.read<GraphSize>(
    'RETURN COUNT { (:Company) } AS companies, COUNT { (:Entity) } AS nodes, COUNT { ()-[]->() } AS relationships',
  );
  return row!;
}

/** A bulk import, end to end and by phase (milliseconds). */
export interface ImportStats extends LoadStats {
  phases: {
    /** Load plans (the loader's rows: entity nodes, search text, relationships) written as CSV. */
    csvMs: number;
    /** neo4j-admin database import full. */
    importMs: number;
    /** Neo4j started on the imported store. */
    startMs: number;
    /** Empty lists set, then the migrations: constraints, range, text and fulltext indexes populated. */
    schemaMs: number;
  };
  /** Relationships per second of the import tool alone. */
  importToolRelationshipsPerSecond: number;
}

export interface PreparedGraph {
  method: LoadMethod;
  /** Loader runs: the real dataset and the synthetic companies. */
  real?: LoadStats;
  synthetic?: LoadStats;
  /** Import runs: the whole graph (real and synthetic) in one import. */
  bulkImport?: ImportStats;
  size: GraphSize;
}

export interface PrepareOptions {
  companies: number;
  seed: number;
  method: LoadMethod;
  log: (line: string) => void;
}

/**
 * A wiped bench store holding the real dataset and `companies` synthetic companies (0: the real data
 * alone), migrations applied, Neo4j left running.
 */
export async function prepareGraph(options: PrepareOptions): Promise<PreparedGraph> {
  await wipeBenchStore(options.log);
  if (options.method === 'import') return importGraph(options);
  await startBenchNeo4j(options.log);
  const db = openBenchDatabase();
  try {
    return await loadGraph(db, options);
  } finally {
    await db.close();
  }
}

async function loadGraph(db: Database, { companies, seed, log }: PrepareOptions): Promise<PreparedGraph> {
  await migrate(db, undefined, log);
  const catalog = loadCatalog();
  const real = realFacts();
  const started = Date.now();
  const realStats = statsOf(await loadFacts(db, real, catalog), Date.now() - started);
  log(`real dataset: ${realStats.sources} sources, ${realStats.relationships} relationships`);
  let synthetic: LoadStats | undefined;
  if (companies > 0) {
    log(`generating ${companies} synthetic companies (seed ${seed}), loading them with the project loader`);
    const before = await graphSize(db);
    const loaded = await generateAndLoad(db, real, catalog, { companies, seed, sourcesPerTransaction: SOURCES_PER_TRANSACTION, log });
    synthetic = withNodes(loaded, (await graphSize(db)).nodes - before.nodes);
    log(
      `loaded ${synthetic.sources} sources: ${synthetic.nodes} new nodes + ${synthetic.relationships} relationships in ${(synthetic.ms / 1000).toFixed(1)}s ` +
        `= ${synthetic.rowsPerSecond} rows/s, ${synthetic.relationshipsPerSecond} relationships/s`,
    );
  }
  return { method: 'loader', real: realStats, ...(synthetic ? { synthetic } : {}), size: await graphSize(db) };
}

/**
 * The same graph through `neo4j-admin database import full`: the loader's plans (real dataset, then the
 * synthetic companies in the loader's groups) written as CSV, imported into the stopped, empty store;
 * then Neo4j started, empty lists set and the migrations applied (their indexes populated). The time
 * counts all of it, generating the synthetic facts included (the CSV workers generate as they write).
 */
async function importGraph({ companies, seed, log }: PrepareOptions): Promise<PreparedGraph> {
  const catalog = loadCatalog();
  const real = realFacts();
  const dir = join(BENCH_NEO4J.home, 'import');
  rmSync(dir, { recursive: true, force: true });
  if (companies > 0) log(`generating ${companies} synthetic companies (seed ${seed}), writing them as CSV for neo4j-admin import`);
  const csvStarted = Date.now();
  const files = await writeImportCsv({ real, catalog, companies, seed, sourcesPerTransaction: SOURCES_PER_TRANSACTION, dir });
  const csvMs = Date.now() - csvStarted;
  const sources = real.length + companies;
  log(`CSV: ${files.nodeCount} nodes, ${files.relationshipCount} relationships in ${files.nodes.length + files.relationships.length} files, ${(csvMs / 1000).toFixed(1)}s`);

  let started = Date.now();
  await importIntoBenchStore({ ...files, arrayDelimiter: IMPORT_ARRAY_DELIMITER, multilineFields: files.multilineFields }, log);
  const importMs = Date.now() - started;
  rmSync(dir, { recursive: true, force: true });
  log(`neo4j-admin database import: ${(importMs / 1000).toFixed(1)}s`);

  started = Date.now();
  await startBenchNeo4j(log);
  const startMs = Date.now() - started;
  const db = openBenchDatabase();
  try {
    started = Date.now();
    for (const fixup of emptyListFixups(files)) await db.write(fixup.cypher, fixup.params);
    await migrate(db, undefined, log);
    const schemaMs = Date.now() - started;
    const size = await graphSize(db);
    if (size.nodes !== files.nodeCount || size.relationships !== files.relationshipCount) {
      throw new Error(`the import wrote ${size.nodes} nodes and ${size.relationships} relationships, the CSV holds ${files.nodeCount} and ${files.relationshipCount}`);
    }
    const ms = csvMs + importMs + startMs + schemaMs;
    const bulkImport: ImportStats = {
      ...withNodes({ sources, nodes: 0, relationships: size.relationships, ms, rowsPerSecond: 0, relationshipsPerSecond: 0 }, size.nodes),
      phases: { csvMs, importMs, startMs, schemaMs },
      importToolRelationshipsPerSecond: Math.round(size.relationships / (Math.max(importMs, 1) / 1000)),
    };
    log(
      `imported ${size.nodes} nodes + ${size.relationships} relationships in ${(ms / 1000).toFixed(1)}s end to end ` +
        `(CSV ${(csvMs / 1000).toFixed(1)}s, import ${(importMs / 1000).toFixed(1)}s, start ${(startMs / 1000).toFixed(1)}s, indexes ${(schemaMs / 1000).toFixed(1)}s) ` +
        `= ${bulkImport.relationshipsPerSecond} relationships/s; the import tool alone ${bulkImport.importToolRelationshipsPerSecond} relationships/s`,
    );
    return { method: 'import', bulkImport, size };
  } finally {
    await db.close();
  }
}
