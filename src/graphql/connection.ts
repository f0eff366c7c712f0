import { encodeCursor } from './compile/paging';

/** What a compiled connection projects: up to limit+1 rows (the extra one means "there is more"). */
interface ConnectionRow {
  sort: string;
  rows: ({ __key: unknown[] } & Record<string, unknown>)[];
  limit: number;
  hasPrevious: boolean;
  total?: number;
}

function edges(connection: ConnectionRow) {
  return connection.rows.slice(0, connection.limit).map((row) => ({ ...row, __cursor: encodeCursor(connection.sort, row.__key) }));
}

/** Resolvers shared by every connection type and edge type. */
export const connectionResolvers = {
  edges: (connection: ConnectionRow) => edges(connection),
  pageInfo: (connection: ConnectionRow) => {
    const page = edges(connection);
    return {
      hasNextPage: connection.rows.length > connection.limit,
      hasPreviousPage: connection.hasPrevious,
      startCursor: page[0]?.__cursor ?? null,
      endCursor: page[page.length - 1]?.__cursor ?? null,
    };
  },
  totalCount: (connection: ConnectionRow) => {
    if (connection.total === undefined) throw new Error('totalCount was not projected');
    return connection.total;
  },
};

export const edgeResolvers = {
  cursor: (edge: { __cursor: string }) => edge.__cursor,
};
