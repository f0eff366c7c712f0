import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCases, TCK_DIR, tckFiles } from './cases';
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
