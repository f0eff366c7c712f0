import { getNamedType, isInputObjectType, type GraphQLSchema } from 'graphql';
import { model } from '../../../src/model/registry';
import type { Random } from '../support/random';
import type { OperationGenerator, Operation } from './operations';
import { INJECTIONS, KNOWN_IDS } from './values';

/** One HTTP request of the fuzzer and what any answer to it must satisfy beyond the universal checks. */
export interface FuzzCase {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Codes an answer may carry (data without errors is always acceptable unless `mustFail`). */
  allowed: readonly string[];
  mustFail?: boolean;
  /** HTTP statuses the answer must have, when the kind decides it. */
  statuses?: readonly number[];
  /** The answer has no body (HEAD, a CORS preflight): its status alone says what happened. */
  bodiless?: boolean;
}

export const WRONG_TOKENS = ['wrong-token-for-reliability-0000000', 'reliability-curation-token-012345678', 'Bearer', ''];

const JSON_TYPE = { 'content-type': 'application/json' };
const DATA_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'DATABASE_TIMEOUT'];
const ANY_CODE = [
  ...DATA_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
];

const post = (kind: string, payload: unknown, allowed: readonly string[], extra: Partial<FuzzCase> = {}): FuzzCase => ({
  kind,
  method: 'POST',
  path: '/graphql',
  headers: JSON_TYPE,
  body: Buffer.from(JSON.stringify(payload)),
  allowed,
  ...extra,
});

const postOperation = (kind: string, op: Operation, allowed: readonly string[], extra: Partial<FuzzCase> = {}) =>
  post(kind, { query: op.text, variables: op.variables }, allowed, extra);

/** Random edits that usually break the syntax: deletions, stray punctuation, duplication, truncation. */
function garble(random: Random, text: string): string {
  let out = text;
  for (let edits = random.int(1, 3); edits > 0; edits--) {
    const at = random.int(0, Math.max(0, out.length - 1));
    switch (random.int(0, 3)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + random.int(1, 5));
        break;
      case 1:
        out = out.slice(0, at) + random.pick(['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '"', '#', '\\', '...', '=']) + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at, at + random.int(1, 30)).repeat(2) + out.slice(at);
        break;
      default:
        out = out.slice(0, at);
    }
  }
  return out;
}

/** company → memberships → alliance → members → edges → node → memberships … as deep as asked. */
function deepSelection(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `memberships { alliance { ${inner} } }` : `members { edges { node { ${inner} } } }`;
  return `{ company(id: "sensetime") { ${inner} } }`;
}

function nestedFilter(levels: number): Record<string, unknown> {
  let where: Record<string, unknown> = { name: { contains: 'a' } };
  for (let i = 0; i < levels; i++) where = i % 3 === 0 ? { NOT: where } : i % 3 === 1 ? { AND: [where, { id: { eq: 'x' } }] } : { OR: [where] };
  return where;
}

/** Bytes that are not UTF-8: a lone continuation byte, an overlong form, a CESU-8 surrogate, 0xFF. */
const BAD_UTF8 = [Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0x80, 0x80]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80])];

/** The root list of every entity type the API exposes (`companies`, `recognitions`...), from the model's declarations. */
const ROOT_LISTS = model().apiEntities.flatMap((e) => (e.root?.list ? [{ label: e.label, field: e.root.list.field }] : []));

/** Every string filter of every entity, OR-ed per entity (read from its `…Where` input), and the fulltext search. */
function stringFilterSelections(schema: GraphQLSchema): string[] {
  return ROOT_LISTS.flatMap(({ label, field }) => {
    const where = schema.getType(`${label}Where`);
    const strings = isInputObjectType(where) ? Object.values(where.getFields()).filter((f) => getNamedType(f.type).name === 'StringFilter') : [];
    return strings.length === 0 ? [] : [`${field}(where: { OR: [${strings.map((f) => `{ ${f.name}: $f }`).join(', ')}] }) { totalCount } search(text: $t) { score }`];
  });
}

/** Origins a browser may send in a CORS preflight: a local web app, a foreign site, none (a bare OPTIONS). */
const PREFLIGHT_ORIGINS = ['http://localhost:5173', 'https://evil.example', undefined];

/** Every kind of case and how it is built. */
export function caseBuilders(random: Random, generator: OperationGenerator, tenMegabytes: Buffer): Record<string, () => FuzzCase> {
  const query = (strings: 'mixed' | 'injection' | 'regex' = 'mixed') => generator.generate({ root: 'query', strings });
  const stringFilters = stringFilterSelections(generator.schema);
  return {
    valid: () => postOperation('valid', query(), DATA_CODES),
    injection: () => postOperation('injection', query('injection'), DATA_CODES),
    'regex-bomb': () => postOperation('regex-bomb', query('regex'), DATA_CODES),
    'string-filters': () => {
      // One entity per request, every string field of it under all five operators: a cold plan of
      // such a filter costs about a second, so ten of them in one request would only measure planning.
      const text = random.pick([...INJECTIONS, '(a+)+$', `${'a'.repeat(60)}!`]);
      const f = { eq: text, contains: text, startsWith: text, endsWith: text, in: [text] };
      const selection = random.pick(stringFilters);
      return post('string-filters', { query: `query($f: StringFilter, $t: String!) { ${selection} }`, variables: { f, t: text } }, DATA_CODES);
    },
    negative: () => postOperation('negative', generator.generate({ root: 'query', strings: 'mixed', negativeInts: true }), DATA_CODES),
    'huge-first': () => {
      const n = random.pick([101, 1000, 1_000_000, 2_147_483_647]);
      const field = random.pick(ROOT_LISTS).field;
      return random.chance(0.5)
        ? post('huge-first', { query: `{ ${field}(first: ${n}) { totalCount edges { node { id } } } }` }, ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'], { mustFail: true })
        : post('huge-first', { query: `query($n: Int) { search(text: "iso", first: $n) { score } a: ${field}(first: $n) { totalCount } }`, variables: { n } }, ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'], { mustFail: true });
    },
    'int-overflow': () =>
      post('int-overflow', { query: `{ companies(first: ${random.pick(['2147483648', '99999999999999', '1e3', '-2147483649'])}) { totalCount } }` }, ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX'], {
        mustFail: true,
        statuses: [400],
      }),
    syntax: () => {
      const op = query();
      return post('syntax', { query: garble(random, op.text), variables: op.variables }, ANY_CODE);
    },
    'unknown-field': () => {
      const op = query();
      const at = op.text.lastIndexOf('{') + 1;
      const text = random.chance(0.5) ? `${op.text.slice(0, at)} noSuchField${random.int(0, 99)} ${op.text.slice(at)}` : op.text.replace('{', '{ bogus(x: 1) ');
      return post('unknown-field', { query: text, variables: op.variables }, ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX'], { mustFail: true, statuses: [400] });
    },
    'deep-query': () => post('deep-query', { query: deepSelection(random.int(13, 60)) }, ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED'], { mustFail: true, statuses: [400] }),
    'deep-brackets': () => {
      const n = random.pick([100, 1_000, 10_000, 100_000]);
      const text = random.chance(0.5) ? `${'{a'.repeat(n)}${'}'.repeat(n)}` : `{ companies(where: {id: {in: ${'['.repeat(n)}${']'.repeat(n)}}}) { totalCount } }`;
      return post('deep-brackets', { query: text }, ['QUERY_TOO_COMPLEX'], { mustFail: true, statuses: [400] });
    },
    'deep-variables': () => {
      const query = 'query($w: CompanyWhere) { companies(where: $w) { totalCount } }';
      // Filters within the nesting limit may still be slow to plan: bounded by the query timeout.
      if (random.chance(0.6)) {
        return post('deep-variables', { query, variables: { w: nestedFilter(random.pick([5, 15, 40, 100, 1_000])) } }, ['QUERY_TOO_COMPLEX', 'BAD_USER_INPUT', 'DATABASE_TIMEOUT']);
      }
      // Written as text: too deep for JSON.stringify on this side. The deepest is over the body limit.
      const levels = random.pick([1_000, 20_000, 200_000]);
      const body = `{"query":${JSON.stringify(query)},"variables":{"w":${'{"NOT":'.repeat(levels)}{}${'}'.repeat(levels)}}}`;
      return { kind: 'deep-variables', method: 'POST', path: '/graphql', headers: JSON_TYPE, body: Buffer.from(body), allowed: ['QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE'], mustFail: true, statuses: [400, 413] };
    },
    aliases: () => {
      const count = random.pick([31, 100, 1_000]);
      const field = random.pick(['__typename', 'sdg(number: 1) { id }', 'companies { totalCount }', 'search(text: "iso") { score }']);
      const text = `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
      // The alias limit leaves __typename alone (it never reaches the database); the token limit still holds.
      return field === '__typename'
        ? post('aliases', { query: text }, ['QUERY_TOO_COMPLEX'])
        : post('aliases', { query: text }, ['QUERY_TOO_COMPLEX'], { mustFail: true, statuses: [400] });
    },
    'many-tokens': () => post('many-tokens', { query: `{ ${'__typename '.repeat(random.int(5_001, 60_000))}}` }, ['QUERY_TOO_COMPLEX'], { mustFail: true, statuses: [400] }),
    'invalid-utf8': () => {
      const bad = random.pick(BAD_UTF8);
      const body = random.chance(0.5)
        ? Buffer.concat([Buffer.from('{"query":"{ search(text: \\"iso'), bad, Buffer.from('\\") { score } }"}')])
        : Buffer.concat([Buffer.from('{"query":"query($t: String!) { companies(where: {name: {contains: $t}}) { totalCount } }","variables":{"t":"'), bad, Buffer.from('"}}')]);
      return { kind: 'invalid-utf8', method: 'POST', path: '/graphql', headers: JSON_TYPE, body, allowed: ANY_CODE };
    },
    'huge-body': () => ({
      kind: 'huge-body',
      method: 'POST',
      path: '/graphql',
      headers: JSON_TYPE,
      body: tenMegabytes,
      allowed: ['PAYLOAD_TOO_LARGE'],
      mustFail: true,
      statuses: [413],
    }),
    'content-type': () => {
      const type = random.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/graphql', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'image/png', '']);
      const body = Buffer.from(JSON.stringify({ query: '{ companies { totalCount } }' }));
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      return { kind: 'content-type', method: 'POST', path: '/graphql', headers, body, allowed: ['BAD_REQUEST'], mustFail: true, statuses: [400, 415] };
    },
    'get-mutation': () => {
      const op = generator.generate({ root: 'mutation', strings: 'mixed' });
      const preflight = random.chance(0.5);
      const headers: Record<string, string> = preflight ? { 'apollo-require-preflight': 'true', authorization: `Bearer ${random.pick(WRONG_TOKENS)}` } : {};
      return {
        kind: 'get-mutation',
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent(op.text)}&variables=${encodeURIComponent(JSON.stringify(op.variables))}`,
        headers,
        allowed: ['BAD_REQUEST'],
        mustFail: true,
        statuses: preflight ? [405] : [400],
      };
    },
    'get-query': () => {
      const op = query();
      return { kind: 'get-query', method: 'GET', path: `/graphql?query=${encodeURIComponent(op.text)}&variables=${encodeURIComponent(JSON.stringify(op.variables))}`, headers: { 'apollo-require-preflight': 'true' }, allowed: [...DATA_CODES, 'BAD_REQUEST'] };
    },
    'bad-json': () => {
      const body = random.pick([
        '{"query": ',
        '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
        '{"query": 5}',
        '{"query": null}',
        '{}',
        '"{ __typename }"',
        '42',
        'null',
        '',
        '{"query":"{ __typename }","variables":"{}"}',
        '{"query":"{ __typename }","operationName":7}',
        '{"query":"{ __typename }","extensions":"x"}',
        '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}',
        '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}',
        '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":2,"sha256Hash":"00"}}}',
        '{"query":"query A { __typename } query B { __typename }"}',
        '{"query":"query A { __typename }","operationName":"B"}',
        '{"query":"{ __typename }","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        '{"query":"{ __typename }", "query":"{ company(id: \\"x\\") { id } }"}',
      ]);
      return { kind: 'bad-json', method: 'POST', path: '/graphql', headers: JSON_TYPE, body: Buffer.from(body), allowed: ANY_CODE };
    },
    'bad-variables': () => {
      const [text, variables] = random.pick<[string, unknown]>([
        ['query($n: Int) { companies(first: $n) { totalCount } }', { n: 'ten' }],
        ['query($n: Int) { companies(first: $n) { totalCount } }', { n: 1.5 }],
        ['query($n: Int) { companies(first: $n) { totalCount } }', { n: 2 ** 40 }],
        ['query($id: ID!) { company(id: $id) { id } }', {}],
        ['query($id: ID!) { company(id: $id) { id } }', { id: { $ne: null } }],
        ['query($id: ID!) { company(id: $id) { id } }', { id: ['sensetime'] }],
        ['query($w: CompanyWhere) { companies(where: $w) { totalCount } }', { w: { nosuch: 1 } }],
        ['query($w: CompanyWhere) { companies(where: $w) { totalCount } }', { w: { name: { regex: '.*' } } }],
        ['query($k: [PeerDimension!]) { company(id: "sensetime") { peers(by: $k) { score } } }', { k: ['EVERYTHING'] }],
        ['query($t: String!) { search(text: $t) { score } }', { t: null }],
      ]);
      return post('bad-variables', { query: text, variables }, ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'], { mustFail: true, statuses: [400] });
    },
    introspection: () =>
      post('introspection', { query: random.pick(['{ __schema { types { name } } }', '{ __type(name: "Company") { fields { name } } }', 'query { a: __schema { queryType { name } } }']) }, ['GRAPHQL_VALIDATION_FAILED'], {
        mustFail: true,
        statuses: [400],
      }),
    // A mutation over the cost limit is refused before authentication is even looked at.
    'mutation-no-token': () => postOperation('mutation-no-token', generator.generate({ root: 'mutation', strings: 'mixed' }), ['UNAUTHENTICATED', 'QUERY_TOO_COMPLEX'], { mustFail: true }),
    'mutation-wrong-token': () => {
      const op = generator.generate({ root: 'mutation', strings: random.pick(['mixed', 'injection'] as const) });
      const header = random.pick([`Bearer ${random.pick(WRONG_TOKENS)}`, `Basic ${Buffer.from('neo4j:neo4j').toString('base64')}`, `bearer  ${random.pick(WRONG_TOKENS)} x`, `Bearer ${'t'.repeat(4000)}`]);
      return postOperation('mutation-wrong-token', op, ['UNAUTHENTICATED', 'QUERY_TOO_COMPLEX'], { mustFail: true, headers: { ...JSON_TYPE, authorization: header } });
    },
    method: () => {
      const method = random.pick(['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
      if (method === 'OPTIONS') {
        // A CORS preflight (src/server/cors.ts): answered 204 without a body, whatever the origin;
        // whether the origin may go on is in the headers, not in a GraphQL error.
        const origin = random.pick(PREFLIGHT_ORIGINS);
        const headers: Record<string, string> = origin ? { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } : {};
        return { kind: 'method', method, path: '/graphql', headers, allowed: [], statuses: [204], bodiless: true };
      }
      // GraphQL is served over GET and POST only (405, with Allow); an answer to HEAD has no body.
      if (method === 'HEAD') return { kind: 'method', method, path: '/graphql', headers: JSON_TYPE, allowed: ['BAD_REQUEST'], mustFail: true, statuses: [405], bodiless: true };
      return { kind: 'method', method, path: '/graphql', headers: JSON_TYPE, body: Buffer.from('{"query":"{ __typename }"}'), allowed: ['BAD_REQUEST'], mustFail: true, statuses: [405] };
    },
    'node-ids': () => post('node-ids', { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }', variables: { ids: Array.from({ length: random.int(0, 1_500) }, () => random.pick([...KNOWN_IDS, ...INJECTIONS])) } }, DATA_CODES),
  };
}

/** How often each kind comes up (relative weights); huge bodies are scheduled apart (they are 10 MB each). */
export const KIND_WEIGHTS: Record<string, number> = {
  // Reach Neo4j (about a sixth of the cases: each new random shape is a statement Neo4j plans afresh).
  valid: 7,
  injection: 2,
  'regex-bomb': 2,
  'string-filters': 1,
  negative: 1,
  'get-query': 1,
  'node-ids': 1,
  // Refused before any database work.
  'huge-first': 3,
  'int-overflow': 2,
  syntax: 8,
  'unknown-field': 4,
  'deep-query': 3,
  'deep-brackets': 3,
  'deep-variables': 3,
  aliases: 3,
  'many-tokens': 1,
  'invalid-utf8': 3,
  'content-type': 4,
  'get-mutation': 3,
  'bad-json': 5,
  'bad-variables': 4,
  introspection: 2,
  'mutation-no-token': 5,
  'mutation-wrong-token': 5,
  method: 2,
};
