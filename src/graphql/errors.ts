import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** The error codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

export function userError(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
}

export function notFound(what: string, id: unknown): GraphQLError {
  return new GraphQLError(`${what} ${JSON.stringify(id)} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Thrown by Database.read when commits kept the graph changing for the whole read budget. */
const GRAPH_BUSY = 'GraphBusyError';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps a database failure to what the client may know: unavailable, timed out, or an internal error. */
export function databaseError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof Error && err.name === GRAPH_BUSY) {
    return new GraphQLError('The graph is being updated; try again shortly', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(err.code) || /connect|ECONNREFUSED|ECONNRESET|pool|acquisition/i.test(err.message)) {
      return new GraphQLError('The database is unavailable; try again shortly', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
    }
    if (/TransactionTimedOut|Transaction.*timed out|LockClient.*Timeout/i.test(`${err.code} ${err.message}`)) {
      return new GraphQLError('The query took longer than the server allows', { extensions: { code: 'DATABASE_TIMEOUT' } });
    }
  }
  return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: err as Error });
}
