import type { ResolveTree } from 'graphql-parse-resolve-info';
import { z } from 'zod';
import { between } from '../../model/values';
import { holderKindOf } from '../../model/declarations/certification';
import { argument } from '../arguments';
import { statement, type Compiling } from '../compile/context';
import { scopeValuesOf } from '../compile/scope';
import { selectionOn } from '../compile/selection';
import { each, entityOf, shape, writeShape } from '../compile/shape';
import type { EntityFieldWriter } from '../model/model';
import { planner } from '../plan';
import type { EntityRow } from '../rows';

/**
 * Company.peers: other companies ranked by the weighted overlap of what they share with this one,
 * written inside the company's own projection, so `company(id) { peers }` is one statement.
 *
 * Exactly: a peer's score is the sum over its dimensions of the dimension's weight times the number of
 * distinct items of that dimension it shares with the company; peers are ordered by score (highest
 * first), then name, then the first `first` are kept. The statement counts shared items per candidate
 * (no list of items per candidate), groups candidates by score so that only the best groups have
 * their names read for the tie-break, and lists the shared items of the peers kept only.
 */

/** Weight of one shared item, by what kind of thing it is. */
export const PEER_WEIGHTS = { STANDARDS: 3, ALLIANCES: 3, SUPPLIERS: 2, PARTNERS: 2, PROGRAMME_PARTNERS: 2, FRAMEWORKS: 1, SDGS: 1, RECOGNITIONS: 1 } as const;
type Dimension = keyof typeof PEER_WEIGHTS;
const ALL_DIMENSIONS = Object.keys(PEER_WEIGHTS) as Dimension[];

/** The variables of a shared pattern: the two companies, the shared item, and for standards the two holdings. */
interface Meeting {
  me: string;
  x: string;
  other: string;
  mine: string;
  theirs: string;
}

/**
 * Where two companies meet, per dimension: a pattern from `me` to the shared item `x` to `other`.
 * No labels: each relationship type connects only the labels its declaration names.
 */
const SHARED_PATTERNS: Record<Dimension, (v: Meeting) => string> = {
  // Both holdings (`mine`, `theirs`) must be of the holder kinds counted: see `counted`.
  STANDARDS: (v) => `(${v.me})-[${v.mine}:HOLDS_CERTIFICATION]->(${v.x})<-[${v.theirs}:HOLDS_CERTIFICATION]-(${v.other})`,
  ALLIANCES: (v) => `(${v.me})-[:MEMBER_OF]->(${v.x})<-[:MEMBER_OF]-(${v.other})`,
  SUPPLIERS: (v) => `(${v.me})-[:SUPPLIED_BY]->(${v.x})<-[:SUPPLIED_BY]-(${v.other})`,
  PARTNERS: (v) => `(${v.me})-[:PARTNERS_WITH]->(${v.x})<-[:PARTNERS_WITH]-(${v.other})`,
  PROGRAMME_PARTNERS: (v) => `(${v.me})-[:RUNS]->()-[:IN_PARTNERSHIP_WITH]->(${v.x})<-[:IN_PARTNERSHIP_WITH]-()<-[:RUNS]-(${v.other})`,
  FRAMEWORKS: (v) => `(${v.me})-[:PUBLISHED]->()-[:FOLLOWS]->(${v.x})<-[:FOLLOWS]-()<-[:PUBLISHED]-(${v.other})`,
  SDGS: (v) => `(${v.me})-[:SUPPORTS]->(${v.x})<-[:SUPPORTS]-(${v.other})`,
  // The same scheme, whatever the level or year: it says both are rated or ranked by the same body, not how well.
  RECOGNITIONS: (v) => `(${v.me})-[:RECEIVED]->(${v.x})<-[:RECEIVED]-(${v.other})`,
};

/** What a meeting must also satisfy: for standards, both holdings among the holder kinds counted (`kinds`). */
const counted = (d: Dimension, v: Meeting, kinds: string): string[] => (d === 'STANDARDS' ? [`${holderKindOf(v.mine)} IN ${kinds}`, `${holderKindOf(v.theirs)} IN ${kinds}`] : []);

const itemName = (x: string) =>
  `CASE WHEN ${x}:SDG THEN 'SDG ' + toString(${x}.number) + ': ' + ${x}.title ELSE coalesce(${x}.code, ${x}.name, ${x}.title, ${x}.id) END`;

export const SHARED_ITEM = shape<{ item: string }>('SharedItem', {
  dimension: (e) => `${e.item}.dimension`,
  name: (e) => itemName(`${e.item}.x`),
  node: (e, t, cx) => entityOf(cx, 'Node', `${e.item}.x`, t),
});

/** Written where `other` is the peer, `score` its score and `shared` its shared items. */
export const PEER = shape<{ other: string; score: string; shared: string; kinds: string }>('Peer', {
  company: (e, t, cx) => entityOf(cx, 'Company', e.other, t),
  holderKinds: (e) => e.kinds,
  score: (e) => e.score,
  shared: (e, t, cx) => each(cx, e.shared, (item) => writeShape(SHARED_ITEM, { item }, t, cx)),
});

const dimensionList = z.array(z.enum(ALL_DIMENSIONS as [Dimension, ...Dimension[]])).nullish();

/** The peers of the company in `me`, as a list expression. */
export function writePeers(cx: Compiling, me: string, tree: ResolveTree): string {
  const by = argument(dimensionList, tree.args.by, 'by');
  const dimensions = [...new Set<Dimension>(by && by.length > 0 ? by : ALL_DIMENSIONS)];
  const size = cx.names.int(argument(between(0, cx.limits.maxPageSize), tree.args.first ?? 10, 'first'));
  const kinds = cx.names.param(scopeValuesOf(tree.args.holderKinds, 'holderKinds'));
  const v = (prefix: string) => cx.names.variable(prefix);
  const [m, other, x, part, score, others, groups, acc, g, kept, shared, dimension] = [
    v('me'), v('other'), v('x'), v('part'), v('score'), v('others'), v('groups'), v('acc'), v('g'), v('kept'), v('shared'), v('dimension'),
  ];
  const meeting: Meeting = { me: m, x, other, mine: v('mine'), theirs: v('theirs') };
  const counts = dimensions
    .map((d) => `MATCH ${SHARED_PATTERNS[d](meeting)} WHERE ${[`${other} <> ${m}`, ...counted(d, meeting, kinds)].join(' AND ')} RETURN ${other}, ${PEER_WEIGHTS[d]} * count(DISTINCT ${x}) AS ${part}`)
    .join(' UNION ALL ');
  // In a CALL with only the company imported: inside an expression subquery the outer variables stay
  // in scope, and aggregating there would group by them.
  const ranked =
    `CALL (${m}) { ${counts} } WITH ${m}, ${other}, sum(${part}) AS ${score} ` +
    // Candidates grouped by score, best first; only the groups that fill the page are looked at by name.
    `WITH ${m}, ${score}, collect(${other}) AS ${others} ORDER BY ${score} DESC ` +
    `WITH ${m}, collect({score: ${score}, others: ${others}}) AS ${groups} ` +
    `WITH ${m}, reduce(${acc} = {kept: [], n: 0}, ${g} IN ${groups} | CASE WHEN ${acc}.n >= ${size} THEN ${acc} ELSE {kept: ${acc}.kept + [${g}], n: ${acc}.n + size(${g}.others)} END).kept AS ${kept} ` +
    `UNWIND ${kept} AS ${g} UNWIND ${g}.others AS ${other} ` +
    `WITH ${m}, ${g}.score AS ${score}, ${other} ORDER BY ${score} DESC, ${other}.name ASC LIMIT ${size}`;
  const wantsShared = Object.values(selectionOn(tree, 'Peer')).some((t) => t.name === 'shared');
  let listed = ` RETURN ${other}, ${score}`;
  if (wantsShared) {
    const items = dimensions
      .map((d) => `MATCH ${SHARED_PATTERNS[d](meeting)}${d === 'STANDARDS' ? ` WHERE ${counted(d, meeting, kinds).join(' AND ')}` : ''} RETURN DISTINCT ${cx.names.param(d)} AS ${dimension}, ${x}`)
      .join(' UNION ');
    listed =
      ` CALL (${m}, ${other}) { CALL (${m}, ${other}) { ${items} } WITH ${dimension}, ${x} ORDER BY ${dimension}, ${itemName(x)} ` +
      `RETURN collect({dimension: ${dimension}, x: ${x}}) AS ${shared} } RETURN ${other}, ${score}, ${shared}`;
  }
  const peer = writeShape(PEER, { other, score, shared: wantsShared ? shared : '[]', kinds }, tree, cx);
  return `COLLECT { CALL (${me}) { WITH ${me} AS ${m} ${ranked}${listed} } WITH * ORDER BY ${score} DESC, ${other}.name ASC RETURN ${peer} }`;
}

/**
 * Company.peers in the company's projection, where the company is the statement's own node
 * (`company(id) { peers }`: one statement); elsewhere (a company inside a list) its resolver runs the
 * statement below for each company.
 */
export const peersField: EntityFieldWriter = (v, tree, cx) => (cx.hoist?.node === v.n ? cx.hoist.add(writePeers(cx, v.n, tree)) : undefined);

export const peersPlanner = planner<Readonly<Record<string, unknown>>, EntityRow>('Company', 'peers', (company, _args, tree, p) => ({
  checks: [],
  statement: statement(p, (cx) => `MATCH (me:Company {id: ${cx.names.param(company.__id)}}) WITH me, ${writePeers(cx, 'me', tree)} AS peers RETURN peers AS result`),
  answer: (rows) => rows[0] ?? [],
}));
