import { z } from 'zod';
import type { Lookup, RelVars } from '../../model/declare';
import { argument } from '../arguments';
import { missing } from '../model/model';
import { requireKnown, type Compiling } from './context';

/**
 * Filters: a `where` input value becomes a Cypher predicate over the variables of what it filters
 * (an entity's node, or a relationship and its ends). A filter that filters nothing (an absent
 * value, `{}`, an empty `AND`) is no predicate at all: undefined, and no `WHERE` in the statement.
 */

/** Predicates that must all hold, as one; undefined when there are none. */
export function and(parts: readonly string[]): string | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return parts.map((p) => `(${p})`).join(' AND ');
}

const inputObject = z.record(z.string(), z.unknown());

/** The fields of an input value (GraphQL has checked its shape; this only reads it). */
export const inputEntries = (value: unknown): [string, unknown][] => Object.entries(inputObject.parse(value));

/** A compiled filter and how many predicates it ANDs at its top (what an enclosing OR multiplies). */
interface Compiled {
  cypher: string;
  conjuncts: number;
}

/**
 * The most clauses an OR may expand to in conjunctive normal form before its items are kept whole.
 * Neo4j's planner distributes an OR over the ANDs below it when there are at most 8 of them: an OR of
 * k items of n predicates becomes n^k clauses, and the planning time grows with them (two fields of a
 * company under all five string operators: 25 clauses and 0.35–3.5 s of planning, against 0.09–0.17 s
 * for the same filter kept whole: `npm run bench:plan-check`). An item compared with `= true` is a single predicate to that rewrite
 * and keeps its value (true, false or null, so NOT still reads it as before).
 */
const MAX_CNF_CLAUSES = 8;

function or(items: readonly Compiled[]): Compiled {
  if (items.length === 1) return { cypher: `(${items[0]!.cypher})`, conjuncts: items[0]!.conjuncts };
  const clauses = items.reduce((product, item) => product * item.conjuncts, 1);
  const whole = (item: Compiled) => (clauses > MAX_CNF_CLAUSES && item.conjuncts > 1 ? `(${item.cypher}) = true` : item.cypher);
  return { cypher: items.map((item) => `(${whole(item)})`).join(' OR '), conjuncts: 1 };
}

/**
 * Compiles one input value: each field by its writer, AND, OR and NOT by nesting inputs of the same
 * type (`self`).
 */
function compileInput<W>(input: string, writers: ReadonlyMap<string, W>, value: unknown, apply: (write: W, fieldValue: unknown) => readonly string[], self: (inner: unknown) => Compiled | undefined): Compiled | undefined {
  if (value === undefined || value === null) return undefined;
  const parts: Compiled[] = [];
  for (const [name, fieldValue] of inputEntries(value)) {
    if (fieldValue === undefined || fieldValue === null) continue;
    if (name === 'AND' || name === 'OR') {
      const items = z.array(z.unknown()).parse(fieldValue).map(self);
      // An item that filters nothing matches everything: it drops out of AND and makes OR hold always.
      if (name === 'OR' && items.some((i) => i === undefined)) continue;
      const defined = items.filter((i): i is Compiled => i !== undefined);
      if (defined.length === 0) continue;
      parts.push(name === 'OR' ? or(defined) : { cypher: and(defined.map((i) => i.cypher))!, conjuncts: defined.reduce((n, i) => n + i.conjuncts, 0) });
    } else if (name === 'NOT') {
      parts.push({ cypher: `NOT (${self(fieldValue)?.cypher ?? 'true'})`, conjuncts: 1 });
    } else {
      const write = writers.get(name);
      if (write === undefined) throw missing(`filter ${input}.${name}`);
      parts.push(...apply(write, fieldValue).map((cypher) => ({ cypher, conjuncts: 1 })));
    }
  }
  if (parts.length === 0) return undefined;
  return { cypher: and(parts.map((p) => p.cypher))!, conjuncts: parts.reduce((n, p) => n + p.conjuncts, 0) };
}

/** The predicate of a `<Type>Where` value over an entity's node. */
export function whereNode(cx: Compiling, input: string, value: unknown, node: string): string | undefined {
  const filter = cx.model.filters.get(input);
  if (filter?.over !== 'node') throw missing(`filter ${input} over a node`);
  const compile = (inner: unknown): Compiled | undefined => compileInput(input, filter.fields, inner, (write, v) => write(node, v, cx), compile);
  return compile(value)?.cypher;
}

/** The predicate of a `<Relationship object>Where` value over a relationship and its ends. */
export function whereRelationship(cx: Compiling, input: string, value: unknown, v: RelVars): string | undefined {
  const filter = cx.model.filters.get(input);
  if (filter?.over !== 'relationship') throw missing(`filter ${input} over a relationship`);
  const compile = (inner: unknown): Compiled | undefined => compileInput(input, filter.fields, inner, (write, fieldValue) => write(v, fieldValue, cx), compile);
  return compile(value)?.cypher;
}

const MAX_FILTER_STRING = 500;
const MAX_FILTER_LIST = 1000;
const operand = z.union([
  z.string().max(MAX_FILTER_STRING, `is longer than ${MAX_FILTER_STRING} characters`),
  z.array(z.unknown()).max(MAX_FILTER_LIST, `has more than ${MAX_FILTER_LIST} values`),
  z.number(),
  z.boolean(),
]);

const COMPARISONS: Readonly<Record<string, string>> = { eq: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' };
const STRING_OPERATORS: Readonly<Record<string, string>> = { contains: 'CONTAINS', startsWith: 'STARTS WITH', endsWith: 'ENDS WITH' };
/** The string operators again, ignoring case (`name: { caseInsensitive: { contains: "tcfd" } }`, as in @neo4j/graphql). */
const CASE_INSENSITIVE = 'caseInsensitive';

/** The operators a filter input type (StringFilter, IntFilter, an enum's filter) may have. */
export const OPERATORS: readonly string[] = ['in', ...Object.keys(COMPARISONS), ...Object.keys(STRING_OPERATORS), CASE_INSENSITIVE];

export interface OperatorSpec {
  /** The property holds a list: the filter holds when any element matches. */
  list: boolean;
  /** Converts string operands to simplified Chinese (the property holds the simplified form). */
  simplify?: (text: string) => string;
  /** `eq` and `in` name things that must exist, matched the lookup's way over the node (not the property). */
  lookup?: { readonly lookup: Lookup; readonly node: string } | undefined;
}

const strings = z.array(z.string());

/** Predicates of an operator input (`{ contains: "x", startsWith: "y" }`) on an expression. */
export function operatorPredicates(field: string, expr: string, spec: OperatorSpec, operators: unknown, cx: Compiling, ignoreCase = false): string[] {
  const out: string[] = [];
  const x = spec.list ? cx.names.variable('x') : expr;
  const wrap = (p: string) => (spec.list ? `any(${x} IN coalesce(${expr}, []) WHERE ${p})` : p);
  const convert = (v: unknown): unknown => {
    const simplify = spec.simplify;
    if (!simplify) return v;
    return Array.isArray(v) ? v.map((s) => simplify(String(s))) : simplify(String(v));
  };
  for (const [op, raw] of inputEntries(operators)) {
    if (raw === undefined || raw === null) continue;
    if (op === CASE_INSENSITIVE && !ignoreCase) {
      out.push(...operatorPredicates(`${field}.${op}`, expr, { ...spec, lookup: undefined }, raw, cx, true));
      continue;
    }
    const value = convert(argument(operand, raw, `${field}.${op}`));
    if (spec.lookup && (op === 'eq' || op === 'in')) {
      const { lookup, node } = spec.lookup;
      const given = op === 'eq' ? [String(value)] : argument(strings, value, `${field}.${op}`);
      requireKnown(cx, lookup, given, `${field}.${op}`);
      const prepared = given.map((g) => (lookup.param ? lookup.param(g) : g));
      if (op === 'eq') out.push(lookup.matches(node, cx.names.param(prepared[0])));
      else {
        const each = cx.names.variable('v');
        out.push(`any(${each} IN ${cx.names.param(prepared)} WHERE ${lookup.matches(node, each)})`);
      }
      continue;
    }
    const symbol = op === 'in' ? 'IN' : (COMPARISONS[op] ?? STRING_OPERATORS[op]);
    if (!symbol) throw missing(`operator ${op} on ${field}`);
    if (!ignoreCase) {
      out.push(wrap(`${x} ${symbol} ${cx.names.param(value)}`));
    } else if (op === 'in') {
      const each = cx.names.variable('v');
      out.push(wrap(`toLower(${x}) IN [${each} IN ${cx.names.param(value)} | toLower(${each})]`));
    } else {
      out.push(wrap(`toLower(${x}) ${symbol} toLower(${cx.names.param(value)})`));
    }
  }
  return out;
}
