import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { encodeCursor } from '../../src/graphql/compile/paging';
import { fulltextQuery } from '../../src/graphql/resolvers/search';

/**
 * The floor: each query of the mix as hand-written Cypher, returning the JSON esg-graph returns for
 * it (`{ data: ... }`), with no GraphQL layer at all. What a GraphQL server could at best approach.
 */
type Variables = Record<string, unknown>;
type Row = Record<string, unknown>;

async function read(driver: Driver, cypher: string, params: Variables, timeoutMs: number): Promise<Row[]> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params), { timeout: timeoutMs });
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

const evidence = (r: string) =>
  `[i IN range(0, size(coalesce(${r}.evidenceLines, [])) - 1) | {report: {id: ${r}.evidenceReports[i]}, line: ${r}.evidenceLines[i], quote: ${r}.evidenceQuotes[i]}]`;

const COMPANY_NESTED = `
MATCH (c:Company {id: $id})
RETURN c {
  .id, .name, .nameZh, tickers: coalesce(c.tickers, []),
  certifications: COLLECT {
    MATCH (c)-[r:HOLDS_CERTIFICATION]->(s:Standard)
    RETURN {standard: s {.id, .code}, version: r.version, holder: r.holder, holderKind: coalesce(r.holderKind, 'GROUP'), year: r.year, evidence: ${evidence('r')}}
    ORDER BY s.code, r.holderKind, coalesce(r.holder, ''), coalesce(r.report, '')
  },
  memberships: COLLECT {
    MATCH (c)-[r:MEMBER_OF]->(a:Alliance)
    RETURN {alliance: a {.id, .name, .kind}, role: r.role, since: r.since, evidence: ${evidence('r')}}
    ORDER BY a.name, r.role, coalesce(r.report, '')
  },
  programmes: COLLECT {
    MATCH (c)-[:RUNS]->(p:Programme)
    WITH DISTINCT p ORDER BY p.name, p.id
    RETURN p {.id, .name, .kind, .startYear, evidence: reduce(acc = [], run IN COLLECT { MATCH (:Company)-[run:RUNS]->(p) RETURN run ORDER BY run.report } | acc + ${evidence('run')})}
  }
} AS company`;

const STANDARD_HOLDERS = `
MATCH (s:Standard {id: $id})
RETURN s {
  .id, .code,
  total: COUNT { MATCH (co:Company)-[:HOLDS_CERTIFICATION]->(s) RETURN DISTINCT co },
  rows: COLLECT {
    MATCH (co:Company)-[:HOLDS_CERTIFICATION]->(s)
    WITH DISTINCT co ORDER BY co.name, co.id LIMIT $first + 1
    RETURN {
      key: [co.name, co.id],
      node: co {.id, .name},
      holdings: COLLECT {
        MATCH (co)-[h:HOLDS_CERTIFICATION]->(s)
        RETURN {holderKind: coalesce(h.holderKind, 'GROUP'), holder: h.holder, version: h.version, year: h.year}
        ORDER BY h.holderKind, coalesce(h.holder, ''), coalesce(h.report, '')
      }
    }
  }
} AS standard`;

const HOLDS_ALL = `
MATCH (:Standard {id: $ids[0]})<-[:HOLDS_CERTIFICATION]-(co:Company)
WITH DISTINCT co
WHERE all(sid IN $ids[1..] WHERE EXISTS { (co)-[:HOLDS_CERTIFICATION]->(:Standard {id: sid}) })
WITH co ORDER BY co.name, co.id
WITH collect(co {.id, .name}) AS matching
RETURN size(matching) AS total, matching[0..$first] AS page`;

const PEERS = `
MATCH (me:Company {id: $id})
CALL (me) {
  MATCH (me)-[:HOLDS_CERTIFICATION]->(x:Standard)<-[:HOLDS_CERTIFICATION]-(other:Company) WHERE other <> me
  RETURN DISTINCT other, x, 'STANDARDS' AS dimension
  UNION
  MATCH (me)-[:MEMBER_OF]->(x:Alliance)<-[:MEMBER_OF]-(other:Company) WHERE other <> me
  RETURN DISTINCT other, x, 'ALLIANCES' AS dimension
}
WITH me, other, dimension, coalesce(x.code, x.name) AS name ORDER BY dimension, name
WITH me, other, sum(3) AS score, collect({dimension: dimension, name: name}) AS shared
ORDER BY score DESC, other.name ASC LIMIT $first
RETURN me.id AS id, collect({score: score, company: other {.id, .name}, shared: shared}) AS peers`;

const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score ORDER BY score DESC, node.id LIMIT $first
RETURN {score: score, node: CASE
  WHEN node:Standard THEN {__typename: 'Standard', id: node.id, code: node.code}
  WHEN node:Report THEN {__typename: 'Report', id: node.id, title: node.title}
  WHEN node:Metric THEN {__typename: 'Metric', id: node.id, label: node.label}
  WHEN node:SDG THEN {__typename: 'SDG', id: node.id, title: node.title}
  ELSE {__typename: [l IN labels(node) WHERE l <> 'Entity'][0], id: node.id, name: node.name}
END} AS hit`;

const DEEP = `
MATCH (c:Company {id: $id})
RETURN c {
  .id,
  memberships: COLLECT {
    MATCH (c)-[r:MEMBER_OF]->(a:Alliance)
    RETURN {role: r.role, alliance: a {.id, .name, members: {edges: COLLECT {
      MATCH (m:Company)-[:MEMBER_OF]->(a)
      WITH DISTINCT m ORDER BY m.name, m.id LIMIT $first
      RETURN {node: m {.id, .name, certifications: COLLECT {
        MATCH (m)-[h:HOLDS_CERTIFICATION]->(s:Standard)
        RETURN {standard: s {.id, .code}} ORDER BY s.code, h.holderKind, coalesce(h.holder, ''), coalesce(h.report, '')
      }}}
    }}}}
    ORDER BY a.name, r.role, coalesce(r.report, '')
  }
} AS company`;

const LIST_PAGE = `
MATCH (co:Company) WHERE co.industry CONTAINS $text
WITH co ORDER BY co.name, co.id
WITH collect(co) AS matching
RETURN size(matching) AS total, [co IN matching[0..$first] | co {.id, .name, .nameZh, tickers: coalesce(co.tickers, []), .industry, .founded}] AS page`;

const int = (v: unknown) => neo4j.int(Number(v));

/** One query of the floor: its statement, its parameters from the request's variables, and the data from its rows. */
export interface FloorQuery {
  cypher: string;
  params(v: Variables): Variables;
  toData(rows: Row[], v: Variables): unknown;
}

export const floorQueries: Record<string, FloorQuery> = {
  'company-nested': {
    cypher: COMPANY_NESTED,
    params: (v) => ({ id: v.id }),
    toData: (rows) => ({ company: rows[0]?.company ?? null }),
  },
  'standard-holders': {
    cypher: STANDARD_HOLDERS,
    params: (v) => ({ id: v.id, first: int(v.first) }),
    toData: (rows, v) => {
      const first = Number(v.first);
      const s = rows[0]?.standard as { id: string; code: string; total: number; rows: { key: unknown[]; node: Row; holdings: Row[] }[] } | undefined;
      if (!s) return { standard: null };
      return {
        standard: {
          id: s.id,
          code: s.code,
          holders: {
            totalCount: s.total,
            pageInfo: { hasNextPage: s.rows.length > first },
            edges: s.rows.slice(0, first).map((r) => ({ cursor: encodeCursor('name:ASC,id:ASC', r.key), node: r.node, holdings: r.holdings })),
          },
        },
      };
    },
  },
  'holds-all-three': {
    cypher: HOLDS_ALL,
    params: (v) => ({ ids: v.ids, first: int(v.first) }),
    toData: (rows) => ({ companies: { totalCount: rows[0]!.total, edges: (rows[0]!.page as Row[]).map((node) => ({ node })) } }),
  },
  peers: {
    cypher: PEERS,
    params: (v) => ({ id: v.id, first: int(v.first) }),
    toData: (rows) => ({ company: rows[0] ? { id: rows[0].id, peers: rows[0].peers } : null }),
  },
  'search-zh': {
    cypher: SEARCH,
    params: (v) => ({ query: fulltextQuery(String(v.text).trim()), first: int(v.first) }),
    toData: (rows) => ({ search: rows.map((r) => r.hit) }),
  },
  'deep-traversal': {
    cypher: DEEP,
    params: (v) => ({ id: v.id, first: int(v.first) }),
    toData: (rows) => ({ company: rows[0]?.company ?? null }),
  },
  'list-page': {
    cypher: LIST_PAGE,
    params: (v) => ({ text: v.text, first: int(v.first) }),
    toData: (rows) => ({ companies: { totalCount: rows[0]!.total, edges: (rows[0]!.page as Row[]).map((node) => ({ node })) } }),
  },
};

/** Runs a floor query: one read transaction, then the data in esg-graph's shape. */
export async function runFloorQuery(driver: Driver, query: FloorQuery, variables: Variables, timeoutMs: number): Promise<unknown> {
  return query.toData(await read(driver, query.cypher, query.params(variables), timeoutMs), variables);
}
