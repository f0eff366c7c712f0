import { graphChecksum } from '../../src/db/checksum';
import { apiOverDataset } from '../support/api';
import { testConfig } from '../support/neo4j';
import { dataOf, startTestServer } from '../support/server';

const api = apiOverDataset({ MAX_PAGE_SIZE: '50', MAX_DEPTH: '8', MAX_ALIASES: '10' });
const gql = <T>(query: string, variables?: Record<string, unknown>) => api.server().gql<T>(query, variables);
const codeOf = async (query: string, variables?: Record<string, unknown>) => (await gql(query, variables)).errors?.[0]?.extensions?.code;

describe('bad input gets a clear error with a code', () => {
  it.each([
    ['a page larger than the maximum', '{ companies(first: 51) { totalCount } }', /first must be at most 50/],
    ['a negative page size', '{ companies(first: -1) { totalCount } }', /first must be a non-negative integer/],
    ['a forged cursor', '{ companies(after: "not-a-cursor") { totalCount } }', /after is not a cursor returned by this API/],
    ['a sort naming two fields in one element', '{ companies(sort: [{ name: ASC, id: DESC }]) { totalCount } }', /exactly one field/],
    ['an SDG outside 1..17', '{ sdg(number: 18) { id } }', /between 1 and 17/],
    ['a standard asked by id and code at once', '{ standard(id: "iso-9001", code: "ISO 9001") { id } }', /exactly one of id or code/],
    ['an empty search', '{ search(text: "   ") { score } }', /must not be empty/],
    ['a too long filter string', `{ companies(where: { name: { contains: "${'x'.repeat(600)}" } }) { totalCount } }`, /longer than 500/],
  ])('%s', async (_what, query, message) => {
    const body = await gql(query);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('a cursor from another sort order is refused', async () => {
    const { companies } = dataOf(await gql<{ companies: { pageInfo: { endCursor: string } } }>('{ companies(first: 1, sort: [{ name: ASC }]) { pageInfo { endCursor } } }'));
    const body = await gql('query($a: String) { companies(first: 1, after: $a, sort: [{ founded: DESC }]) { totalCount } }', { a: companies.pageInfo.endCursor });
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/different sort order/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('unknown fields and wrong argument types fail validation with a code', async () => {
    expect(await codeOf('{ company(id: "sensetime") { shoeSize } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await codeOf('{ companies(first: "ten") { totalCount } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await codeOf('{ companies(')).toBe('GRAPHQL_PARSE_FAILED');
    expect(await codeOf('query($n: Int) { companies(first: $n) { totalCount } }', { n: 'many' })).toBe('BAD_USER_INPUT');
  });

  it('Cypher in a string argument is only ever data', async () => {
    const before = await graphChecksum(api.db());
    for (const text of ["x'}) DETACH DELETE n //", '") MATCH (n) DETACH DELETE n RETURN 1 //', '$p0', '\\u0027 OR 1=1', '.*(a+)+$']) {
      const body = await gql(
        'query($t: String!, $id: ID!) { companies(where: { OR: [{ name: { contains: $t } }, { nameZh: { eq: $t } }, { id: { in: [$id] } }] }) { totalCount } search(text: $t) { score } company(id: $id) { id } }',
        { t: text, id: text },
      );
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    expect(await graphChecksum(api.db())).toEqual(before);
  });
});

describe('limits', () => {
  it('refuses queries deeper than MAX_DEPTH with QUERY_TOO_COMPLEX', async () => {
    const deep = '{ company(id: "sensetime") { memberships { alliance { members { edges { node { memberships { alliance { members { edges { node { id } } } } } } } } } } } }';
    const body = await gql(deep);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(/^Query is too complex: Query depth limit of 8 exceeded/);
  });

  it('refuses too many aliases with QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: sdgs { totalCount }`).join(' ');
    expect(await codeOf(`{ ${aliases} }`)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query whose estimated cost is over MAX_COST before asking Neo4j, saying the estimate and the limit', async () => {
    const strict = await startTestServer(testConfig({ MAX_COST: '100' }), api.db());
    try {
      // Variables are priced like literals: the page size of the nested holders comes from $n.
      const query = 'query($n: Int) { standards(first: 50) { edges { node { holders(first: $n) { edges { node { peers { score } } } } } } } }';
      const body = await strict.gql(query, { n: 100 });
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors?.[0]?.message).toMatch(/^Query is too complex: its estimated cost of \d+ db hits is over the limit of 100$/);
      expect(body.errors?.[0]?.extensions).toMatchObject({ maxCost: 100 });
      expect(body.extensions?.neo4jRoundTrips ?? 0).toBe(0);
      const cheap = await strict.gql('{ company(id: "sensetime") { name } }');
      expect(cheap.errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});

describe('the database behind a timeout', () => {
  it('maps a query over the transaction timeout to DATABASE_TIMEOUT without internals', async () => {
    const slow = await startTestServer(testConfig({ QUERY_TIMEOUT_MS: '100' }), api.db());
    try {
      const body = await slow.gql('{ connection(from: "sdg-13", to: "kingsoft-cloud", maxHops: 6, first: 50) { length } a: companies(first: 50) { edges { node { peers { score } } } } }');
      const codes = new Set(body.errors?.map((e) => e.extensions?.code));
      if (codes.size > 0) {
        expect([...codes].every((c) => c === 'DATABASE_TIMEOUT')).toBe(true);
        expect(JSON.stringify(body.errors)).not.toMatch(/Neo4jError|Neo\.|stack/);
      }
    } finally {
      await slow.close();
    }
  });
});
