import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { readOperation } from '../../examples/run';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { fromRoot } from '../../src/paths';
import { createApp, type App } from '../../src/server/app';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { readCases, tckFiles } from '../tck/cases';
import { loadSchema, OperationGenerator } from '../reliability/fuzz/operations';
import { Random } from '../reliability/support/random';

/**
 * The differential test of compiled execution: every example operation, every pinned-Cypher
 * operation and a few hundred generated ones are sent to the app with compiled execution and to the
 * app without it (graphql-js resolving every field), over the same Neo4j and data; the two HTTP
 * responses must be the same text: data, errors (messages, codes, paths, locations) and extensions.
 * It also checks that compiled execution did answer what it covers.
 */

const GENERATED = 300;
const SEED = 12_012;

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const isQuery = (query: string) => {
  const ops = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return ops.length > 0 && ops.every((o) => o.operation === 'query');
};

function examples(): Operation[] {
  const dir = fromRoot('examples', 'operations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: `example ${f}`, ...readOperation(join(dir, f)) }));
}

function pinned(): Operation[] {
  return tckFiles().flatMap((file) => readCases(file).map((c) => ({ name: `tck ${file}: ${c.title}`, query: c.query, variables: c.variables })));
}

function generated(): Operation[] {
  const generator = new OperationGenerator(loadSchema(), new Random(SEED));
  return Array.from({ length: GENERATED }, (_, i) => {
    const op = generator.generate({ root: 'query', strings: 'mixed' });
    return { name: `generated #${i} (${op.field})`, query: op.text, variables: op.variables };
  });
}

/** Error cases written by hand: each path an error takes through the fast path. */
const ERRORS: Operation[] = [
  { name: 'not found, non-null root', query: '{ company(id: "no-such-company") { id name } }', variables: {} },
  { name: 'not found beside a found field', query: '{ a: company(id: "sensetime") { id } b: standard(id: "nope") { id } }', variables: {} },
  { name: 'a bad argument', query: '{ companies(first: -1) { totalCount } }', variables: {} },
  { name: 'a bad cursor', query: '{ companies(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }', variables: {} },
  { name: 'a nullable root field that fails', query: '{ node(id: "sensetime") { id } search(text: "   ") { score } }', variables: {} },
  { name: 'a variable graphql-js refuses', query: 'query Q($n: Int!) { companies(first: $n) { totalCount } }', variables: { n: 'ten' } },
  { name: 'skip and include', query: 'query Q($yes: Boolean!) { company(id: "sensetime") { id name @skip(if: $yes) nameZh @include(if: $yes) } }', variables: { yes: true } },
  { name: 'introspection (graphql-js answers)', query: '{ __schema { queryType { name } } }', variables: {} },
  { name: 'typename at the root', query: '{ __typename t: __typename company(id: "hikvision") { __typename id } }', variables: {} },
];

async function listen(app: App): Promise<string> {
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
}

async function post(url: string, op: Operation): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: op.query, variables: op.variables }) });
  return `${res.status} ${await res.text()}`;
}

describe('compiled execution answers exactly as graphql-js', () => {
  let db: Database;
  let compiledApp: App;
  let plainApp: App;
  let compiledUrl: string;
  let plainUrl: string;
  const paths: string[] = [];

  beforeAll(async () => {
    db = openTestDatabase();
    await loadShippedDataset(db);
    const config = testConfig();
    compiledApp = await createApp(config, db, createLogger('silent'), { onExecution: (path) => paths.push(path) });
    plainApp = await createApp(config, db, createLogger('silent'), { compiledExecution: false });
    compiledUrl = await listen(compiledApp);
    plainUrl = await listen(plainApp);
  });
  afterAll(async () => {
    await compiledApp?.stop();
    await plainApp?.stop();
    await db?.close();
  });

  /** Sends each operation to both apps; returns how many the compiled path answered. */
  async function compare(ops: readonly Operation[]): Promise<number> {
    let compiled = 0;
    const differences: string[] = [];
    for (const op of ops) {
      paths.length = 0;
      const fast = await post(compiledUrl, op);
      if (paths.includes('compiled')) compiled++;
      const plain = await post(plainUrl, op);
      if (fast !== plain) differences.push(`${op.name}\n  query: ${op.query}\n  variables: ${JSON.stringify(op.variables)}\n  compiled: ${fast.slice(0, 600)}\n  graphql-js: ${plain.slice(0, 600)}`);
    }
    expect(differences).toEqual([]);
    return compiled;
  }

  it('on every example operation (queries)', async () => {
    const ops = examples().filter((o) => isQuery(o.query));
    expect(ops.length).toBeGreaterThanOrEqual(15);
    // Every example query is covered: all of them are answered by the compiled path.
    expect(await compare(ops)).toBe(ops.length);
  });

  it('on every pinned-Cypher operation (queries)', async () => {
    const ops = pinned().filter((o) => isQuery(o.query));
    expect(ops.length).toBeGreaterThanOrEqual(40);
    expect(await compare(ops)).toBe(ops.length);
  });

  it(`on ${GENERATED} operations generated from the schema`, async () => {
    const ops = generated();
    const compiled = await compare(ops);
    // Generated operations include introspection-free queries of every root field; most are covered.
    expect(compiled).toBeGreaterThan(GENERATED / 2);
  }, 300_000);

  it('on errors: codes, messages, paths, locations, nulls', async () => {
    await compare(ERRORS);
  });
});
