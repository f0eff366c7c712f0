import { join } from 'node:path';
import type { Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { loadCatalog } from '../src/ingest/facts/catalog';
import type { FactsFile } from '../src/ingest/facts/schema';
import { factsPaths, readValidFacts } from '../src/ingest/load-command';
import { loadFacts } from '../src/ingest/load/load';
import { ROOT } from '../src/paths';
import { generateAndLoad, statsOf, withNodes, type LoadStats } from './synthetic/load';

/** Sources per loader transaction for synthetic loads. */
export const SOURCES_PER_TRANSACTION = 500;

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

export interface PreparedGraph {
  real: LoadStats;
  synthetic?: LoadStats;
  size: GraphSize;
}

/** Migrations, the real dataset, then `companies` synthetic companies on top (0 for the real data alone). */
export async function prepareGraph(db: Database, companies: number, seed: number, log: (line: string) => void): Promise<PreparedGraph> {
  await migrate(db, undefined, log);
  const catalog = loadCatalog();
  const real = realFacts();
  const started = Date.now();
  const realStats = statsOf(await loadFacts(db, real, catalog), Date.now() - started);
  log(`real dataset: ${realStats.sources} sources, ${realStats.relationships} relationships`);
  let synthetic: LoadStats | undefined;
  if (companies > 0) {
    log(`generating ${companies} synthetic companies (seed ${seed})`);
    const before = await graphSize(db);
    const loaded = await generateAndLoad(db, real, catalog, { companies, seed, sourcesPerTransaction: SOURCES_PER_TRANSACTION, log });
    synthetic = withNodes(loaded, (await graphSize(db)).nodes - before.nodes);
    log(
      `loaded ${synthetic.sources} sources: ${synthetic.nodes} new nodes + ${synthetic.relationships} relationships in ${(synthetic.ms / 1000).toFixed(1)}s ` +
        `= ${synthetic.rowsPerSecond} rows/s, ${synthetic.relationshipsPerSecond} relationships/s`,
    );
  }
  return { real: realStats, ...(synthetic ? { synthetic } : {}), size: await graphSize(db) };
}
