import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Params } from '../db/database';
import { Compiler, type Limits } from './compile/compiler';
import { projectConnection, projectObject, projectAbstract, type ConnectionQuery } from './compile/project';
import { sortKeys } from './compile/paging';
import { compileWhere } from './compile/where';
import type { GraphQLContext } from './context';
import { databaseError, notFound } from './errors';
import { anchorModel, filterModel, projectionModel, sortModel } from './model';
import type { NodeRow } from './rows';

export function limitsOf(ctx: GraphQLContext): Limits {
  return {
    defaultPageSize: ctx.config.DEFAULT_PAGE_SIZE,
    maxPageSize: ctx.config.MAX_PAGE_SIZE,
    maxNestedList: 1000,
  };
}

export function resolveTree(info: GraphQLResolveInfo): ResolveTree {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) throw new Error('cannot read the selection set');
  return tree;
}

/** Runs one read statement for this request and returns the `result` column of each row. */
export async function run<T>(ctx: GraphQLContext, statement: string, params: Params): Promise<T[]> {
  try {
    const rows = await ctx.db.read<{ result: T }>(statement, params, ctx.queries);
    return rows.map((r) => r.result);
  } catch (err) {
    throw databaseError(err);
  }
}

/** Selections of a tree that apply to a concrete type (its own and its interfaces'). */
export function selection(tree: ResolveTree, type: string): Record<string, ResolveTree> {
  return { ...(tree.fieldsByTypeName.Node ?? {}), ...(tree.fieldsByTypeName[type] ?? {}) };
}

/** One entity found by a MATCH that binds `n`; NOT_FOUND when there is none. */
export async function fetchEntity(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  type: string,
  match: (c: Compiler) => string,
  missing: unknown,
): Promise<NodeRow> {
  const c = new Compiler(limitsOf(ctx));
  const tree = resolveTree(info);
  const statement = `${match(c)} RETURN ${projectObject(projectionModel, type, { n: 'n' }, selection(tree, type), c)} AS result LIMIT 1`;
  const [row] = await run<NodeRow>(ctx, statement, c.params);
  if (!row) throw notFound(type, missing);
  return row;
}

/** Nodes of any entity type by id, in the order asked, null where unknown. */
export async function fetchNodes(ctx: GraphQLContext, info: GraphQLResolveInfo, ids: readonly string[]): Promise<(NodeRow | null)[]> {
  const c = new Compiler(limitsOf(ctx));
  const tree = resolveTree(info);
  const list = c.param(ids);
  const statement =
    `UNWIND range(0, size(${list}) - 1) AS i ` +
    `OPTIONAL MATCH (n:Entity {id: ${list}[i]}) ` +
    `RETURN CASE WHEN n IS NULL THEN null ELSE ${projectAbstract(projectionModel, 'Node', 'n', tree, c)} END AS result ORDER BY i`;
  return run<NodeRow | null>(ctx, statement, c.params);
}

export interface RootConnectionArgs {
  where?: unknown;
  sort?: unknown;
  first?: number | null;
  after?: string | null;
}

/** A root connection over every node of a type: filter, keyset-paginated sort, optional total. */
export async function fetchConnection(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  type: string,
  args: RootConnectionArgs,
  defaultSort: { field: string; direction: 'ASC' | 'DESC' }[] = [{ field: 'name', direction: 'ASC' }],
): Promise<Record<string, unknown>> {
  const c = new Compiler(limitsOf(ctx));
  const tree = resolveTree(info);
  const node = 'node';
  const query: ConnectionQuery = {
    pattern: anchorModel[type]?.(args.where, node, c) ?? `(${node}:${type})`,
    vars: { node, n: node },
    where: compileWhere(filterModel, `${type}Where`, args.where, { n: node }, c),
    keys: sortKeys(args.sort, sortModel[type] ?? {}, node, defaultSort),
    nodeType: type,
    edgeType: `${type}Edge`,
    connectionType: `${type}Connection`,
  };
  const [result] = await run<Record<string, unknown>>(ctx, `RETURN ${projectConnection(projectionModel, query, tree, c)} AS result`, c.params);
  return result!;
}
