import type { QueryConnectionArgs } from '../../generated/graphql';
import { between } from '../../model/values';
import { argument } from '../arguments';
import { statement } from '../compile/context';
import { projectEvidence } from '../compile/project';
import { bind, each, entityOf, shape, writeShape } from '../compile/shape';
import { notFound, userError } from '../errors';
import { allRows, planner } from '../plan';

/** connection(from, to): the shortest paths between two nodes over the relationship types declared walkable. */

export const MAX_HOPS = 6;
const MAX_PATHS = 50;

/** Written where `p` is the path and `i` the index of the hop's relationship on it. */
export const PATH_HOP = shape<{ i: string; r: string }>('PathHop', {
  from: (e, t, cx) => entityOf(cx, 'Node', `nodes(p)[${e.i}]`, t),
  to: (e, t, cx) => entityOf(cx, 'Node', `nodes(p)[${e.i} + 1]`, t),
  relationship: (e) => `type(${e.r})`,
  forward: (e) => `startNode(${e.r}) = nodes(p)[${e.i}]`,
  evidence: (e, t, cx) => projectEvidence(cx, `[${e.r}]`, t),
});

export const PATH = shape<Record<string, never>>('Path', {
  length: () => 'length(p)',
  hops: (_e, t, cx) => each(cx, 'range(0, length(p) - 1)', (i) => bind(cx, `relationships(p)[${i}]`, (r) => writeShape(PATH_HOP, { i, r }, t, cx))),
});

export const pathsPlanner = planner<QueryConnectionArgs>('Query', 'connection', (_root, { from, to, maxHops, first }, tree, p) => {
  const hops = argument(between(1, MAX_HOPS), maxHops ?? 4, 'maxHops');
  const count = argument(between(1, MAX_PATHS), first ?? 5, 'first');
  if (from === to) throw userError('from and to must be different nodes');
  return {
    checks: [
      {
        statement: statement(p, (cx) => `MATCH (n:Entity) WHERE n.id IN ${cx.names.param([from, to])} RETURN n.id AS result`),
        verify: (rows) => {
          for (const id of [from, to]) if (!rows.includes(id)) throw notFound('Node', id);
        },
      },
    ],
    // The hop bound must be a literal in Cypher; it is an integer checked to be within 1..MAX_HOPS.
    statement: statement(p, (cx) => {
      const ends = `MATCH (a:Entity {id: ${cx.names.param(from)}}), (b:Entity {id: ${cx.names.param(to)}})`;
      const paths = `MATCH p = allShortestPaths((a)-[:${cx.model.pathTypes.join('|')}*..${hops}]-(b))`;
      // Among paths of the same length, the first in order of the ids they pass (then of the relationship
      // types): the answer does not depend on how the engine happens to expand the types.
      const order = 'ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)]';
      return `${ends} ${paths} WITH p ${order} LIMIT ${cx.names.int(count)} RETURN ${writeShape(PATH, {}, tree, cx)} AS result`;
    }),
    answer: allRows,
  };
});
