import type { CompanyPeersArgs } from '../../generated/graphql';
import { between } from '../../model/values';
import { holderKindOf } from '../../model/declarations/certification';
import { argument } from '../arguments';
import { scopeValuesOf } from '../compile/scope';
import { statement } from '../compile/context';
import { each, entityOf, shape, writeShape } from '../compile/shape';
import type { EntityRow } from '../rows';
import { allRows, planner } from '../plan';

/** Company.peers: other companies ranked by the weighted overlap of what they share with this one. */

/** Weight of one shared item, by what kind of thing it is. */
export const PEER_WEIGHTS = { STANDARDS: 3, ALLIANCES: 3, SUPPLIERS: 2, PARTNERS: 2, PROGRAMME_PARTNERS: 2, FRAMEWORKS: 1, SDGS: 1, RECOGNITIONS: 1 } as const;
type Dimension = keyof typeof PEER_WEIGHTS;
const ALL_DIMENSIONS = Object.keys(PEER_WEIGHTS) as Dimension[];

/** Where two companies meet, per dimension: a pattern from (me) to the shared item (x) to (other). */
const SHARED_PATTERNS: Record<Dimension, string> = {
  // Both holdings (`mine`, `theirs`) must be of the holder kinds counted: see the planner.
  STANDARDS: '(me)-[mine:HOLDS_CERTIFICATION]->(x:Standard)<-[theirs:HOLDS_CERTIFICATION]-(other:Company)',
  ALLIANCES: '(me)-[:MEMBER_OF]->(x:Alliance)<-[:MEMBER_OF]-(other:Company)',
  SUPPLIERS: '(me)-[:SUPPLIED_BY]->(x:Organization)<-[:SUPPLIED_BY]-(other:Company)',
  PARTNERS: '(me)-[:PARTNERS_WITH]->(x:Organization)<-[:PARTNERS_WITH]-(other:Company)',
  PROGRAMME_PARTNERS:
    '(me)-[:RUNS]->(:Programme)-[:IN_PARTNERSHIP_WITH]->(x:Organization)<-[:IN_PARTNERSHIP_WITH]-(:Programme)<-[:RUNS]-(other:Company)',
  FRAMEWORKS: '(me)-[:PUBLISHED]->(:Report)-[:FOLLOWS]->(x:Framework)<-[:FOLLOWS]-(:Report)<-[:PUBLISHED]-(other:Company)',
  SDGS: '(me)-[:SUPPORTS]->(x:SDG)<-[:SUPPORTS]-(other:Company)',
  // The same scheme, whatever the level or year: it says both are rated or ranked by the same body, not how well.
  RECOGNITIONS: '(me)-[:RECEIVED]->(x:Recognition)<-[:RECEIVED]-(other:Company)',
};

const itemName = (x: string) =>
  `CASE WHEN ${x}:SDG THEN 'SDG ' + toString(${x}.number) + ': ' + ${x}.title ELSE coalesce(${x}.code, ${x}.name, ${x}.title, ${x}.id) END`;

export const SHARED_ITEM = shape<{ item: string }>('SharedItem', {
  dimension: (e) => `${e.item}.dimension`,
  name: (e) => itemName(`${e.item}.x`),
  node: (e, t, cx) => entityOf(cx, 'Node', `${e.item}.x`, t),
});

/** Written in the scope of `other` (the peer), `score` and `shared` (its shared items); `kinds` is the parameter of the holder kinds counted. */
export const PEER = shape<{ kinds: string }>('Peer', {
  company: (_e, t, cx) => entityOf(cx, 'Company', 'other', t),
  holderKinds: (e) => e.kinds,
  score: () => 'score',
  shared: (_e, t, cx) => each(cx, 'shared', (item) => writeShape(SHARED_ITEM, { item }, t, cx)),
});

export const peersPlanner = planner<CompanyPeersArgs, EntityRow>('Company', 'peers', (company, { by, first, holderKinds }, tree, p) => {
  const dimensions = [...new Set<Dimension>(by && by.length > 0 ? by : ALL_DIMENSIONS)];
  const size = argument(between(0, p.limits.maxPageSize), first ?? 10, 'first');
  const counted = scopeValuesOf(holderKinds, 'holderKinds');
  return {
    checks: [],
    statement: statement(p, (cx) => {
      const me = `MATCH (me:Company {id: ${cx.names.param(company.__id)}})`;
      const kinds = cx.names.param(counted);
      const also = (d: Dimension) => (d === 'STANDARDS' ? ` AND ${holderKindOf('mine')} IN ${kinds} AND ${holderKindOf('theirs')} IN ${kinds}` : '');
      const branches = dimensions.map((d) => `WITH me MATCH ${SHARED_PATTERNS[d]} WHERE other <> me${also(d)} RETURN DISTINCT other, x, ${cx.names.param(d)} AS dimension`);
      const weighted = `WITH other, dimension, x, ${cx.names.param(PEER_WEIGHTS)}[dimension] AS weight ORDER BY dimension, ${itemName('x')}`;
      const ranked = `WITH other, sum(weight) AS score, collect({dimension: dimension, x: x}) AS shared ORDER BY score DESC, other.name ASC LIMIT ${cx.names.int(size)}`;
      return `${me} CALL { ${branches.join(' UNION ')} } ${weighted} ${ranked} RETURN ${writeShape(PEER, { kinds }, tree, cx)} AS result`;
    }),
    answer: allRows,
  };
});
