import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';

/** How the armor rules word a refusal (with exposeLimits, which tells the client the limit it hit). */
export const TOO_COMPLEX = /^(?:Syntax Error: )?((?:Query Cost|Query depth|Aliases|Directives|Token) limit of \d+ exceeded.*)$/;

/** Depth, cost, alias, directive and token limits, checked while validating, before anything runs. */
export function armor(config: Config) {
  return new ApolloArmor({
    maxDepth: { n: config.MAX_DEPTH, exposeLimits: true, flattenFragments: true },
    costLimit: { maxCost: config.MAX_COST, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, exposeLimits: true },
    maxAliases: { n: config.MAX_ALIASES, exposeLimits: true },
    maxDirectives: { n: 50, exposeLimits: true },
    maxTokens: { n: 5000, exposeLimits: true },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
}
