import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../paths';

export const CYPHER_DIR = fromRoot('cypher');

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`: statements live in files so they can be read, diffed and PROFILEd as they are. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(name, text);
  }
  return text;
}
