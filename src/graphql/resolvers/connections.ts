import { z } from 'zod';
import { encodeCursor } from '../compile/paging';

/**
 * Resolvers shared by every Relay connection type (read off the schema: any type with `edges` and
 * `pageInfo`), its edge type and PageInfo. A compiled connection holds up to limit+1 rows: the
 * extra one means "there is more".
 */

const connectionRow = z.looseObject({
  sort: z.string(),
  rows: z.array(z.looseObject({ __key: z.array(z.unknown()) })),
  limit: z.number(),
  hasPrevious: z.boolean(),
  total: z.number().optional(),
});
type ConnectionRow = z.infer<typeof connectionRow>;

function edges(connection: ConnectionRow) {
  return connection.rows.slice(0, connection.limit).map((row) => ({ ...row, __cursor: encodeCursor(connection.sort, row.__key) }));
}

/** The cursor of the i-th edge of the page, or null when the page has no such edge. */
function cursorAt(connection: ConnectionRow, i: number): string | null {
  const row = i >= 0 && i < connection.limit ? connection.rows[i] : undefined;
  return row ? encodeCursor(connection.sort, row.__key) : null;
}

export const connectionResolvers = {
  edges: (connection: unknown) => edges(connectionRow.parse(connection)),
  /** PageInfo is read from the connection itself. */
  pageInfo: (connection: unknown) => connectionRow.parse(connection),
  totalCount: (connection: unknown) => {
    const { total } = connectionRow.parse(connection);
    if (total === undefined) throw new Error('totalCount was not projected');
    return total;
  },
};

export const edgeResolvers = {
  cursor: (edge: { __cursor: string }) => edge.__cursor,
};

export const pageInfoResolvers = {
  hasNextPage: (connection: ConnectionRow) => connection.rows.length > connection.limit,
  hasPreviousPage: (connection: ConnectionRow) => connection.hasPrevious,
  startCursor: (connection: ConnectionRow) => cursorAt(connection, 0),
  endCursor: (connection: ConnectionRow) => cursorAt(connection, Math.min(connection.rows.length, connection.limit) - 1),
};
