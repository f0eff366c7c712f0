import type { ResolveTree } from 'graphql-parse-resolve-info';
import { key, literal, type Compiler } from './compiler';
import { projectAbstract, projectObject, type ProjectionModel } from './project';

/**
 * Builders for results computed by a hand-written statement (rankings, matrices, paths): the same
 * alias-keyed maps the projections make, so one resolver serves both kinds.
 */
export type FieldBuilder = (tree: ResolveTree) => string;

/** A map of a computed type: each selected field (by alias) built by the builder of its name. */
export function shape(type: string, tree: ResolveTree, builders: Record<string, FieldBuilder>): string {
  const entries = [`__typename: ${literal(type)}`];
  for (const [alias, field] of Object.entries(tree.fieldsByTypeName[type] ?? {})) {
    if (field.name === '__typename') continue;
    const build = builders[field.name];
    if (!build) throw new Error(`no builder for ${type}.${field.name}`);
    entries.push(`${key(alias)}: ${build(field)}`);
  }
  return `{${entries.join(', ')}}`;
}

/** `body` with `expr` bound to a fresh variable (patterns in projections need variables, not expressions). */
export function bind(c: Compiler, expr: string, body: (variable: string) => string): string {
  const v = c.variable('b');
  return `head([${v} IN [${expr}] | ${body(v)}])`;
}

/** Projects an entity (concrete or abstract type) held in `expr`. */
export function entityOf(model: ProjectionModel, c: Compiler, type: string, expr: string, tree: ResolveTree): string {
  return bind(c, expr, (v) =>
    model.abstracts[type]
      ? projectAbstract(model, type, v, tree, c)
      : projectObject(model, type, { n: v }, { ...(tree.fieldsByTypeName.Node ?? {}), ...(tree.fieldsByTypeName[type] ?? {}) }, c),
  );
}

/** Projects an object type of the model (Membership, MetricValue, ...) from expressions bound to its roles. */
export function objectOf(model: ProjectionModel, c: Compiler, type: string, roles: Record<string, string>, tree: ResolveTree): string {
  const entries = Object.entries(roles);
  const build = (i: number, vars: Record<string, string>): string => {
    if (i === entries.length) return projectObject(model, type, vars, tree.fieldsByTypeName[type] ?? {}, c);
    const [role, expr] = entries[i]!;
    return bind(c, expr, (v) => build(i + 1, { ...vars, [role]: v }));
  };
  return build(0, {});
}

/** A list comprehension over `list`, each element shaped by `body`. */
export function each(c: Compiler, list: string, body: (item: string) => string): string {
  const item = c.variable('it');
  return `[${item} IN ${list} | ${body(item)}]`;
}

/**
 * One tree for every selection of a field under its different aliases, for results keyed by field
 * name (objects finished in TypeScript): the entity projections inside stay keyed by alias.
 */
export function mergeTrees(trees: readonly ResolveTree[]): ResolveTree | undefined {
  if (trees.length === 0) return undefined;
  const fieldsByTypeName: ResolveTree['fieldsByTypeName'] = {};
  for (const tree of trees) {
    for (const [type, fields] of Object.entries(tree.fieldsByTypeName)) {
      fieldsByTypeName[type] = { ...(fieldsByTypeName[type] ?? {}), ...fields };
    }
  }
  return { ...trees[0]!, fieldsByTypeName };
}

/** The merged selection of field `name` of `type` in `tree`. */
export function fieldTree(tree: ResolveTree, type: string, name: string): ResolveTree | undefined {
  return mergeTrees(Object.values(tree.fieldsByTypeName[type] ?? {}).filter((t) => t.name === name));
}
