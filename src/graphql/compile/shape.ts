import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Compiling } from './context';
import { key } from './names';
import { projectNode, projectRelationship } from './project';
import { selectionOn } from './selection';

/**
 * Types whose objects a hand-written statement computes (rankings, matrices, paths): one writer per
 * field, declared once at module level so the start-up check knows which fields exist. They make the
 * same alias-keyed maps the projections make, so one field resolver serves both.
 */

/** Writes a field's value from the shape's environment (the Cypher variables it is computed from). */
export type FieldWriter<E> = (env: E, tree: ResolveTree, cx: Compiling) => string;

export interface Shape<E> {
  readonly type: string;
  readonly fields: Readonly<Record<string, FieldWriter<E>>>;
}

/** What the start-up check reads of a shape: its type and field names. */
export interface ShapeOutline {
  readonly type: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export function shape<E>(type: string, fields: Readonly<Record<string, FieldWriter<E>>>): Shape<E> {
  return { type, fields };
}

/** The map of a shape for the fields `tree` selects on it, with `hidden` entries for resolvers of its own (`__value`). */
export function writeShape<E>(s: Shape<E>, env: E, tree: ResolveTree, cx: Compiling, hidden: Readonly<Record<string, string>> = {}): string {
  const entries = Object.entries(hidden).map(([k, v]) => `${k}: ${v}`);
  for (const [alias, field] of Object.entries(selectionOn(tree, s.type))) {
    if (field.name === '__typename') continue;
    // A field without a writer is answered by a resolver (the start-up check sees to it that one does).
    const write = s.fields[field.name];
    if (!write) continue;
    entries.push(`${key(alias)}: ${write(env, field, cx)}`);
  }
  return `{${entries.join(', ')}}`;
}

/** `body` with `expr` bound to a fresh variable (patterns need variables, not expressions). */
export function bind(cx: Compiling, expr: string, body: (variable: string) => string): string {
  const v = cx.names.variable('b');
  return `head([${v} IN [${expr}] | ${body(v)}])`;
}

/** A list comprehension over `list`, each element written by `body`. */
export function each(cx: Compiling, list: string, body: (item: string) => string): string {
  const item = cx.names.variable('it');
  return `[${item} IN ${list} | ${body(item)}]`;
}

/** An entity (of a concrete or abstract type) held in `expr`. */
export function entityOf(cx: Compiling, type: string, expr: string, tree: ResolveTree): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(expr) ? projectNode(cx, type, expr, tree) : bind(cx, expr, (v) => projectNode(cx, type, v, tree));
}

/**
 * A relationship object (Membership, MetricValue, ...) of the relationship in the variable `r`, its
 * ends given as variables or read from the relationship.
 */
export function relationshipOf(cx: Compiling, type: string, r: string, tree: ResolveTree, ends?: { from: string; to: string }): string {
  if (ends) return projectRelationship(cx, type, { r, ...ends, far: ends.to }, tree);
  return bind(cx, `startNode(${r})`, (from) => bind(cx, `endNode(${r})`, (to) => projectRelationship(cx, type, { r, from, to, far: to }, tree)));
}
