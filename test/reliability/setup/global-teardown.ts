import { stopReliabilityNeo4j } from '../support/neo4j';

/** Stops the reliability Neo4j only if the setup started it. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.ESG_RELIABILITY_STARTED_NEO4J === '1') await stopReliabilityNeo4j();
}
