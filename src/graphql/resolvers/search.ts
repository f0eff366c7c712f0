import { z } from 'zod';
import type { QuerySearchArgs } from '../../generated/graphql';
import { FULLTEXT_INDEX } from '../../model/registry';
import { between } from '../../model/values';
import { toSimplified, toTraditional } from '../../ingest/resolve/chinese';
import { argument } from '../arguments';
import { statement } from '../compile/context';
import { entityOf, shape, writeShape } from '../compile/shape';
import { userError } from '../errors';
import { missing } from '../model/model';
import { allRows, planner } from '../plan';

/** search(text, types): the fulltext index over every searchable entity's names, in both Chinese scripts and English. */

const MAX_SEARCH_TEXT = 200;
const searchText = z.string().trim().min(1, 'must not be empty').max(MAX_SEARCH_TEXT, `must be at most ${MAX_SEARCH_TEXT} characters`);

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

export const SEARCH_HIT = shape<{ node: string }>('SearchHit', {
  score: () => 'score',
  node: (e, t, cx) => entityOf(cx, 'SearchResult', e.node, t),
});

export const searchPlanner = planner<QuerySearchArgs>('Query', 'search', (_root, { text, types, first }, tree, p) => {
  const query = fulltextQuery(argument(searchText, text, 'text'));
  if (query.length === 0) throw userError('text has nothing to search for');
  const size = argument(between(0, p.limits.maxPageSize), first ?? 10, 'first');
  // Without `types` every hit is wanted: the index holds searchable labels only, so no label is tested.
  const labels = types && types.length > 0 ? [...new Set(types)].map((t) => {
    const label = p.model.searchTypes.get(t);
    if (!label) throw missing(`search type ${t}`);
    return label;
  }) : undefined;
  return {
    checks: [],
    statement: statement(p, (cx) => {
      const search = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', ${cx.names.param(query)}) YIELD node, score`;
      const types = labels ? ` WHERE any(l IN labels(node) WHERE l IN ${cx.names.param(labels)})` : '';
      const page = `WITH node, score ORDER BY score DESC, node.id LIMIT ${cx.names.int(size)}`;
      return `${search}${types} ${page} RETURN ${writeShape(SEARCH_HIT, { node: 'node' }, tree, cx)} AS result`;
    }),
    answer: allRows,
  };
});
