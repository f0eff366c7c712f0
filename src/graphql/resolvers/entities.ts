import { z } from 'zod';
import type { QueryNodeArgs, QueryNodesArgs } from '../../generated/graphql';
import type { ById, EntityDeclaration, SortSpec, Anchor } from '../../model/declare';
import type { Registry } from '../../model/registry';
import { argument } from '../arguments';
import { filterScope, statement, statementWith, type Planning } from '../compile/context';
import { sortKeys } from '../compile/paging';
import { projectConnection, projectEntity, projectNode } from '../compile/project';
import { whereNode } from '../compile/where';
import { notFound } from '../errors';
import { missing } from '../model/model';
import { connectionOf } from '../schema';
import { allRows, onlyRow, planner, type FieldPlanner, type Plan } from '../plan';
import type { ResolveTree } from 'graphql-parse-resolve-info';

/**
 * The root fields of every entity type, from its declaration: the by-id lookup, the root connection,
 * and node(id)/nodes(ids) over all of them. A new entity type gets these without code here.
 */

type Args = Readonly<Record<string, unknown>>;

function byIdPlan(p: Planning, label: string, byId: ById, args: Args, tree: ResolveTree): Plan {
  const { statement: lookup, also: asked } = statementWith(p, (cx) => {
    let match: string;
    let value: unknown;
    if ('match' in byId) {
      const found = byId.match(args, filterScope(cx));
      match = found.match;
      value = found.missing;
    } else {
      const name = byId.argument ?? 'id';
      value = byId.check ? argument(byId.check, args[name], name) : args[name];
      match = `MATCH (n:${label} {${name}: ${cx.names.param(value)}})`;
    }
    const hoisted: string[] = [];
    const top = { ...cx, hoist: { node: 'n', add: (expr: string) => { const v = cx.names.variable('h'); hoisted.push(`${expr} AS ${v}`); return v; } } };
    const projection = projectEntity(top, label, 'n', tree);
    const computed = hoisted.length > 0 ? ` WITH n, ${hoisted.join(', ')}` : '';
    return { cypher: `${match}${computed} RETURN ${projection} AS result LIMIT 1`, also: value };
  });
  return {
    checks: [],
    statement: lookup,
    answer: (rows) => {
      if (rows.length === 0) throw notFound(label, asked, 'hint' in byId && byId.hint ? byId.hint(String(asked)) : '');
      return rows[0];
    },
  };
}

function listPlan(p: Planning, entity: EntityDeclaration, list: { field: string; sort: readonly SortSpec[]; anchor?: Anchor }, args: Args, tree: ResolveTree): Plan {
  const label = entity.label;
  const types = connectionOf(p.model.schema, 'Query', list.field);
  if (!types) throw missing(`connection type of Query.${list.field}`);
  return {
    checks: [],
    statement: statement(p, (cx) => {
      const node = 'node';
      const type = cx.model.entities.get(label);
      if (!type) throw missing(`entity type ${label}`);
      const anchored = list.anchor?.(args.where, node, filterScope(cx));
      const where = whereNode(cx, `${label}Where`, anchored ? anchored.rest : args.where, node);
      const keys = sortKeys(args.sort, type.sorts, node, list.sort);
      const connection = projectConnection(
        cx,
        { match: () => `(${node}:${label})`, node, where, keys, nodeType: label, ...types, ...(anchored ? { source: anchored.source } : { everyNodeOf: label }) },
        tree,
      );
      return `RETURN ${connection} AS result`;
    }),
    answer: onlyRow,
  };
}

function nodesPlan(p: Planning, ids: readonly string[], tree: ResolveTree): Plan {
  return {
    checks: [],
    statement: statement(p, (cx) => {
      const list = cx.names.param(ids);
      return (
        `UNWIND range(0, size(${list}) - 1) AS i ` +
        `OPTIONAL MATCH (n:Entity {id: ${list}[i]}) ` +
        `RETURN CASE WHEN n IS NULL THEN null ELSE ${projectNode(cx, 'Node', 'n', tree)} END AS result ORDER BY i`
      );
    }),
    answer: allRows,
  };
}

export function entityPlanners(registry: Registry): FieldPlanner[] {
  const planners: FieldPlanner[] = [];
  for (const entity of registry.apiEntities) {
    const { byId, list } = entity.root ?? {};
    if (byId) planners.push(planner<Args>('Query', byId.field, (_root, args, tree, p) => byIdPlan(p, entity.label, byId, args, tree)));
    if (list) planners.push(planner<Args>('Query', list.field, (_root, args, tree, p) => listPlan(p, entity, list, args, tree)));
  }
  planners.push(
    planner<QueryNodeArgs>('Query', 'node', (_root, { id }, tree, p) => {
      const plan = nodesPlan(p, [id], tree);
      return { ...plan, answer: (rows) => rows[0] ?? null };
    }),
    planner<QueryNodesArgs>('Query', 'nodes', (_root, { ids }, tree, p) =>
      nodesPlan(p, argument(z.array(z.string()).max(p.limits.maxPageSize, `may list at most ${p.limits.maxPageSize} ids`), ids, 'ids'), tree),
    ),
  );
  return planners;
}
