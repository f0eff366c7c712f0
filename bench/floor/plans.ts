import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { graphSize } from '../dataset';
import { canonical, firstDifference } from '../equivalence';
import { benchConfig, openBenchDatabase } from '../neo4j';
import { SCALES } from '../options';
import { esgGraphStatements, summarise } from '../profile';
import { QUERIES } from '../queries';
import { RESULTS_DIR } from '../report/write';
import { floorQueries, runFloorQuery } from './handlers';
import { FLOOR_STATEMENTS } from './statements';
import { runMain } from '../main';

/**
 * `npm run bench:floor-plans [-- --repeat N]`: on the graph in the bench Neo4j (built by `npm run
 * generate`), every alternative of the floor's Cypher for every query: its PROFILE (db hits), its
 * median time over N runs, and whether it answers exactly as esg-graph does; esg-graph's own statements
 * beside them. Writes bench/results/floor-plans-<scale>.md.
 */

const n = (x: number) => x.toLocaleString('en-US');

async function median(times: number, work: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = process.hrtime.bigint();
    await work();
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[Math.floor(ms.length / 2)]! * 10) / 10;
}

const USAGE = `usage: npm run bench:floor-plans [-- --repeat N]

On the graph in the bench Neo4j (built by npm run generate): every alternative of the floor's Cypher
for every query, with its PROFILE (db hits), its median time over N runs (default 5) and whether it
answers exactly as esg-graph does; esg-graph's own statements beside them.
Writes bench/results/floor-plans-<scale>.md.
  -h, --help   this text`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' } } });
  const repeat = Number(values.repeat);
  const db = openBenchDatabase();
  try {
    const size = await graphSize(db);
    const scale = SCALES.find((s) => s.companies + 16 === size.companies)?.name ?? `${size.companies} companies`;
    console.log(`${scale}: ${n(size.companies)} companies, ${n(size.relationships)} relationships`);
    const esg = await esgGraphStatements(benchConfig(), db.driver, QUERIES);
    const lines = [
      `# The floor's alternatives at ${scale}`,
      '',
      `${n(size.companies)} companies, ${n(size.nodes)} nodes, ${n(size.relationships)} relationships. \`npm run bench:floor-plans\` on the graph of \`npm run generate\`; ` +
        `db hits from PROFILE, time the median of ${repeat} runs through the driver (after one unmeasured run), on a machine shared with other work. ` +
        '"same answer": the JSON equals esg-graph’s, order included. The floor uses the cheapest alternative that is right on any graph (**bold**); a narrow one is measured, never chosen.',
    ];
    for (const [i, q] of QUERIES.entries()) {
      const floor = floorQueries[q.name]!;
      const statements = FLOOR_STATEMENTS[q.name]!;
      const expected = canonical(esg[i]!.data, true);
      const esgProfile = await summarise(db.driver, esg[i]!.statements);
      const general: { name: string; dbHits: number }[] = [];
      const rows: string[][] = [['esg-graph (for reference)', n(esgProfile.dbHits), '', '', `${esgProfile.statements} statement(s)`]];
      for (const [name, alternative] of Object.entries(statements.alternatives)) {
        const params = floor.params(q.floor);
        const profile = await summarise(db.driver, [{ cypher: alternative.cypher, params }]);
        const run = () => runFloorQuery(db.driver, floor, q.floor, 600_000, alternative.cypher);
        const answer = await run();
        const ms = await median(repeat, run);
        const difference = firstDifference(expected, canonical(answer, true));
        if (!alternative.narrow && !difference) general.push({ name, dbHits: profile.dbHits });
        rows.push([
          name === statements.chosen ? `**${name}**` : name,
          n(profile.dbHits),
          ms.toFixed(1),
          difference ? `no: ${difference.slice(0, 80)}` : 'yes',
          `${alternative.idea}${alternative.narrow ? ` (narrow: ${alternative.narrow})` : ''}`,
        ]);
        console.log(`${q.name} ${name}: ${n(profile.dbHits)} db hits, ${ms} ms${difference ? `, DIFFERS at ${difference}` : ''}`);
      }
      const cheapest = [...general].sort((a, b) => a.dbHits - b.dbHits)[0]!;
      if (cheapest.name !== statements.chosen) console.log(`NOTE ${q.name}: on this graph ${cheapest.name} reads less than the chosen ${statements.chosen} (chosen for 1000x)`);
      lines.push('', `## ${q.name}`, '', '| statement | db hits | ms | same answer | idea |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`));
    }
    const file = join(RESULTS_DIR, `floor-plans-${scale}.md`);
    writeFileSync(file, lines.join('\n') + '\n');
    console.log(`written ${file}`);
    return 0;
  } finally {
    await db.close();
  }
}

runMain(USAGE, main);
