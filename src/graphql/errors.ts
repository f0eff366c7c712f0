import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { error as driverErrors, isRetryableError, Neo4jError } from 'neo4j-driver';

/**
 * The error codes clients can rely on (`extensions.code`): the project's own, then Apollo Server's.
 * The one list: format-error.ts lets exactly these through, and docs/operations.md describes them.
 */
export const OWN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'DATABASE_TIMEOUT',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof OWN_ERROR_CODES)[number] | `${ApolloServerErrorCode}`;

export const ERROR_CODES: readonly ErrorCode[] = [...new Set<ErrorCode>([...OWN_ERROR_CODES, ...Object.values(ApolloServerErrorCode)])];

/** Codes whose message is meant for the client; anything else is INTERNAL_SERVER_ERROR with no detail. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function userError(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError('BAD_USER_INPUT', message, extra);
}

export function notFound(what: string, id: unknown, hint = ''): GraphQLError {
  return apiError('NOT_FOUND', `${what} ${JSON.stringify(id)} not found${hint}`);
}

export function unauthenticated(message: string): GraphQLError {
  return apiError('UNAUTHENTICATED', message);
}

/** Server-side codes of a transaction that ran out of time (the configured timeout, or waiting for a lock). */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

/** Thrown by Database.read when commits kept the graph changing for the whole read budget. */
const GRAPH_BUSY = 'GraphBusyError';

/** The code the driver gives failures of its own (a connection pool that is closed or full), which never reached Neo4j. */
const DRIVER_SIDE = 'N/A';

/**
 * Maps a database failure to what the client may know, by the driver's error codes: timed out, or
 * unavailable (the driver could not reach Neo4j, or Neo4j said to retry), or else an internal error.
 */
export function databaseError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof Error && err.name === GRAPH_BUSY) {
    return apiError('DATABASE_UNAVAILABLE', 'The graph is being updated; try again shortly');
  }
  if (err instanceof Neo4jError) {
    if (TIMEOUT_CODES.has(err.code)) return apiError('DATABASE_TIMEOUT', 'The query took longer than the server allows');
    if (err.code === driverErrors.SERVICE_UNAVAILABLE || err.code === driverErrors.SESSION_EXPIRED || err.code === DRIVER_SIDE || isRetryableError(err)) {
      return apiError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly');
    }
  }
  return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: err instanceof Error ? err : new Error(String(err)) });
}
