import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { connectionSettings, createDriver } from '../../src/db/driver';
import { benchConfig } from '../neo4j';
import { benchQueryTimeoutMs, serveUntilStopped } from '../servers/child';
import { peerTypeDefs } from './type-defs';

/** The peer: @neo4j/graphql 7 on Apollo Server 5 and express 5, with the driver settings esg-graph uses. */
async function main(): Promise<void> {
  const config = benchConfig({ NODE_ENV: 'production' });
  const driver = createDriver(connectionSettings(config), config);
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  // The same transaction timeout as the other systems.
  const transaction = { timeout: benchQueryTimeoutMs() };
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ transaction }) }));
  await serveUntilStopped(http.createServer(app), async () => {
    await apollo.stop();
    await driver.close();
  });
}

void main();
