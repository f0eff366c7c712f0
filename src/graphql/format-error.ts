import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger';
import { PUBLIC_ERROR_CODES } from './errors';
import { TOO_COMPLEX, TOO_MANY_TOKENS } from './limits';

/** An error Apollo answers with a 4xx status but gives no code (e.g. a persisted-query hash that does not match its query). */
function isCodelessRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 0;
  return status >= 400 && status < 500;
}

/**
 * What a client sees of an error: its code and a message that says what is wrong with the request.
 * Anything unexpected becomes INTERNAL_SERVER_ERROR with no detail; the detail goes to the log.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const reported = isCodelessRequestError(error) ? 'BAD_REQUEST' : String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  // Armor's rules word some refusals as syntax errors, which then arrive as validation failures.
  const code = reported === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith('Syntax Error:') ? 'GRAPHQL_PARSE_FAILED' : reported;
  const tooComplex = TOO_COMPLEX.exec(formatted.message);
  if (tooComplex) return { message: `Query is too complex: ${tooComplex[1]}`, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  const tooManyTokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (tooManyTokens) return { message: `Query is too complex: Token limit of ${tooManyTokens[1]} exceeded.`, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  if (PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  const original = unwrapResolverError(error);
  logger.error({ err: original instanceof Error ? { message: original.message, stack: original.stack } : String(original), path: formatted.path }, 'unexpected error');
  return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
