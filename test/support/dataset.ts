import type { Database } from '../../src/db/database';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR, factsFilesIn } from '../../src/ingest/facts/files';
import { readValidFacts } from '../../src/ingest/load-command';
import { loadFacts } from '../../src/ingest/load/load';
import { resetGraph } from './neo4j';

/** Empties the graph and loads the shipped dataset, as `npm start` does on an empty graph. */
export async function loadShippedDataset(db: Database): Promise<void> {
  await resetGraph(db);
  await loadFacts(db, readValidFacts(factsFilesIn(FACTS_DIR)), loadCatalog());
}
