import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCHEMA_DIR = join(__dirname, '..', '..', 'schema');

/** The SDL of schema/*.graphql, one document per domain file. */
export function typeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
