import type { QueryResolvers } from '../../generated/graphql';
import { toSimplified, toTraditional } from '../../ingest/resolve/chinese';
import { Compiler } from '../compile/compiler';
import { entityOf, shape } from '../compile/shape';
import { userError } from '../errors';
import { limitsOf, resolveTree, run } from '../execute';
import { projectionModel as model } from '../model';

const SEARCH_TYPE_LABELS: Record<string, string> = {
  COMPANY: 'Company',
  STANDARD: 'Standard',
  ALLIANCE: 'Alliance',
  ORGANIZATION: 'Organization',
  PROGRAMME: 'Programme',
  FRAMEWORK: 'Framework',
  REPORT: 'Report',
  METRIC: 'Metric',
  SDG: 'SDG',
};

const MAX_SEARCH_TEXT = 200;

/** User text as Lucene terms: every character of the query syntax escaped, so text is only ever text. */
export function luceneTerms(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (ch) => `\\${ch}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (word) => word.toLowerCase())
    .trim();
}

/**
 * The fulltext query: the text as typed, in simplified and in traditional characters, so either
 * script finds names written in the other (the index holds both forms as well).
 */
export function fulltextQuery(text: string): string {
  const forms = [...new Set([text, toSimplified(text), toTraditional(text)].map(luceneTerms).filter((f) => f.length > 0))];
  return forms.map((f) => `(${f})`).join(' OR ');
}

export const searchQueries: QueryResolvers = {
  search: async (_root, { text, types, first }, ctx, info) => {
    const trimmed = text.trim();
    if (trimmed.length === 0) throw userError('text must not be empty');
    if (trimmed.length > MAX_SEARCH_TEXT) throw userError(`text must be at most ${MAX_SEARCH_TEXT} characters`);
    const size = first ?? 10;
    if (size < 0 || size > ctx.config.MAX_PAGE_SIZE) throw userError(`first must be between 0 and ${ctx.config.MAX_PAGE_SIZE}`);
    const query = fulltextQuery(trimmed);
    if (query.length === 0) throw userError('text has nothing to search for');
    const labels = (types && types.length > 0 ? types : Object.keys(SEARCH_TYPE_LABELS)).map((t) => SEARCH_TYPE_LABELS[t]!);
    const c = new Compiler(limitsOf(ctx));
    const hit = shape('SearchHit', resolveTree(info), {
      score: () => 'score',
      node: (t) => entityOf(model, c, 'SearchResult', 'node', t),
    });
    const statement =
      `CALL db.index.fulltext.queryNodes('entity_search', ${c.param(query)}) YIELD node, score ` +
      `WHERE any(l IN labels(node) WHERE l IN ${c.param(labels)}) ` +
      `WITH node, score ORDER BY score DESC, node.id LIMIT ${c.int(size)} ` +
      `RETURN ${hit} AS result`;
    return run(ctx, statement, c.params);
  },
};
