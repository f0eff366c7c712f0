import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import { estimateCost, type CostEstimate, type CostLimits } from './estimate';
import type { StatisticsCache } from './statistics';

export interface CostLimitOptions {
  maxCost: number;
  limits: CostLimits;
  statistics: StatisticsCache;
  /** Called with every estimate within the limit, before the operation runs; may throw to refuse it. */
  onEstimate?: (request: GraphQLRequestContextDidResolveOperation<GraphQLContext>, estimate: CostEstimate) => Promise<void> | void;
}

/**
 * Refuses, with 400 QUERY_TOO_COMPLEX, an operation whose estimated cost is over `maxCost`, once its
 * document is valid and before any resolver runs (so Neo4j is never asked). Variables count: a page
 * size or a filter given as a variable is priced like one written inline.
 */
export function costLimit(options: CostLimitOptions): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          const stats = await options.statistics.current();
          const estimate = estimateCost(request.schema, request.document, request.operationName, request.request.variables, stats, options.limits);
          if (estimate.cost > options.maxCost) {
            throw new GraphQLError(
              `Query is too complex: its estimated cost of ${estimate.cost} db hits is over the limit of ${options.maxCost}`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost: estimate.cost, maxCost: options.maxCost, http: { status: 400 } } },
            );
          }
          await options.onEstimate?.(request, estimate);
        },
      };
    },
  };
}
