import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Api } from '../graphql/api';
import type { GraphQLContext } from '../graphql/context';
import type { PureResolver } from '../graphql/execute/complete';
import { coveredOperation, executeCompiled, type CompiledApi } from '../graphql/execute/execute';

/**
 * Apollo Server answers a query through compiled execution (src/graphql/execute) when it covers the
 * operation: `responseForOperation` runs after Apollo has parsed and validated the document (both
 * cached) and before graphql-js would execute it. Returning null hands the request back to
 * graphql-js; the response is then exactly what it would have been.
 */

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Which path answered a request (for the differential test and the benchmark's checks). */
export type ExecutionObserver = (path: 'compiled' | 'graphql-js') => void;

/** What Apollo does to an error before `formatError` sees it (errorNormalize.ts's `enrichError`, without stack traces). */
function formatted(error: GraphQLError, format: FormatError): GraphQLFormattedError {
  try {
    const { http: _http, ...rest } = error.extensions;
    const extensions = { ...rest, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' };
    return format({ ...error.toJSON(), extensions }, error);
  } catch {
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}

function compiledApi(api: Api, schema: GraphQLSchema): CompiledApi {
  const resolvers = new Map<string, PureResolver>();
  for (const [type, fields] of Object.entries(api.resolvers)) {
    for (const [field, resolve] of Object.entries(fields as Record<string, PureResolver>)) {
      if (!api.planners.has(`${type}.${field}`)) resolvers.set(`${type}.${field}`, resolve);
    }
  }
  return { schema, planners: api.planners, resolvers, computedAtRoot: api.computedAtRoot };
}

export function compiledExecution(api: Api, format: FormatError, observe?: ExecutionObserver): ApolloServerPlugin<GraphQLContext> {
  const bySchema = new WeakMap<GraphQLSchema, CompiledApi>();
  const forSchema = (schema: GraphQLSchema) => {
    let compiled = bySchema.get(schema);
    if (!compiled) {
      compiled = compiledApi(api, schema);
      bySchema.set(schema, compiled);
    }
    return compiled;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          const compiled = forSchema(rc.schema);
          const covered = coveredOperation(compiled, rc.document, rc.request.operationName);
          const result = covered ? await executeCompiled(compiled, covered, { variables: rc.request.variables, context: rc.contextValue }) : undefined;
          if (!result) {
            // graphql-js answers from scratch: the round-trips counted are its own.
            rc.contextValue.queries.count = 0;
            observe?.('graphql-js');
            return null;
          }
          observe?.('compiled');
          const errors = result.errors?.map((e) => formatted(e, format));
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: errors ? { errors, data: result.data } : { data: result.data } },
          };
        },
      };
    },
  };
}
