// Search over names, aliases and descriptions. `searchText` holds every name of a node in the
// report's script, in simplified and in traditional characters, and in English; the CJK analyzer
// indexes Chinese as overlapping bigrams so a two-character query finds a longer name.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Company|Standard|Alliance|Organization|Programme|Framework|Report|Metric|SDG)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
