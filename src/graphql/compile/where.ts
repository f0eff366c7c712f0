import { toSimplified } from '../../ingest/resolve/chinese';
import { userError } from '../errors';
import type { Compiler } from './compiler';

/** Cypher variables an expression is written against, by role (`n`, `r`, `company`, ...). */
export type Vars = Readonly<Record<string, string>>;

export type FilterField =
  | { kind: 'string'; expr: (v: Vars) => string; list?: boolean; simplify?: boolean }
  | { kind: 'scalar'; expr: (v: Vars) => string; list?: boolean }
  | { kind: 'object'; input: string; vars: (v: Vars) => Vars }
  | { kind: 'relation'; input: string; match: (v: Vars, c: Compiler) => { pattern: string; vars: Vars } }
  | { kind: 'custom'; compile: (v: Vars, value: unknown, c: Compiler) => string };

/** Filter input types: each field of the input says how it becomes a predicate. */
export type FilterModel = Record<string, Record<string, FilterField>>;

const MAX_FILTER_STRING = 500;
const MAX_FILTER_LIST = 1000;

type Operators = Record<string, unknown>;

function checkValue(field: string, op: string, value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_FILTER_STRING) {
    throw userError(`${field}.${op} is longer than ${MAX_FILTER_STRING} characters`);
  }
  if (Array.isArray(value) && value.length > MAX_FILTER_LIST) {
    throw userError(`${field}.${op} has more than ${MAX_FILTER_LIST} values`);
  }
}

const COMPARISONS: Record<string, string> = { eq: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' };
const STRING_OPS: Record<string, string> = { contains: 'CONTAINS', startsWith: 'STARTS WITH', endsWith: 'ENDS WITH' };

function operatorPredicates(field: string, spec: { list?: boolean; simplify?: boolean }, expr: string, ops: Operators, c: Compiler): string[] {
  const out: string[] = [];
  const x = c.variable('x');
  const subject = spec.list ? x : expr;
  const wrap = (p: string) => (spec.list ? `any(${x} IN coalesce(${expr}, []) WHERE ${p})` : p);
  const convert = (v: unknown): unknown =>
    spec.simplify ? (Array.isArray(v) ? v.map((s) => toSimplified(String(s))) : toSimplified(String(v))) : v;
  for (const [op, raw] of Object.entries(ops)) {
    if (raw === undefined || raw === null) continue;
    checkValue(field, op, raw);
    const value = convert(raw);
    if (op === 'in') out.push(wrap(`${subject} IN ${c.param(value)}`));
    else if (op in COMPARISONS) out.push(wrap(`${subject} ${COMPARISONS[op]} ${c.param(value)}`));
    else if (op in STRING_OPS) out.push(wrap(`${subject} ${STRING_OPS[op]} ${c.param(value)}`));
    else throw userError(`unknown operator ${op} on ${field}`);
  }
  return out;
}

const and = (parts: readonly string[]) => (parts.length === 0 ? 'true' : parts.length === 1 ? parts[0]! : parts.map((p) => `(${p})`).join(' AND '));

/** Compiles a `where` input value into a Cypher predicate over `vars`; 'true' when it filters nothing. */
export function compileWhere(model: FilterModel, input: string, where: unknown, vars: Vars, c: Compiler): string {
  if (where === undefined || where === null) return 'true';
  const fields = model[input];
  if (!fields) throw new Error(`no filter model for ${input}`);
  const parts: string[] = [];
  for (const [name, value] of Object.entries(where as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (name === 'AND' || name === 'OR') {
      const items = (value as unknown[]).map((w) => compileWhere(model, input, w, vars, c));
      if (items.length === 0) continue;
      parts.push(items.map((p) => `(${p})`).join(` ${name} `));
      continue;
    }
    if (name === 'NOT') {
      parts.push(`NOT (${compileWhere(model, input, value, vars, c)})`);
      continue;
    }
    const field = fields[name];
    if (!field) throw new Error(`${input}.${name} has no filter model`);
    switch (field.kind) {
      case 'string':
      case 'scalar':
        parts.push(...operatorPredicates(name, field, field.expr(vars), value as Operators, c));
        break;
      case 'object':
        parts.push(compileWhere(model, field.input, value, field.vars(vars), c));
        break;
      case 'relation': {
        for (const [quantifier, inner] of Object.entries(value as Record<string, unknown>)) {
          if (inner === undefined || inner === null) continue;
          const { pattern, vars: relVars } = field.match(vars, c);
          const predicate = compileWhere(model, field.input, inner, relVars, c);
          if (quantifier === 'some') parts.push(`EXISTS { MATCH ${pattern} WHERE ${predicate} }`);
          else if (quantifier === 'none') parts.push(`NOT EXISTS { MATCH ${pattern} WHERE ${predicate} }`);
          else if (quantifier === 'all') parts.push(`NOT EXISTS { MATCH ${pattern} WHERE NOT (${predicate}) }`);
          else throw userError(`unknown quantifier ${quantifier} on ${name}`);
        }
        break;
      }
      case 'custom':
        parts.push(field.compile(vars, value, c));
        break;
    }
  }
  return and(parts.filter((p) => p !== 'true'));
}
