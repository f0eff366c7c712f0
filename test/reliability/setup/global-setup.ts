import { mkdirSync, rmSync } from 'node:fs';
import { migrate } from '../../../src/db/migrate';
import { loadShippedDataset } from '../../support/dataset';
import { chooseReliabilityPort, openReliabilityDatabase, RELIABILITY_NEO4J, RESULTS_DIR, startReliabilityNeo4j } from '../support/neo4j';

/** Starts the reliability Neo4j, applies migrations and loads the shipped dataset into an empty graph. */
export default async function globalSetup(): Promise<void> {
  await chooseReliabilityPort();
  const started = await startReliabilityNeo4j((l) => console.log(l));
  process.env.ESG_RELIABILITY_STARTED_NEO4J = started.alreadyRunning ? '' : '1';
  if (!started.alreadyRunning) {
    console.log(`\nreliability Neo4j started on bolt://127.0.0.1:${RELIABILITY_NEO4J.port} in ${(started.ms / 1000).toFixed(1)}s`);
  }
  const db = openReliabilityDatabase();
  try {
    await migrate(db);
    await loadShippedDataset(db);
  } finally {
    await db.close();
  }
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
}
