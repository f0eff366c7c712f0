import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { encodeCursor } from '../../src/graphql/compile/paging';
import { fulltextQuery } from '../../src/graphql/resolvers/search';
import { chosenCypher } from './statements';

/**
 * The floor: each query of the mix as hand-written Cypher (the cheapest of the alternatives in
 * `statements.ts`), returning the JSON esg-graph returns for it (`{ data: ... }`), with no GraphQL
 * layer at all. What a GraphQL server could at best approach.
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

const int = (v: unknown) => neo4j.int(Number(v));

/** One query of the floor: its statement, its parameters from the request's variables, and the data from its rows. */
export interface FloorQuery {
  cypher: string;
  params(v: Variables): Variables;
  toData(rows: Row[], v: Variables): unknown;
}

export const floorQueries: Record<string, FloorQuery> = {
  'company-nested': {
    cypher: chosenCypher('company-nested'),
    params: (v) => ({ id: v.id }),
    toData: (rows) => ({ company: rows[0]?.company ?? null }),
  },
  'standard-holders': {
    cypher: chosenCypher('standard-holders'),
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
    cypher: chosenCypher('holds-all-three'),
    params: (v) => ({ ids: v.ids, first: int(v.first) }),
    toData: (rows) => ({ companies: { totalCount: rows[0]!.total, edges: (rows[0]!.page as Row[]).map((node) => ({ node })) } }),
  },
  peers: {
    cypher: chosenCypher('peers'),
    params: (v) => ({ id: v.id, first: int(v.first) }),
    toData: (rows) => ({ company: rows[0] ? { id: rows[0].id, peers: rows[0].peers } : null }),
  },
  'search-zh': {
    cypher: chosenCypher('search-zh'),
    params: (v) => ({ query: fulltextQuery(String(v.text).trim()), first: int(v.first) }),
    toData: (rows) => ({ search: rows.map((r) => r.hit) }),
  },
  'deep-traversal': {
    cypher: chosenCypher('deep-traversal'),
    params: (v) => ({ id: v.id, first: int(v.first) }),
    toData: (rows) => ({ company: rows[0]?.company ?? null }),
  },
  'list-page': {
    cypher: chosenCypher('list-page'),
    params: (v) => ({ text: v.text, first: int(v.first) }),
    toData: (rows) => ({ companies: { totalCount: rows[0]!.total, edges: (rows[0]!.page as Row[]).map((node) => ({ node })) } }),
  },
};

/** Runs a floor query (its chosen statement, or another with the same columns): one read transaction, then the data in esg-graph's shape. */
export async function runFloorQuery(driver: Driver, query: FloorQuery, variables: Variables, timeoutMs: number, cypher = query.cypher): Promise<unknown> {
  return query.toData(await read(driver, cypher, query.params(variables), timeoutMs), variables);
}
