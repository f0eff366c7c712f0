import { userError } from '../errors';
import type { Compiler, Limits } from './compiler';

export interface SortKey {
  /** Cypher expression; never null (the model wraps nullable properties in coalesce). */
  expr: string;
  direction: 'ASC' | 'DESC';
  /** Names the key in cursors, so a cursor from another sort order is recognised. */
  name: string;
}

/** Page size from `first`: default when absent, an error when negative or above the maximum. */
export function pageSize(first: unknown, limits: Limits, argument = 'first'): number {
  if (first === undefined || first === null) return limits.defaultPageSize;
  const n = Number(first);
  if (!Number.isInteger(n) || n < 0) throw userError(`${argument} must be a non-negative integer`);
  if (n > limits.maxPageSize) throw userError(`${argument} must be at most ${limits.maxPageSize}`);
  return n;
}

/** Size of a nested, unpaginated list: everything up to the ceiling unless `first` says less. */
export function listSize(first: unknown, limits: Limits): number {
  if (first === undefined || first === null) return limits.maxNestedList;
  const n = Number(first);
  if (!Number.isInteger(n) || n < 0) throw userError('first must be a non-negative integer');
  if (n > limits.maxNestedList) throw userError(`first must be at most ${limits.maxNestedList} on a nested list`);
  return n;
}

export const sortSignature = (keys: readonly SortKey[]) => keys.map((k) => `${k.name}:${k.direction}`).join(',');

export function encodeCursor(signature: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify({ s: signature, k: values })).toString('base64url');
}

function decodeCursor(keys: readonly SortKey[], cursor: string): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw userError('after is not a cursor returned by this API');
  }
  const { s, k } = (decoded ?? {}) as { s?: unknown; k?: unknown };
  if (typeof s !== 'string' || !Array.isArray(k) || k.length !== keys.length) {
    throw userError('after is not a cursor returned by this API');
  }
  if (s !== sortSignature(keys)) throw userError('after is a cursor of a different sort order');
  if (k.some((v) => v !== null && !['string', 'number', 'boolean'].includes(typeof v))) {
    throw userError('after is not a cursor returned by this API');
  }
  return k;
}

/** The predicate "comes after the cursor" in the sort order (keyset pagination: no SKIP). */
export function afterCursor(keys: readonly SortKey[], cursor: unknown, c: Compiler): string {
  if (cursor === undefined || cursor === null) return 'true';
  if (typeof cursor !== 'string' || cursor.length > 2048) throw userError('after is not a cursor returned by this API');
  const values = decodeCursor(keys, cursor).map((v) => c.param(v));
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k.expr} = ${values[j]}`);
    const beyond = `${key.expr} ${key.direction === 'ASC' ? '>' : '<'} ${values[i]}`;
    return [...equal, beyond].join(' AND ');
  });
  return alternatives.map((a) => `(${a})`).join(' OR ');
}

export const orderBy = (keys: readonly SortKey[]) => keys.map((k) => `${k.expr} ${k.direction}`).join(', ');

/** Sort keys from a `sort` argument (`[{ name: ASC }, ...]`), with the id as the final tie-breaker. */
export function sortKeys(
  sort: unknown,
  fields: Readonly<Record<string, (v: string) => string>>,
  nodeVar: string,
  defaults: readonly { field: string; direction: 'ASC' | 'DESC' }[],
): SortKey[] {
  const requested: { field: string; direction: 'ASC' | 'DESC' }[] = [];
  for (const item of (sort as Record<string, unknown>[] | null | undefined) ?? []) {
    const entries = Object.entries(item).filter(([, d]) => d !== undefined && d !== null);
    if (entries.length !== 1) throw userError('each sort element must name exactly one field, e.g. { name: ASC }');
    const [field, direction] = entries[0]!;
    requested.push({ field, direction: direction === 'DESC' ? 'DESC' : 'ASC' });
  }
  const chosen = requested.length > 0 ? requested : [...defaults];
  if (!chosen.some((k) => k.field === 'id') && fields.id) chosen.push({ field: 'id', direction: 'ASC' });
  return chosen.map(({ field, direction }) => {
    const expr = fields[field];
    if (!expr) throw userError(`cannot sort by ${field}`);
    return { expr: expr(nodeVar), direction, name: field };
  });
}
