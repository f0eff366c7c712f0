import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One pinned operation of a test/tck/*.md file. */
export interface TckCase {
  file: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** The statements as pinned: Cypher and parameters, in the order they run (empty when not yet pinned). */
  pinned: { cypher: string; params: string }[];
}

export const TCK_DIR = __dirname;

const FENCE = /^```(\w+)(?: (\w+))?\n([\s\S]*?)^```$/gm;

/** Reads the cases of a markdown file: `## title`, a graphql block, optional json variables, then cypher + json params pairs. */
export function readCases(file: string): TckCase[] {
  const text = readFileSync(join(TCK_DIR, file), 'utf8');
  const sections = text.split(/^## /m).slice(1);
  return sections.map((section) => {
    const title = section.slice(0, section.indexOf('\n')).trim();
    const blocks = [...section.matchAll(FENCE)].map((m) => ({ lang: m[1] ?? '', role: m[2] ?? '', body: (m[3] ?? '').replace(/\n$/, '') }));
    const query = blocks.find((b) => b.lang === 'graphql')?.body;
    if (!query) throw new Error(`${file}: "${title}" has no graphql block`);
    const variables = blocks.find((b) => b.lang === 'json' && b.role === 'variables')?.body;
    const pinned: TckCase['pinned'] = [];
    for (const b of blocks) {
      if (b.lang === 'cypher') pinned.push({ cypher: b.body, params: '' });
      else if (b.lang === 'json' && b.role === 'params') {
        const last = pinned[pinned.length - 1];
        if (!last) throw new Error(`${file}: "${title}" has params before any cypher`);
        last.params = b.body;
      }
    }
    return { file, title, query, variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {}, pinned };
  });
}

export function tckFiles(): string[] {
  return readdirSync(TCK_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();
}
