import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCases, TCK_DIR, tckFiles } from './cases';
import { model } from '../../src/model/registry';
import { compileOperation, formatStatement } from './compile-operation';

/**
 * The generated Cypher, pinned: each case of test/tck/*.md is a GraphQL operation with the statements
 * and parameters it must compile to, compared without a database. A change to a statement shows in
 * the diff of the .md file. `TCK_UPDATE=1 npx jest test/tck` rewrites the expectations (never in CI).
 */

const UPDATE = process.env.TCK_UPDATE === '1' && process.env.CI !== 'true';

function renderCase(statements: { cypher: string; params: string }[]): string {
  const blocks = statements.map((s) => `\`\`\`cypher\n${s.cypher}\n\`\`\`\n\n\`\`\`json params\n${s.params}\n\`\`\``);
  return blocks.join('\n\n');
}

/** Replaces the pinned blocks of each case of a file with what the compiler writes now. */
function rewrite(file: string, compiled: Map<string, { cypher: string; params: string }[]>): void {
  const text = readFileSync(join(TCK_DIR, file), 'utf8');
  const [head, ...sections] = text.split(/^## /m);
  const out = sections.map((section) => {
    const title = section.slice(0, section.indexOf('\n')).trim();
    const statements = compiled.get(title);
    const kept = section.replace(/\n```cypher\n[\s\S]*?\n```\n(\n```json params\n[\s\S]*?\n```\n)?/g, '').trimEnd();
    return statements ? `${kept}\n\n${renderCase(statements)}\n\n` : `${kept}\n\n`;
  });
  writeFileSync(join(TCK_DIR, file), `${[head, ...out].join('## ').trimEnd()}\n`);
}

const files = tckFiles();

test('at least 40 operations are pinned', () => {
  expect(files.flatMap(readCases).length).toBeGreaterThanOrEqual(40);
});

/** Labels (`(n:Company)`, `n:SDG`) and relationship types (`[:MEMBER_OF]`, `[:A|B*..4]`) a statement names. */
function namesIn(cypher: string): { labels: string[]; types: string[] } {
  const code = cypher.replace(/'(?:[^'\\]|\\.)*'|`[^`]*`/g, "''");
  const labels = [...code.matchAll(/\b\w*:([A-Z]\w*)/g)].map((m) => m[1] ?? '');
  const types = [...code.matchAll(/\[\w*:([A-Z_|]+)/g)].flatMap((m) => (m[1] ?? '').split('|'));
  return { labels: labels.filter((l) => !types.includes(l)), types };
}

test('every statement names only declared labels and relationship types', async () => {
  const registry = model();
  const labels = new Set(['Entity', ...registry.entities.keys()]);
  const undeclared = new Set<string>();
  for (const c of files.flatMap(readCases)) {
    for (const s of await compileOperation(c.query, c.variables)) {
      const found = namesIn(s.cypher);
      for (const l of found.labels) if (!labels.has(l)) undeclared.add(`${c.title}: label ${l}`);
      for (const t of found.types) if (!registry.relationships.has(t)) undeclared.add(`${c.title}: relationship type ${t}`);
    }
  }
  expect([...undeclared]).toEqual([]);
});

describe.each(files)('%s', (file) => {
  const cases = readCases(file);
  const compiled = new Map<string, { cypher: string; params: string }[]>();
  afterAll(() => {
    if (UPDATE) rewrite(file, compiled);
  });

  test.each(cases.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const statements = (await compileOperation(c.query, c.variables)).map(formatStatement);
    compiled.set(c.title, statements);
    if (UPDATE) return;
    expect(c.pinned.length).toBeGreaterThan(0);
    expect(statements).toEqual(c.pinned);
  });
});
