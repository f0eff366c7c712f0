import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { graphChecksum } from '../../src/db/checksum';
import type { Database } from '../../src/db/database';
import { ROOT } from '../../src/paths';
import { CURATION_TOKEN, spawnMain, startApi, type ApiProcess } from './support/api-process';
import { reportFigures } from './support/figures';
import { errorCodes, postGraphQL } from './support/graphql';
import { neo4jEnv, openReliabilityDatabase, RELIABILITY_NEO4J, RESULTS_DIR, waitUntilNeo4jAnswers } from './support/neo4j';
import { expectHealthyProcess, leakedSecrets } from './support/process-checks';
import { listeningSockets } from './support/sockets';

/** A curation write whose input is refused after authentication: it proves the token was accepted without writing. */
const MUTATION = 'mutation { upsertCompany(input: { id: "Not A Slug", name: "x" }) { id } }';
const WRONG = [
  '',
  'Bearer',
  `Bearer ${CURATION_TOKEN.slice(0, -1)}`,
  `Bearer ${CURATION_TOKEN}x`,
  `Bearer ${CURATION_TOKEN.toUpperCase()}`,
  `Bearer  ${CURATION_TOKEN} extra`,
  `Basic ${Buffer.from(`neo4j:${CURATION_TOKEN}`).toString('base64')}`,
  `Token ${CURATION_TOKEN}`,
  CURATION_TOKEN,
];

const mutate = (api: ApiProcess, authorization?: string) => postGraphQL(api.url, MUTATION, {}, authorization === undefined ? {} : { authorization });

/** Runs a command of the CLI to its end and returns its exit code and output. */
function runToEnd(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawnMain(args, env);
  const chunks: string[] = [];
  child.stdout!.setEncoding('utf8').on('data', (c: string) => chunks.push(c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => chunks.push(c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output: chunks.join('') })));
}

describe('security', () => {
  let db: Database;
  let api: ApiProcess;
  let noToken: ApiProcess;
  const figures: Record<string, unknown> = { command: 'npm run test:reliability -- security' };
  beforeAll(async () => {
    db = openReliabilityDatabase();
    [api, noToken] = await Promise.all([startApi('security', { LOG_LEVEL: 'debug' }), startApi('security-no-token', { CURATION_TOKEN: '' })]);
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), noToken?.stop()]);
    await db?.close();
    reportFigures('security', figures);
  });

  describe('curation mutations', () => {
    it('without a token: UNAUTHENTICATED, nothing written', async () => {
      const before = await graphChecksum(db);
      const answer = await mutate(api);
      expect(errorCodes(answer.body)).toEqual(['UNAUTHENTICATED']);
      expect(answer.body?.data ?? null).toBeNull();
      expect(await graphChecksum(db)).toEqual(before);
    });

    it('with a wrong token, in any form: UNAUTHENTICATED', async () => {
      const codes = await Promise.all(WRONG.map(async (header) => errorCodes((await mutate(api, header)).body)));
      figures.wrongTokenForms = WRONG.length;
      expect(codes).toEqual(WRONG.map(() => ['UNAUTHENTICATED']));
    });

    it('with the token: past authentication (the input is then checked)', async () => {
      expect(errorCodes((await mutate(api, `Bearer ${CURATION_TOKEN}`)).body)).toEqual(['BAD_USER_INPUT']);
    });

    it('with no token configured: disabled (FORBIDDEN), whatever the request presents', async () => {
      for (const header of [undefined, `Bearer ${CURATION_TOKEN}`, 'Bearer undefined', 'Bearer ']) {
        const answer = await mutate(noToken, header);
        expect(errorCodes(answer.body)).toEqual(['FORBIDDEN']);
        expect(answer.body?.errors?.[0]?.message).toMatch(/disabled/);
      }
    });
  });

  describe('production mode', () => {
    it('hides stack traces and internals in every kind of error', async () => {
      const answers = await Promise.all(
        ['{ company(id: "nope") { id } }', '{ companies(first: -1) { totalCount } }', '{ companies(', '{ nosuch }', '{ sdg(number: 99) { id } }'].map((q) => postGraphQL(api.url, q)),
      );
      for (const answer of answers) {
        const text = JSON.stringify(answer.body);
        expect(answer.body?.errors?.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/stacktrace|\bat \S+ \(|Neo4jError|node_modules|\.ts:\d+/);
        expect(text).not.toContain('neo4jRoundTrips');
      }
    });

    it('refuses introspection and does not suggest field names', async () => {
      const intro = await postGraphQL(api.url, '{ __schema { types { name } } }');
      expect(errorCodes(intro.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const typo = await postGraphQL(api.url, '{ compnies { totalCount } }');
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    });

    it('serves no landing page and no framework banner', async () => {
      const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      const text = await res.text();
      expect(res.headers.get('content-type')).not.toMatch(/html/);
      expect(text).not.toMatch(/<html|<script|embeddable-sandbox|sandbox\.embed/i);
      expect(res.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('CSRF prevention', () => {
    it.each([
      ['a GET query without a preflight header', { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}` }],
      ['a text/plain POST', { method: 'POST', type: 'text/plain' }],
      ['a form POST', { method: 'POST', type: 'application/x-www-form-urlencoded' }],
      ['a multipart POST', { method: 'POST', type: 'multipart/form-data; boundary=x' }],
    ])('blocks %s', async (_what, req: { method: string; path?: string; type?: string }) => {
      const res = await fetch(`${api.url}${req.path ?? '/graphql'}`, {
        method: req.method,
        headers: req.type ? { 'content-type': req.type } : {},
        ...(req.method === 'POST' ? { body: '{"query":"{ __typename }"}' } : {}),
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF/);
    });

    it('lets a GET query with a preflight header through', async () => {
      const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(200);
    });
  });

  describe('secrets', () => {
    it('never appear in output, even when start-up fails on them', async () => {
      const wrongPassword = `not-the-password-${Date.now()}`;
      const shortToken = 'short-secret-1';
      const [badPassword, badToken] = await Promise.all([
        runToEnd(['serve'], { ...neo4jEnv(), NEO4J_PASSWORD: wrongPassword, PORT: '0', NODE_ENV: 'production', LOAD_ON_START: 'false' }),
        runToEnd(['serve'], { ...neo4jEnv(), CURATION_TOKEN: shortToken, PORT: '0' }),
      ]);
      // Failed logins lock the user for a few seconds: wait until Neo4j takes the right password again.
      await waitUntilNeo4jAnswers();
      expect(badPassword.code).not.toBe(0);
      expect(badToken.code).not.toBe(0);
      expect(badToken.output).toMatch(/CURATION_TOKEN must be at least 16 characters \(got \(hidden\)\)/);
      expect(leakedSecrets(badPassword.output, [wrongPassword])).toEqual([]);
      expect(leakedSecrets(badToken.output, [shortToken])).toEqual([]);
      figures.failedStartsChecked = 2;
    });

    it('never appear in the API logs nor in any output the reliability suites captured', async () => {
      const wrongTokens = WRONG.filter((w) => w.length >= 16);
      expect(leakedSecrets(api.output(), wrongTokens)).toEqual([]);
      expect(leakedSecrets(noToken.output(), wrongTokens)).toEqual([]);
      const logs = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.log'));
      for (const file of logs) expect({ file, leaked: leakedSecrets(readFileSync(join(RESULTS_DIR, file), 'utf8')) }).toEqual({ file, leaked: [] });
      figures.capturedOutputsScanned = logs.length + 2;
      figures.apiLogLines = api.output().split('\n').length;
    });
  });

  describe('network exposure', () => {
    it('the local Neo4j and the API listen on loopback only', () => {
      const neo4jPid = Number(readFileSync(join(RELIABILITY_NEO4J.home, 'neo4j.pid'), 'utf8').trim());
      const neo4j = listeningSockets(neo4jPid);
      const apiSockets = listeningSockets(api.pid);
      figures.neo4jListens = neo4j.map((l) => `${l.address}:${l.port}`);
      figures.apiListens = apiSockets.map((l) => `${l.address}:${l.port}`);
      expect(neo4j.map((l) => l.port)).toContain(RELIABILITY_NEO4J.port);
      expect(neo4j.filter((l) => !l.loopback)).toEqual([]);
      expect(apiSockets.length).toBeGreaterThan(0);
      expect(apiSockets.filter((l) => !l.loopback)).toEqual([]);
    });

    it('docker-compose.yml ships no password or token: every secret comes from the environment', () => {
      const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
      const compose = parse(text) as { services: Record<string, { environment?: Record<string, string>; ports?: string[] }> };
      for (const service of Object.values(compose.services)) {
        for (const [name, value] of Object.entries(service.environment ?? {})) {
          if (/PASSWORD|AUTH/.test(name)) expect({ name, value }).toEqual({ name, value: expect.stringMatching(/\$\{NEO4J_PASSWORD:\?[^}]+\}$/) });
          if (/TOKEN/.test(name)) expect({ name, value }).toEqual({ name, value: expect.stringMatching(/^\$\{CURATION_TOKEN(:-)?\}$/) });
        }
        for (const port of service.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
      }
      expect(text).not.toMatch(/NEO4J_PASSWORD:-|neo4j\/(?!\$\{)/);
    });
  });

  it('the API processes stayed up throughout', () => {
    expectHealthyProcess(api);
    expectHealthyProcess(noToken);
  });

  it('SIGTERM drains, closes the driver and exits 0', async () => {
    expect(await noToken.stop()).toEqual({ code: 0, signal: null });
    expect(noToken.output()).toMatch(/"msg":"stopped"/);
  });
});
