import { encodeCursor } from '../compile/paging';

/**
 * Resolvers shared by every Relay connection type (read off the schema: any type with `edges` and
 * `pageInfo`), its edge type and PageInfo. A compiled connection holds up to limit+1 rows: the
 * extra one means "there is more". Rows carry their sort values (`__key`) only when a cursor is
 * selected, and a cursor is encoded only for the edges whose `cursor` is asked for.
 */

interface ConnectionRow {
  sort: string;
  rows: Record<string, unknown>[];
  limit: number;
  hasPrevious: boolean;
  total?: number;
}

/** A projected connection, as the statement wrote it (the compiler's own output: checked for shape, not content). */
function connectionRow(value: unknown): ConnectionRow {
  const c = value as Partial<ConnectionRow> | null;
  if (!c || typeof c.sort !== 'string' || !Array.isArray(c.rows) || typeof c.limit !== 'number') throw new Error('not a projected connection');
  return c as ConnectionRow;
}

/** An edge knows its connection's sort order, so its cursor can be encoded when (and only when) it is selected. */
const SORT = Symbol('sort');
type Edge = Record<string, unknown> & { [SORT]?: string; __key?: unknown[] };

function cursorOf(sort: string, row: { __key?: unknown }): string {
  if (!Array.isArray(row.__key)) throw new Error('the cursor was not projected');
  return encodeCursor(sort, row.__key);
}

/** The cursor of the i-th edge of the page, or null when the page has no such edge. */
function cursorAt(connection: ConnectionRow, i: number): string | null {
  const row = i >= 0 && i < connection.limit ? connection.rows[i] : undefined;
  return row ? cursorOf(connection.sort, row) : null;
}

export const connectionResolvers = {
  edges: (connection: unknown) => {
    const c = connectionRow(connection);
    const page = c.rows.length > c.limit ? c.rows.slice(0, c.limit) : c.rows;
    for (const row of page as Edge[]) row[SORT] = c.sort;
    return page;
  },
  /** PageInfo is read from the connection itself. */
  pageInfo: (connection: unknown) => connectionRow(connection),
  totalCount: (connection: unknown) => {
    const { total } = connectionRow(connection);
    if (total === undefined) throw new Error('totalCount was not projected');
    return total;
  },
};

export const edgeResolvers = {
  cursor: (edge: Edge) => {
    const sort = edge[SORT];
    if (sort === undefined) throw new Error('an edge outside its connection');
    return cursorOf(sort, edge);
  },
};

export const pageInfoResolvers = {
  hasNextPage: (connection: ConnectionRow) => connection.rows.length > connection.limit,
  hasPreviousPage: (connection: ConnectionRow) => connection.hasPrevious,
  startCursor: (connection: ConnectionRow) => cursorAt(connection, 0),
  endCursor: (connection: ConnectionRow) => cursorAt(connection, Math.min(connection.rows.length, connection.limit) - 1),
};
