import { stopLocalNeo4j } from '../../src/db/local/instance';
import { TEST_HOME, testPort } from '../support/neo4j';

/** Stops the tests' Neo4j only if the setup started it (a developer's running instance is left alone). */
export default async function globalTeardown(): Promise<void> {
  if (process.env.ESG_TEST_STARTED_NEO4J === '1') await stopLocalNeo4j({ home: TEST_HOME, port: testPort() });
}
