import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { createApp, type App } from '../../src/server/app';

export interface TestServer {
  url: string;
  app: App;
  /** POSTs a GraphQL operation and returns the parsed body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLBody<T>>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
  extensions?: { neo4jRoundTrips?: number } & Record<string, unknown>;
}

/** The real app (Apollo + express) on an ephemeral loopback port, over the tests' Neo4j. */
export async function startTestServer(config: Config, db: Database): Promise<TestServer> {
  const app = await createApp(config, db, createLogger('silent'));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLBody<T>;
    },
    async close() {
      await app.stop();
    },
  };
}

/** The data of a response that must have no errors. */
export function dataOf<T>(body: GraphQLBody<T>): T {
  if (body.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(body.errors)}`);
  if (!body.data) throw new Error('no data');
  return body.data;
}

/** A server of the suite (or describe block): started in beforeAll over `db()`, stopped in afterAll. */
export function serverForSuite(config: () => Config, db: () => Database): () => TestServer {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(config(), db());
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server;
}
