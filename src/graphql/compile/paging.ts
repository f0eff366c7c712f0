import { z } from 'zod';
import { pageSize as pageSizeRule } from '../../model/values';
import type { SortDirection, SortSpec } from '../../model/declare';
import { argument } from '../arguments';
import { userError } from '../errors';
import type { Names } from './names';

/** Limits a compiled query enforces on list sizes. */
export interface Limits {
  defaultPageSize: number;
  maxPageSize: number;
  /** Ceiling for nested lists (certifications, metrics, ...), which are not paginated. */
  maxNestedList: number;
}

/** How a type's sort fields order: field → Cypher expression over the node (never null, so cursors compare cleanly). */
export type SortFields = ReadonlyMap<string, (node: string) => string>;

export interface SortKey {
  /** Cypher expression; never null (the model wraps nullable properties in coalesce). */
  expr: string;
  direction: SortDirection;
  /** Names the key in cursors, so a cursor from another sort order is recognised. */
  name: string;
}

/** Page size from `first`: default when absent, an error when negative or above the maximum. */
export function pageSize(first: unknown, limits: Limits, name = 'first'): number {
  if (first === undefined || first === null) return limits.defaultPageSize;
  return argument(pageSizeRule(limits.maxPageSize), first, name);
}

/** Size of a nested, unpaginated list: everything up to the ceiling unless `first` says less. */
export function listSize(first: unknown, limits: Limits): number {
  if (first === undefined || first === null) return limits.maxNestedList;
  return argument(pageSizeRule(limits.maxNestedList, ' on a nested list'), first, 'first');
}

export const sortSignature = (keys: readonly SortKey[]) => keys.map((k) => `${k.name}:${k.direction}`).join(',');

export function encodeCursor(signature: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify({ s: signature, k: values })).toString('base64url');
}

const cursorShape = z.object({ s: z.string(), k: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])) });

function decodeCursor(keys: readonly SortKey[], cursor: string): unknown[] {
  const notACursor = () => userError('after is not a cursor returned by this API');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  const parsed = cursorShape.safeParse(decoded);
  if (!parsed.success || parsed.data.k.length !== keys.length) throw notACursor();
  if (parsed.data.s !== sortSignature(keys)) throw userError('after is a cursor of a different sort order');
  return parsed.data.k;
}

/** The predicate "comes after the cursor" in the sort order (keyset pagination: no SKIP); undefined without a cursor. */
export function afterCursor(keys: readonly SortKey[], cursor: unknown, names: Names): string | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  if (typeof cursor !== 'string' || cursor.length > 2048) throw userError('after is not a cursor returned by this API');
  const values = decodeCursor(keys, cursor).map((v) => names.param(v));
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k.expr} = ${values[j]}`);
    const beyond = `${key.expr} ${key.direction === 'ASC' ? '>' : '<'} ${values[i]}`;
    return [...equal, beyond].join(' AND ');
  });
  return alternatives.map((a) => `(${a})`).join(' OR ');
}

export const orderBy = (keys: readonly SortKey[]) => keys.map((k) => `${k.expr} ${k.direction}`).join(', ');

const sortElement = z.record(z.string(), z.enum(['ASC', 'DESC']).nullish());

/** Sort keys from a `sort` argument (`[{ name: ASC }, ...]`), with the id as the final tie-breaker when the type sorts by id. */
export function sortKeys(sort: unknown, fields: SortFields, node: string, defaults: readonly SortSpec[]): SortKey[] {
  const requested: SortSpec[] = [];
  for (const element of argument(z.array(sortElement).nullish(), sort, 'sort') ?? []) {
    const entries = Object.entries(element).filter((e): e is [string, SortDirection] => e[1] !== undefined && e[1] !== null);
    const [only] = entries;
    if (!only || entries.length !== 1) throw userError('each sort element must name exactly one field, e.g. { name: ASC }');
    requested.push({ field: only[0], direction: only[1] });
  }
  const chosen = requested.length > 0 ? requested : [...defaults];
  if (!chosen.some((k) => k.field === 'id') && fields.has('id')) chosen.push({ field: 'id', direction: 'ASC' });
  return chosen.map(({ field, direction }) => {
    const expr = fields.get(field);
    if (!expr) throw userError(`cannot sort by ${field}`);
    return { expr: expr(node), direction, name: field };
  });
}
