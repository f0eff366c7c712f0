import type { Database } from '../../src/db/database';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase, resetGraph, testConfig } from '../support/neo4j';
import { startTestServer, type TestServer } from '../support/server';

let db: Database;
beforeAll(async () => {
  db = openTestDatabase();
  await resetGraph(db);
});
afterAll(async () => {
  await db.close();
});

describe('HTTP endpoints', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(testConfig(), db);
  });
  afterAll(async () => {
    await server.close();
  });

  it('/health answers while the process is alive', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/ready is 503 with a reason until a dataset is loaded, then 200', async () => {
    const before = await fetch(`${server.url}/ready`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'not ready', reason: 'no dataset is loaded' });
    await loadShippedDataset(db);
    const after = await fetch(`${server.url}/ready`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ready' });
  });

  it('/graphql answers { __typename }', async () => {
    expect(await server.gql('{ __typename }')).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('serves the Apollo Sandbox landing page outside production', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<!DOCTYPE html>/i);
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain(`initialEndpoint`);
  });

  it('answers introspection outside production', async () => {
    const body = await server.gql<{ __schema: { queryType: { name: string }; types: { name: string }[] } }>(
      '{ __schema { queryType { name } types { name } } }',
    );
    expect(body.data?.__schema.queryType.name).toBe('Query');
    expect(body.data?.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Company', 'Standard', 'Evidence']));
  });

  it('refuses a body over the size limit with 413 and a code', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(2 * 1024 * 1024)}` }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses invalid JSON with 400 and a code', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('keeps CSRF prevention on: a simple GET query without a preflight header is refused', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('refuses mutations over GET', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
  });
});

describe('production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(testConfig({ NODE_ENV: 'production' }), db);
  });
  afterAll(async () => {
    await server.close();
  });

  it('has no landing page', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toContain('embeddable-sandbox');
  });

  it('refuses introspection', async () => {
    const body = await server.gql('{ __schema { types { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not report database round-trips or stack traces', async () => {
    const body = await server.gql('{ company(id: "no-such-company") { id } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(body.extensions?.neo4jRoundTrips).toBeUndefined();
  });
});
