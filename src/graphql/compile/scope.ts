import { z } from 'zod';
import type { FieldArgument, Lookup, RelVars, Scope } from '../../model/declare';
import { argument } from '../arguments';
import { requireKnown, type Compiling } from './context';

/**
 * Scopes and list arguments: what a rollup counts (`holderKinds`, `breakdowns`) and the lists a
 * field keeps (`keys`, `years`), as predicates over a relationship.
 */

const scopeValues = z.array(z.string()).min(1, 'must list at least one value');

/** The values of a scope argument, checked: at least one. */
export function scopeValuesOf(value: unknown, at: string): string[] {
  return argument(scopeValues, value, at);
}

/** The predicate that the relationship in `r` is in scope: its value is among those given. */
export function inScope(cx: Compiling, scope: Scope, r: string, value: unknown, at = scope.argument): string {
  return `${scope.of(r)} IN ${cx.names.param(scopeValuesOf(value, at))}`;
}

const listArgument = z.union([z.array(z.union([z.string(), z.number()])), z.string(), z.number()]);

/**
 * The predicate of a declared list argument (`keys: [...]`, `years: [...]`, `dimension: "gender"`):
 * `IN` for a list, `=` for one value; values a lookup names must exist.
 */
export function argumentPredicate(cx: Compiling, declared: FieldArgument, name: string, value: unknown, v: RelVars): string {
  const { expr, lookup } = typeof declared === 'function' ? { expr: declared, lookup: undefined as Lookup | undefined } : declared;
  const given = argument(listArgument, value, name);
  if (lookup) requireKnown(cx, lookup, (Array.isArray(given) ? given : [given]).map(String), name);
  return `${expr(v)} ${Array.isArray(given) ? 'IN' : '='} ${cx.names.param(given)}`;
}
