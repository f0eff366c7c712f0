import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';

/** Message prefix the armor rules use, so errors can carry QUERY_TOO_COMPLEX. */
export const TOO_COMPLEX = 'Query is too complex';

/** Depth, cost, alias, directive and token limits, checked while validating, before anything runs. */
export function armor(config: Config) {
  return new ApolloArmor({
    maxDepth: { n: config.MAX_DEPTH, errorMessage: `${TOO_COMPLEX}: depth limit exceeded`, exposeLimits: true, flattenFragments: true },
    costLimit: {
      maxCost: config.MAX_COST,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      errorMessage: `${TOO_COMPLEX}: cost limit exceeded`,
      exposeLimits: true,
    },
    maxAliases: { n: config.MAX_ALIASES, errorMessage: `${TOO_COMPLEX}: too many aliases`, exposeLimits: true },
    maxDirectives: { n: 50, errorMessage: `${TOO_COMPLEX}: too many directives`, exposeLimits: true },
    maxTokens: { n: 5000, errorMessage: `${TOO_COMPLEX}: too many tokens`, exposeLimits: true },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
}
