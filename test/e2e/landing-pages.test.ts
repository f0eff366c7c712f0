import type { Database } from '../../src/db/database';
import { readExampleOperation } from '../../src/server/example-operations';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { serverForSuite } from '../support/server';

/** What GET /graphql, /graphiql and /explore answer, by mode (the pages themselves: test/browser). */

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const withServer = (env: Record<string, string>) => serverForSuite(() => testConfig(env), () => db);

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** The embedded Sandbox's settings, as the page passes them to Apollo's script. */
function sandboxConfig(page: string): { initialState: { document?: string; variables?: unknown } } {
  return JSON.parse(/var embeddedSandboxConfig = (\{.*\});/.exec(page)![1]!) as { initialState: { document?: string; variables?: unknown } };
}

describe('in development', () => {
  const server = withServer({ NODE_ENV: 'development' });

  it('opens Apollo Sandbox on the first query and its variables', async () => {
    const page = await (await fetch(`${server().url}/graphql`, { headers: html })).text();
    const first = readExampleOperation('first-query');
    expect(sandboxConfig(page).initialState).toMatchObject({ document: first.query, variables: { id: 'sensetime' } });
  });

  it('points to /graphiql and /explore where the Sandbox cannot load', async () => {
    const page = await (await fetch(`${server().url}/graphql`, { headers: html })).text();
    const fallback = /<div class="fallback">([\s\S]*?)<\/div>/.exec(page)![1]!;
    expect(fallback).toContain('Apollo Sandbox cannot be loaded');
    expect(fallback).toContain('<a href="graphiql">GraphiQL</a>, served by this server, works offline');
    expect(fallback).toContain('<a href="explore">/explore</a>');
  });

  it('serves GraphiQL and the explorer with a policy that keeps them on this server', async () => {
    for (const path of ['/graphiql', '/explore']) {
      const res = await fetch(`${server().url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
      const page = await res.text();
      expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });
});

describe('in production', () => {
  const server = withServer({ NODE_ENV: 'production' });

  it('answers a browser at GET /graphql with how to query, not a CSRF error', async () => {
    const res = await fetch(`${server().url}/graphql`, { headers: html });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; example: { query: string } } }[] };
    expect(body.errors[0]!.message).toMatch(/^This is the esg-graph GraphQL endpoint\. Send an operation with POST and a JSON body/);
    expect(body.errors[0]!.message).not.toMatch(/CSRF|graphiql/i);
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    // The example it gives works.
    const example = await fetch(`${server().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body.errors[0]!.extensions.example) });
    expect(example.status).toBe(200);
  });

  it('serves no GraphiQL by default, and says how to turn it on', async () => {
    const res = await fetch(`${server().url}/graphiql`);
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/GRAPHIQL=true/);
  });
});

describe('in production with GRAPHIQL=true', () => {
  const server = withServer({ NODE_ENV: 'production', GRAPHIQL: 'true' });

  it('serves GraphiQL and the introspection it needs', async () => {
    expect((await fetch(`${server().url}/graphiql`)).status).toBe(200);
    const body = await server().gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(body.data?.__schema.queryType.name).toBe('Query');
  });
});
