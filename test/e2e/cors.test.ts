import type { Database } from '../../src/db/database';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { serverForSuite, type TestServer } from '../support/server';

/** CORS: which web pages on other origins may call the API, with CSRF prevention still on. */

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** A browser's preflight before a JSON POST from a page at `origin`. */
async function preflight(server: TestServer, origin: string): Promise<Response> {
  return fetch(`${server.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });
}

async function post(server: TestServer, origin: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${server.url}/graphql`, { method: 'POST', headers: { origin, 'content-type': contentType }, body: '{"query":"{ __typename }"}' });
}

const withServer = (env: Record<string, string>) => serverForSuite(() => testConfig(env), () => db);

describe('in development (no CORS_ORIGINS)', () => {
  const server = withServer({ NODE_ENV: 'development' });

  it.each(['http://localhost:3000', 'http://127.0.0.1:5173', 'http://[::1]:8080'])('lets a page on %s call the API', async (origin) => {
    const res = await preflight(server(), origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
    const answer = await post(server(), origin);
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
    expect(await answer.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('does not let a page on another host call it', async () => {
    const res = await preflight(server(), 'https://evil.example');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('keeps CSRF prevention: a request a page can send without a preflight is refused, allowed origin or not', async () => {
    const res = await post(server(), 'http://localhost:3000', 'text/plain');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });
});

describe('in production', () => {
  const server = withServer({ NODE_ENV: 'production' });

  it('allows no other origin unless CORS_ORIGINS says so', async () => {
    for (const origin of ['http://localhost:3000', 'https://app.example.com']) {
      const res = await preflight(server(), origin);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('with CORS_ORIGINS', () => {
  const server = withServer({ NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example.com, http://localhost:3000' });

  it('allows exactly those origins', async () => {
    for (const origin of ['https://app.example.com', 'http://localhost:3000']) {
      expect((await preflight(server(), origin)).headers.get('access-control-allow-origin')).toBe(origin);
    }
    for (const origin of ['https://app.example.com.evil.example', 'http://localhost:3001', 'http://app.example.com']) {
      expect((await preflight(server(), origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('with CORS_ORIGINS=*', () => {
  const server = withServer({ NODE_ENV: 'production', CORS_ORIGINS: '*' });

  it('allows any origin (credentials are a bearer token the page sends, never cookies)', async () => {
    const res = await preflight(server(), 'https://anyone.example');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
