import { fulltextQuery } from '../src/graphql/resolvers/search';

/**
 * The query mix, each query written three ways: for esg-graph, for the peer (@neo4j/graphql 7) and
 * for the floor (variables for its hand-written Cypher). Before timing, the harness checks that the
 * three give the same answer: `peerToEsgGraph` turns the peer's response into esg-graph's shape (the
 * peer returns evidence as the stored parallel lists, connections per relationship, and so on).
 */

type Json = Record<string, unknown>;

export interface GraphQLRequest {
  query: string;
  variables: Json;
}

/** Which targets a query is held to. */
export type QueryKind = 'lookup' | 'connection' | 'nested' | 'cross-company' | 'search' | 'list';

export interface BenchQuery {
  name: string;
  description: string;
  kinds: QueryKind[];
  /** The answer grows with the graph (more members per alliance), so its latency may too. */
  answerGrows?: boolean;
  esgGraph: GraphQLRequest;
  peer: GraphQLRequest;
  /** Name of `peer` among the peer's ways of asking (default: "default"). */
  peerName?: string;
  floor: Json;
  /** The peer's `data` in the shape of esg-graph's `data`. */
  peerToEsgGraph(data: Json): Json;
  /** Other ways a @neo4j/graphql user would ask the same; each is measured, the targets use the strongest. */
  peerAlternatives?: PeerVariant[];
  /** Fields the peer cannot give the same way (opaque cursors), removed from both sides before comparing with it. */
  withoutPeerOpaque?(data: Json): Json;
}

/** One way of asking the peer a query, and its answer in esg-graph's shape. */
export interface PeerVariant {
  name: string;
  request: GraphQLRequest;
  toEsgGraph(data: Json): Json;
}

/** Every way the peer is asked a query, the main one first. */
export function peerVariants(query: BenchQuery): PeerVariant[] {
  return [{ name: query.peerName ?? 'default', request: query.peer, toEsgGraph: query.peerToEsgGraph }, ...(query.peerAlternatives ?? [])];
}

const ids = {
  lookupCompany: 'hikvision',
  peersCompany: 'hikvision',
  deepCompany: 'sensetime',
  standard: 'iso-iec-27001',
  threeStandards: ['iso-iec-27001', 'iso-14001', 'iso-9001'],
};

interface StoredEvidence {
  evidenceReports?: string[] | null;
  evidenceLines?: number[] | null;
  evidenceQuotes?: string[] | null;
}

/** Evidence as esg-graph returns it, from the parallel lists stored on a relationship. */
function zipEvidence(p: StoredEvidence) {
  return (p.evidenceLines ?? []).map((line, i) => ({ report: { id: p.evidenceReports?.[i] }, line, quote: p.evidenceQuotes?.[i] }));
}

const EVIDENCE_FIELDS = 'evidenceReports evidenceLines evidenceQuotes';
const list = <T>(v: unknown) => (v ?? []) as T[];

export const QUERIES: BenchQuery[] = [
  {
    name: 'company-nested',
    description: 'company by id with certifications, memberships and programmes, all with evidence',
    kinds: ['lookup', 'nested'],
    esgGraph: {
      query: `query CompanyNested($id: ID!) {
        company(id: $id) {
          id name nameZh tickers
          certifications { standard { id code } version holder holderKind year evidence { report { id } line quote } }
          memberships { alliance { id name kind } role since evidence { report { id } line quote } }
          programmes { id name kind startYear evidence { report { id } line quote } }
        }
      }`,
      variables: { id: ids.lookupCompany },
    },
    peer: {
      query: `query CompanyNested($id: ID!) {
        companies(where: { id: { eq: $id } }) {
          id name nameZh tickers
          certificationsConnection(sort: [{ node: { code: ASC } }]) {
            edges { node { id code } properties { version holder holderKind year ${EVIDENCE_FIELDS} } }
          }
          membershipsConnection(sort: [{ node: { name: ASC } }]) {
            edges { node { id name kind } properties { role since ${EVIDENCE_FIELDS} } }
          }
          programmes(sort: [{ name: ASC }, { id: ASC }]) {
            id name kind startYear
            runByConnection(sort: [{ edge: { report: ASC } }]) { edges { properties { ${EVIDENCE_FIELDS} } } }
          }
        }
      }`,
      variables: { id: ids.lookupCompany },
    },
    floor: { id: ids.lookupCompany },
    peerToEsgGraph: (data) => {
      const c = list<Json>(data.companies)[0];
      if (!c) return { company: null };
      type Edge = { node: Json; properties: Json & StoredEvidence };
      return {
        company: {
          id: c.id,
          name: c.name,
          nameZh: c.nameZh,
          tickers: c.tickers ?? [],
          certifications: list<Edge>((c.certificationsConnection as Json).edges).map((e) => ({
            standard: e.node,
            version: e.properties.version,
            holder: e.properties.holder,
            holderKind: e.properties.holderKind ?? 'GROUP',
            year: e.properties.year,
            evidence: zipEvidence(e.properties),
          })),
          memberships: list<Edge>((c.membershipsConnection as Json).edges).map((e) => ({
            alliance: e.node,
            role: e.properties.role,
            since: e.properties.since,
            evidence: zipEvidence(e.properties),
          })),
          programmes: list<Json>(c.programmes).map((p) => ({
            id: p.id,
            name: p.name,
            kind: p.kind,
            startYear: p.startYear,
            evidence: list<Edge>((p.runByConnection as Json).edges).flatMap((e) => zipEvidence(e.properties)),
          })),
        },
      };
    },
  },
  {
    name: 'standard-holders',
    description: "a standard's holders connection: first page of 50 companies with their holdings and totalCount",
    kinds: ['connection', 'nested'],
    esgGraph: {
      query: `query StandardHolders($id: ID!, $first: Int!) {
        standard(id: $id) {
          id code
          holders(first: $first) {
            totalCount pageInfo { hasNextPage }
            edges { cursor node { id name } holdings { holderKind holder version year } }
          }
        }
      }`,
      variables: { id: ids.standard, first: 50 },
    },
    peer: {
      query: `query StandardHolders($id: ID!, $first: Int!) {
        standards(where: { id: { eq: $id } }) { id code }
        companiesConnection(first: $first, sort: [{ name: ASC }, { id: ASC }], where: { certifications: { some: { id: { eq: $id } } } }) {
          totalCount pageInfo { hasNextPage }
          edges { node { id name certificationsConnection(where: { node: { id: { eq: $id } } }) { edges { properties { holderKind holder version year } } } } }
        }
      }`,
      variables: { id: ids.standard, first: 50 },
    },
    peerName: 'root-filter',
    floor: { id: ids.standard, first: 50 },
    peerToEsgGraph: (data) => {
      const s = list<Json>(data.standards)[0];
      const conn = data.companiesConnection as { totalCount: number; pageInfo: Json; edges: { node: Json }[] };
      return {
        standard: s && {
          id: s.id,
          code: s.code,
          holders: {
            totalCount: conn.totalCount,
            pageInfo: { hasNextPage: conn.pageInfo.hasNextPage },
            edges: conn.edges.map((e) => ({
              node: { id: e.node.id, name: e.node.name },
              holdings: list<{ properties: Json }>((e.node.certificationsConnection as Json).edges).map((h) => ({
                ...h.properties,
                holderKind: h.properties.holderKind ?? 'GROUP',
              })),
            })),
          },
        },
      };
    },
    peerAlternatives: [
      {
        // What a @neo4j/graphql user would write from the standard: its holders as a relationship
        // connection, one edge per holding. Equal to esg-graph's page (one edge per company) as long
        // as no company on the page holds the standard twice, which the equivalence check confirms.
        name: 'holders-connection',
        request: {
          query: `query StandardHolders($id: ID!, $first: Int!) {
            standards(where: { id: { eq: $id } }) {
              id code
              holdersConnection(first: $first, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
                totalCount pageInfo { hasNextPage }
                edges { node { id name } properties { holderKind holder version year } }
              }
            }
          }`,
          variables: { id: ids.standard, first: 50 },
        },
        toEsgGraph: (data) => {
          const s = list<Json>(data.standards)[0];
          if (!s) return { standard: null };
          const conn = s.holdersConnection as { totalCount: number; pageInfo: Json; edges: { node: Json; properties: Json }[] };
          return {
            standard: {
              id: s.id,
              code: s.code,
              holders: {
                totalCount: conn.totalCount,
                pageInfo: { hasNextPage: conn.pageInfo.hasNextPage },
                edges: conn.edges.map((e) => ({ node: e.node, holdings: [{ ...e.properties, holderKind: e.properties.holderKind ?? 'GROUP' }] })),
              },
            },
          };
        },
      },
    ],
    withoutPeerOpaque: (data) => {
      const s = data.standard as { holders: { edges: Json[] } } & Json;
      return { standard: { ...s, holders: { ...s.holders, edges: s.holders.edges.map(({ cursor: _cursor, ...rest }) => rest) } } };
    },
  },
  {
    name: 'holds-all-three',
    description: 'companies holding all of ISO/IEC 27001, ISO 14001 and ISO 9001: first 20 by name and totalCount',
    kinds: ['cross-company'],
    esgGraph: {
      query: `query HoldsAll($ids: [ID!]!, $first: Int!) {
        companies(where: { holdsStandards: { all: $ids } }, first: $first) { totalCount edges { node { id name } } }
      }`,
      variables: { ids: ids.threeStandards, first: 20 },
    },
    peer: {
      query: `query HoldsAll($a: ID!, $b: ID!, $c: ID!, $first: Int!) {
        companiesConnection(
          first: $first
          sort: [{ name: ASC }, { id: ASC }]
          where: { AND: [
            { certifications: { some: { id: { eq: $a } } } }
            { certifications: { some: { id: { eq: $b } } } }
            { certifications: { some: { id: { eq: $c } } } }
          ] }
        ) { totalCount edges { node { id name } } }
      }`,
      variables: { a: ids.threeStandards[0], b: ids.threeStandards[1], c: ids.threeStandards[2], first: 20 },
    },
    floor: { ids: ids.threeStandards, first: 20 },
    peerToEsgGraph: (data) => {
      const conn = data.companiesConnection as Json;
      return { companies: { totalCount: conn.totalCount, edges: conn.edges } };
    },
  },
  {
    name: 'peers',
    // Every holder kind: the peer and the floor count every holding (a building's certificate too).
    description: 'peers of a company by shared standards and alliances: top 10 with score and what is shared',
    kinds: ['cross-company'],
    esgGraph: {
      query: `query Peers($id: ID!, $first: Int!) {
        company(id: $id) { id peers(by: [STANDARDS, ALLIANCES], first: $first, holderKinds: [GROUP, SUBSIDIARY, BUSINESS_UNIT, FACILITY, PRODUCT]) { score company { id name } shared { dimension name } } }
      }`,
      variables: { id: ids.peersCompany, first: 10 },
    },
    peer: {
      query: `query Peers($id: ID!, $first: Int!) {
        companies(where: { id: { eq: $id } }) { id peers(first: $first) { companyId companyName score shared { dimension name } } }
      }`,
      variables: { id: ids.peersCompany, first: 10 },
    },
    floor: { id: ids.peersCompany, first: 10 },
    peerToEsgGraph: (data) => {
      const c = list<Json>(data.companies)[0];
      return {
        company: c && {
          id: c.id,
          peers: list<Json>(c.peers).map((p) => ({ score: p.score, company: { id: p.companyId, name: p.companyName }, shared: p.shared })),
        },
      };
    },
  },
  {
    name: 'search-zh',
    description: 'fulltext search in Chinese (海康威视), top 10 across every entity type',
    kinds: ['search'],
    esgGraph: {
      query: `query Search($text: String!, $first: Int!) {
        search(text: $text, first: $first) {
          score
          node {
            __typename
            ... on Company { id name } ... on Standard { id code } ... on Alliance { id name } ... on Organization { id name }
            ... on Programme { id name } ... on Framework { id name } ... on Report { id title } ... on Metric { id label } ... on SDG { id title }
          }
        }
      }`,
      variables: { text: '海康威视', first: 10 },
    },
    peer: {
      query: `query Search($query: String!, $first: Int!) { search(query: $query, first: $first) { score type id name } }`,
      variables: { query: fulltextQuery('海康威视'), first: 10 },
    },
    floor: { text: '海康威视', first: 10 },
    peerToEsgGraph: (data) => ({
      search: list<Json>(data.search).map((h) => {
        const key = h.type === 'Standard' ? 'code' : h.type === 'Report' || h.type === 'SDG' ? 'title' : h.type === 'Metric' ? 'label' : 'name';
        return { score: h.score, node: { __typename: h.type, id: h.id, [key]: h.name } };
      }),
    }),
  },
  {
    name: 'deep-traversal',
    description: "company → its alliances → each alliance's first 20 members → their standards",
    kinds: ['nested', 'cross-company'],
    answerGrows: true,
    esgGraph: {
      query: `query Deep($id: ID!, $first: Int!) {
        company(id: $id) {
          id
          memberships { role alliance { id name members(first: $first) { edges { node { id name certifications { standard { id code } } } } } } }
        }
      }`,
      variables: { id: ids.deepCompany, first: 20 },
    },
    peer: {
      query: `query Deep($id: ID!, $first: Int!) {
        companies(where: { id: { eq: $id } }) {
          id
          membershipsConnection(sort: [{ node: { name: ASC } }]) {
            edges {
              properties { role }
              node { id name members(limit: $first, sort: [{ name: ASC }, { id: ASC }]) { id name certificationsConnection(sort: [{ node: { code: ASC } }]) { edges { node { id code } } } } }
            }
          }
        }
      }`,
      variables: { id: ids.deepCompany, first: 20 },
    },
    floor: { id: ids.deepCompany, first: 20 },
    peerToEsgGraph: (data) => {
      const c = list<Json>(data.companies)[0];
      type Edge = { properties: Json; node: Json };
      return {
        company: c && {
          id: c.id,
          memberships: list<Edge>((c.membershipsConnection as Json).edges).map((e) => ({
            role: e.properties.role,
            alliance: {
              id: e.node.id,
              name: e.node.name,
              members: {
                edges: list<Json>(e.node.members).map((m) => ({
                  node: {
                    id: m.id,
                    name: m.name,
                    certifications: list<{ node: Json }>((m.certificationsConnection as Json).edges).map((h) => ({ standard: h.node })),
                  },
                })),
              },
            },
          })),
        },
      };
    },
  },
  {
    name: 'list-page',
    description: 'companies whose industry mentions "Artificial intelligence", sorted by name: first 20 and totalCount',
    kinds: ['list'],
    esgGraph: {
      query: `query ListPage($text: String!, $first: Int!) {
        companies(where: { industry: { contains: $text } }, sort: [{ name: ASC }], first: $first) {
          totalCount edges { node { id name nameZh tickers industry founded } }
        }
      }`,
      variables: { text: 'Artificial intelligence', first: 20 },
    },
    peer: {
      query: `query ListPage($text: String!, $first: Int!) {
        companiesConnection(where: { industry: { contains: $text } }, sort: [{ name: ASC }, { id: ASC }], first: $first) {
          totalCount edges { node { id name nameZh tickers industry founded } }
        }
      }`,
      variables: { text: 'Artificial intelligence', first: 20 },
    },
    floor: { text: 'Artificial intelligence', first: 20 },
    peerToEsgGraph: (data) => {
      const conn = data.companiesConnection as { totalCount: number; edges: { node: Json }[] };
      return { companies: { totalCount: conn.totalCount, edges: conn.edges.map((e) => ({ node: { ...e.node, tickers: e.node.tickers ?? [] } })) } };
    },
  },
];
