/**
 * The floor's Cypher: for each query of the mix, the ways an expert would write it. Each was PROFILEd
 * on the 100x and 1000x graphs (`npm run bench:floor-plans`, tables in bench/results/floor-plans-*.md);
 * `chosen` is the cheapest at 1000x that is right for any graph of the model. An alternative marked `narrow`
 * gives the same answer on the bench's data but not on every graph (it is measured, never chosen).
 * All alternatives of a query take the same parameters and return the same columns.
 */
export interface FloorStatement {
  cypher: string;
  /** What the alternative does differently. */
  idea: string;
  /** Right on the bench's data only (an assumption the model does not guarantee). */
  narrow?: string;
}

export interface FloorStatements {
  chosen: string;
  alternatives: Record<string, FloorStatement>;
}

const evidence = (r: string) =>
  `[i IN range(0, size(coalesce(${r}.evidenceLines, [])) - 1) | {report: {id: ${r}.evidenceReports[i]}, line: ${r}.evidenceLines[i], quote: ${r}.evidenceQuotes[i]}]`;

/** A company's certifications, memberships and programmes; the endpoint labels are optional (`label`). */
const companyNested = (label: (l: string) => string) => `
MATCH (c:Company {id: $id})
RETURN c {
  .id, .name, .nameZh, tickers: coalesce(c.tickers, []),
  certifications: COLLECT {
    MATCH (c)-[r:HOLDS_CERTIFICATION]->(s${label('Standard')})
    RETURN {standard: s {.id, .code}, version: r.version, holder: r.holder, holderKind: coalesce(r.holderKind, 'GROUP'), year: r.year, evidence: ${evidence('r')}}
    ORDER BY s.code, r.holderKind, coalesce(r.holder, ''), coalesce(r.report, '')
  },
  memberships: COLLECT {
    MATCH (c)-[r:MEMBER_OF]->(a${label('Alliance')})
    RETURN {alliance: a {.id, .name, .kind}, role: r.role, since: r.since, evidence: ${evidence('r')}}
    ORDER BY a.name, r.role, coalesce(r.report, '')
  },
  programmes: COLLECT {
    MATCH (c)-[:RUNS]->(p${label('Programme')})
    WITH DISTINCT p ORDER BY p.name, p.id
    RETURN p {.id, .name, .kind, .startYear, evidence: reduce(acc = [], run IN COLLECT { MATCH (${label('Company')})-[run:RUNS]->(p) RETURN run ORDER BY run.report } | acc + ${evidence('run')})}
  }
} AS company`;

/** A holder's holdings of the standard, as esg-graph orders them. */
const HOLDINGS = `holdings: COLLECT {
        MATCH (co)-[h:HOLDS_CERTIFICATION]->(s)
        RETURN {holderKind: coalesce(h.holderKind, 'GROUP'), holder: h.holder, version: h.version, year: h.year}
        ORDER BY h.holderKind, coalesce(h.holder, ''), coalesce(h.report, '')
      }`;

const HOLDER_ROW = `RETURN {key: [co.name, co.id], node: co {.id, .name}, ${HOLDINGS}}`;

/** The first page of a standard's holders by name: the company name index walked in order, each company tested once. */
const HOLDERS_PAGE_BY_INDEX = `rows: COLLECT {
    MATCH (co:Company) WHERE co.name IS NOT NULL AND EXISTS { (co)-[:HOLDS_CERTIFICATION]->(s) }
    WITH co ORDER BY co.name, co.id LIMIT $first + 1
    ${HOLDER_ROW}
  }`;

/** The three standards' nodes, the least held first (degrees come from the store, not by counting). */
const STANDARDS_LEAST_HELD_FIRST = `
MATCH (s:Standard) WHERE s.id IN $ids
WITH s ORDER BY COUNT { (s)<-[:HOLDS_CERTIFICATION]-() }
WITH collect(s) AS standards WHERE size(standards) = size($ids)
WITH head(standards) AS anchor, tail(standards) AS others, standards`;

const HOLDS_ALL_RETURN = `
WITH collect(co {.id, .name}) AS matching
RETURN size(matching) AS total, matching[0..$first] AS page`;

/** The least-held standard's holders that pass `test` (with `others`, the other standards' nodes), sorted. */
const leastHeldTested = (test: string) => `${STANDARDS_LEAST_HELD_FIRST}
MATCH (anchor)<-[:HOLDS_CERTIFICATION]-(co)
WITH DISTINCT co, others
WHERE ${test}
WITH co ORDER BY co.name, co.id${HOLDS_ALL_RETURN}`;

/** Per candidate, the number of shared standards and alliances (no shared list yet), each shared item counted once. */
const PEER_SCORES = `
MATCH (me:Company {id: $id})
CALL (me) {
  MATCH (me)-[:HOLDS_CERTIFICATION]->(x)<-[:HOLDS_CERTIFICATION]-(other) WHERE other <> me
  RETURN other, count(DISTINCT x) AS shared
  UNION ALL
  MATCH (me)-[:MEMBER_OF]->(x)<-[:MEMBER_OF]-(other) WHERE other <> me
  RETURN other, count(DISTINCT x) AS shared
}
WITH me, other, 3 * sum(shared) AS score`;

/** For the top candidates only, in order: what they share with `me`. */
const PEER_SHARED_FOR_TOP = `
WITH me, collect({other: other, score: score}) AS top
UNWIND range(0, size(top) - 1) AS i
WITH me, i, top[i].other AS other, top[i].score AS score
CALL (me, other) {
  CALL (me, other) {
    MATCH (me)-[:HOLDS_CERTIFICATION]->(x)<-[:HOLDS_CERTIFICATION]-(other)
    RETURN DISTINCT 'STANDARDS' AS dimension, x.code AS name
    UNION
    MATCH (me)-[:MEMBER_OF]->(x)<-[:MEMBER_OF]-(other)
    RETURN DISTINCT 'ALLIANCES' AS dimension, x.name AS name
  }
  WITH dimension, name ORDER BY dimension, name
  RETURN collect({dimension: dimension, name: name}) AS shared
}
WITH me, i, other, score, shared ORDER BY i
RETURN me.id AS id, collect({score: score, company: other {.id, .name}, shared: shared}) AS peers`;

const SEARCH_HITS = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score ORDER BY score DESC, node.id LIMIT $first`;

/** A member's standards, as esg-graph orders them. */
const MEMBER_CERTIFICATIONS = `certifications: COLLECT {
        MATCH (m)-[h:HOLDS_CERTIFICATION]->(s)
        RETURN {standard: s {.id, .code}} ORDER BY s.code, h.holderKind, coalesce(h.holder, ''), coalesce(h.report, '')
      }`;

const deepTraversal = (members: string) => `
MATCH (c:Company {id: $id})
RETURN c {
  .id,
  memberships: COLLECT {
    MATCH (c)-[r:MEMBER_OF]->(a)
    RETURN {role: r.role, alliance: a {.id, .name, members: {edges: COLLECT {${members}
      RETURN {node: m {.id, .name, ${MEMBER_CERTIFICATIONS}}}
    }}}}
    ORDER BY a.name, r.role, coalesce(r.report, '')
  }
} AS company`;

/** All of an alliance's members read and sorted by name. */
const MEMBERS_SORTED = `
      MATCH (m)-[:MEMBER_OF]->(a)
      WITH DISTINCT m ORDER BY m.name, m.id LIMIT $first`;
/** The company name index walked in order until $first members of the alliance are found. */
const MEMBERS_BY_INDEX = `
      MATCH (m:Company) WHERE m.name IS NOT NULL AND EXISTS { (m)-[:MEMBER_OF]->(a) }
      WITH m ORDER BY m.name, m.id LIMIT $first`;

const LIST_PAGE_ROW = `co {.id, .name, .nameZh, tickers: coalesce(co.tickers, []), .industry, .founded}`;

export const FLOOR_STATEMENTS: Record<string, FloorStatements> = {
  'company-nested': {
    chosen: 'no-endpoint-labels',
    alternatives: {
      'collect-subqueries': { idea: 'the company by its id, each list a COLLECT subquery sorted as esg-graph sorts it', cypher: companyNested((l) => `:${l}`) },
      'no-endpoint-labels': {
        idea: 'the same without label checks on endpoints that the relationship type already determines (the loader writes HOLDS_CERTIFICATION only to a Standard, and so on)',
        cypher: companyNested(() => ''),
      },
    },
  },
  'standard-holders': {
    // The cheapest at 1000x (32,820 db hits against 78,498 for one-pass-sort); at 100x within 1% of it.
    chosen: 'count-pass-index-walk',
    alternatives: {
      'two-passes-sort-all': {
        idea: "every holder counted, then every holder read again, sorted by name and cut to the page",
        cypher: `
MATCH (s:Standard {id: $id})
RETURN s {
  .id, .code,
  total: COUNT { MATCH (co:Company)-[:HOLDS_CERTIFICATION]->(s) RETURN DISTINCT co },
  rows: COLLECT {
    MATCH (co:Company)-[:HOLDS_CERTIFICATION]->(s)
    WITH DISTINCT co ORDER BY co.name, co.id LIMIT $first + 1
    ${HOLDER_ROW}
  }
} AS standard`,
      },
      'one-pass-sort': {
        idea: 'the distinct holders read once: their number is the total, the first page is sorted from that list',
        cypher: `
MATCH (s:Standard {id: $id})
WITH s, COLLECT { MATCH (co)-[:HOLDS_CERTIFICATION]->(s) RETURN DISTINCT co } AS holders
RETURN s {
  .id, .code,
  total: size(holders),
  rows: COLLECT {
    UNWIND holders AS co
    WITH co ORDER BY co.name, co.id LIMIT $first + 1
    ${HOLDER_ROW}
  }
} AS standard`,
      },
      'count-pass-index-walk': {
        idea: 'the total from one pass over the holders (distinct, no property read); the page from the company name index walked in order, each company tested once, stopping after the page',
        cypher: `
MATCH (s:Standard {id: $id})
RETURN s {
  .id, .code,
  total: COUNT { MATCH (co)-[:HOLDS_CERTIFICATION]->(s) RETURN DISTINCT co },
  ${HOLDERS_PAGE_BY_INDEX}
} AS standard`,
      },
      'degree-index-walk': {
        idea: "the total as the standard's degree (from the store, no pass at all); the page from the name index",
        narrow: 'the degree counts holdings; it equals the number of holders only while no company holds the standard twice',
        cypher: `
MATCH (s:Standard {id: $id})
RETURN s {
  .id, .code,
  total: COUNT { (s)<-[:HOLDS_CERTIFICATION]-() },
  ${HOLDERS_PAGE_BY_INDEX}
} AS standard`,
      },
    },
  },
  'holds-all-three': {
    // Testing each holder of the least-held standard reads all of the holder's relationships (a
    // company's are not grouped by type), about 25 records; reading the three standards' holders
    // reads about one record per holder. So the cheapest reads every holder of the three.
    chosen: 'count-standards-per-holder',
    alternatives: {
      'first-id-anchor': {
        idea: "the first standard's holders, each tested for the other standards by id",
        cypher: `
MATCH (:Standard {id: $ids[0]})<-[:HOLDS_CERTIFICATION]-(co:Company)
WITH DISTINCT co
WHERE all(sid IN $ids[1..] WHERE EXISTS { (co)-[:HOLDS_CERTIFICATION]->(:Standard {id: sid}) })
WITH co ORDER BY co.name, co.id${HOLDS_ALL_RETURN}`,
      },
      'least-held-one-pass': {
        idea: 'the least-held standard (by degree) anchors; each of its holders tested once against the other standard nodes (expand-into from the holder), the matches sorted once',
        cypher: leastHeldTested('all(o IN others WHERE EXISTS { (co)-[:HOLDS_CERTIFICATION]->(o) })'),
      },
      'least-held-one-count': {
        idea: "the least-held standard's holders, each tested once: one pass over its own certifications, counting the other standards among them",
        cypher: leastHeldTested('COUNT { MATCH (co)-[:HOLDS_CERTIFICATION]->(o) WHERE o IN others RETURN DISTINCT o } = size(others)'),
      },
      'least-held-count-index-walk': {
        idea: 'the total from the least-held pass; the page from the company name index walked in order, each company tested against the three standards',
        cypher: `${STANDARDS_LEAST_HELD_FIRST}
WITH standards, COUNT {
  MATCH (anchor)<-[:HOLDS_CERTIFICATION]-(co)
  WITH DISTINCT co
  WHERE all(o IN others WHERE EXISTS { (co)-[:HOLDS_CERTIFICATION]->(o) })
  RETURN co
} AS total
RETURN total, COLLECT {
  MATCH (co:Company) WHERE co.name IS NOT NULL AND all(o IN standards WHERE EXISTS { (co)-[:HOLDS_CERTIFICATION]->(o) })
  WITH co ORDER BY co.name, co.id LIMIT $first
  RETURN co {.id, .name}
} AS page`,
      },
      'count-standards-per-holder': {
        idea: "every holder of any of the three, counting how many of them it holds",
        cypher: `
MATCH (s:Standard)<-[:HOLDS_CERTIFICATION]-(co) WHERE s.id IN $ids
WITH co, count(DISTINCT s) AS held WHERE held = size($ids)
WITH co ORDER BY co.name, co.id${HOLDS_ALL_RETURN}`,
      },
    },
  },
  peers: {
    chosen: 'scores-by-group-then-names',
    alternatives: {
      'shared-lists-for-all': {
        idea: 'every candidate with its list of shared items, then ranked',
        cypher: `
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
RETURN me.id AS id, collect({score: score, company: other {.id, .name}, shared: shared}) AS peers`,
      },
      'scores-then-shared-for-top': {
        idea: 'a count per candidate (no lists), the top ranked, and the shared items listed for those only',
        cypher: `${PEER_SCORES}
ORDER BY score DESC, other.name ASC LIMIT $first${PEER_SHARED_FOR_TOP}`,
      },
      'scores-by-group-then-names': {
        idea: 'as above, but candidates grouped by score first, so that only the best groups have their names read for the tie-break',
        cypher: `${PEER_SCORES}
WITH me, score, collect(other) AS others ORDER BY score DESC
WITH me, collect({score: score, others: others}) AS groups
WITH me, reduce(acc = {kept: [], n: 0}, g IN groups | CASE WHEN acc.n >= $first THEN acc ELSE {kept: acc.kept + [g], n: acc.n + size(g.others)} END).kept AS kept
UNWIND kept AS g
UNWIND g.others AS other
WITH me, g.score AS score, other ORDER BY score DESC, other.name ASC LIMIT $first${PEER_SHARED_FOR_TOP}`,
      },
    },
  },
  'search-zh': {
    chosen: 'case-on-type-name',
    alternatives: {
      'case-on-labels': {
        idea: "the index's top hits, each projected by a CASE on its label",
        cypher: `${SEARCH_HITS}
RETURN {score: score, node: CASE
  WHEN node:Standard THEN {__typename: 'Standard', id: node.id, code: node.code}
  WHEN node:Report THEN {__typename: 'Report', id: node.id, title: node.title}
  WHEN node:Metric THEN {__typename: 'Metric', id: node.id, label: node.label}
  WHEN node:SDG THEN {__typename: 'SDG', id: node.id, title: node.title}
  ELSE {__typename: [l IN labels(node) WHERE l <> 'Entity'][0], id: node.id, name: node.name}
END} AS hit`,
      },
      'case-on-type-name': {
        idea: 'the type name read once from the labels, then a CASE on it',
        cypher: `${SEARCH_HITS}
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS type
RETURN {score: score, node: CASE type
  WHEN 'Standard' THEN {__typename: type, id: node.id, code: node.code}
  WHEN 'Report' THEN {__typename: type, id: node.id, title: node.title}
  WHEN 'Metric' THEN {__typename: type, id: node.id, label: node.label}
  WHEN 'SDG' THEN {__typename: type, id: node.id, title: node.title}
  ELSE {__typename: type, id: node.id, name: node.name}
END} AS hit`,
      },
    },
  },
  'deep-traversal': {
    chosen: 'members-by-size',
    alternatives: {
      'members-sorted': { idea: "each alliance's members read and sorted by name, cut to the page", cypher: deepTraversal(MEMBERS_SORTED) },
      'members-by-index': { idea: 'the company name index walked in order until the page of members is found', cypher: deepTraversal(MEMBERS_BY_INDEX) },
      'members-by-size': {
        idea:
          "per alliance, whichever reads less: its members sorted (small alliances) or the name index walked (large ones). Sorting reads about 3 records per member, the walk about 26 per company passed and passes companies / members per member found: the switch is at degree² = 175 × companies (both from the store)",
        cypher: deepTraversal(`
      CALL (a) {
        WITH a, COUNT { (a)<-[:MEMBER_OF]-() } ^ 2 > 175 * COUNT { (:Company) } AS large
        UNWIND CASE WHEN large THEN [] ELSE [a] END AS small${MEMBERS_SORTED.replaceAll('(a)', '(small)')}
        RETURN m
        UNION
        WITH a, COUNT { (a)<-[:MEMBER_OF]-() } ^ 2 > 175 * COUNT { (:Company) } AS large
        UNWIND CASE WHEN large THEN [a] ELSE [] END AS big
        CALL (big) {${MEMBERS_BY_INDEX.replaceAll('(a)', '(big)')}
          RETURN m
        }
        RETURN m
      }
      WITH m ORDER BY m.name, m.id`),
      },
    },
  },
  'list-page': {
    chosen: 'count-pass-index-walk',
    alternatives: {
      'collect-sort': {
        idea: 'every matching company collected and sorted; the total is its size',
        cypher: `
MATCH (co:Company) WHERE co.industry CONTAINS $text
WITH co ORDER BY co.name, co.id
WITH collect(co) AS matching
RETURN size(matching) AS total, [co IN matching[0..$first] | ${LIST_PAGE_ROW}] AS page`,
      },
      'count-pass-index-walk': {
        idea: 'the total from one pass over the companies (industry only); the page from the name index walked in order until it is full',
        cypher: `
RETURN COUNT { MATCH (co:Company) WHERE co.industry CONTAINS $text } AS total,
  COLLECT {
    MATCH (co:Company) WHERE co.name IS NOT NULL AND co.industry CONTAINS $text
    WITH co ORDER BY co.name, co.id LIMIT $first
    RETURN ${LIST_PAGE_ROW}
  } AS page`,
      },
    },
  },
};

export const chosenCypher = (query: string): string => {
  const s = FLOOR_STATEMENTS[query];
  if (!s) throw new Error(`no floor statement for ${query}`);
  return s.alternatives[s.chosen]!.cypher;
};
