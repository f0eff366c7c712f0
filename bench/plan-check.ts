/**
 * `npm run bench:plan-check [-- --times 3]`: Neo4j's planning time of a wide OR filter written plainly
 * and kept whole (src/graphql/compile/where.ts; the compiler's form is pinned in test/tck/filters.md).
 * Neo4j expands a plain OR of ANDs into conjunctive normal form when it has at most 8 ANDs: two fields
 * under five operators (8 ANDs) are expanded, five fields (20) are not, as a contrast. Runs `CYPHER replan=force EXPLAIN` on the configured Neo4j (the local one
 * unless NEO4J_URI is set, as `npm run cypher`), so each reading is a cold plan and nothing runs.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';

const OPERATORS = ['CONTAINS $text', 'STARTS WITH $text', 'ENDS WITH $text', '= $text', 'IN $texts'];

/** An OR over `fields` of companies, each under every string operator: the fuzz suite's string-filter shape. */
function statement(fields: readonly string[], keptWhole: boolean): string {
  const item = (f: string) => OPERATORS.map((op) => `(node.${f} ${op})`).join(' AND ');
  const where = fields.map((f) => (keptWhole ? `((${item(f)}) = true)` : `(${item(f)})`)).join(' OR ');
  return `RETURN {rows: COLLECT { MATCH (node:Company) WHERE (${where}) AND node.name IS NOT NULL WITH node ORDER BY node.name, node.id LIMIT 21 RETURN node.id }, total: COUNT { MATCH (node:Company) WHERE ${where} }} AS result`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { times: { type: 'string', default: '3' } } });
  const connection = await connect(loadConfig(), (line) => console.error(line), 'bench:plan-check');
  const params = { text: '(a+)+$', texts: ['(a+)+$'] };
  try {
    for (const fields of [['name', 'industry'], ['name', 'nameZhHans'], ['name', 'industry', 'nameZhHans', 'id', 'aliases']]) {
      for (const keptWhole of [false, true]) {
        const ms: number[] = [];
        for (let i = 0; i < Number(values.times); i++) {
          const started = performance.now();
          await connection.db.read(`CYPHER replan=force EXPLAIN ${statement(fields, keptWhole)}`, params);
          ms.push(Math.round(performance.now() - started));
        }
        console.log(`${fields.join(' OR ').padEnd(48)} ${(keptWhole ? 'kept whole' : 'plain').padEnd(10)} planned in ${ms.join(', ')} ms`);
      }
    }
  } finally {
    await connection.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
