import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';

/** How the armor rules word a refusal (with exposeLimits, which tells the client the limit it hit). */
export const TOO_COMPLEX = /^(?:Syntax Error: )?((?:Query depth|Aliases|Directives|Token) limit of \d+ exceeded.*)$/;

/** The most tokens a document may have; GraphQL's parser stops counting there (`parseOptions`). */
export const MAX_TOKENS = 5000;
/** How graphql-js words a document over MAX_TOKENS (sic: "more that"). */
export const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Depth, alias and directive limits, checked while validating, before anything runs. The token
 * limit is the parser's own (MAX_TOKENS): armor's token plugin parses the document a second time
 * inside a hook whose errors Apollo answers with a 500. Cost is estimated in db hits from the
 * operation, its variables and the graph (cost/plugin.ts), not by armor's count of fields.
 */
export function armor(config: Config) {
  return new ApolloArmor({
    maxDepth: { n: config.MAX_DEPTH, exposeLimits: true, flattenFragments: true },
    costLimit: { enabled: false },
    maxAliases: { n: config.MAX_ALIASES, exposeLimits: true },
    maxDirectives: { n: 50, exposeLimits: true },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
}
