import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** The fields selected on one type, by response key (alias). */
export type Selection = Readonly<Record<string, ResolveTree>>;

/** The selection tree of the field being resolved: arguments and sub-selections by type, by alias. */
export function resolveTree(info: GraphQLResolveInfo): ResolveTree {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) throw new Error('cannot read the selection set');
  return tree;
}

/**
 * The fields selected on a concrete type: those selected on the interfaces it implements (`... on
 * Node { id }`, or directly on a Node-typed field) and its own. The one place selections are read.
 */
export function selectionOn(tree: ResolveTree, type: string, interfaces: readonly string[] = []): Selection {
  const merged: Record<string, ResolveTree> = {};
  for (const name of [...interfaces, type]) Object.assign(merged, tree.fieldsByTypeName[name] ?? {});
  return merged;
}
