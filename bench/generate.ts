import { parseArgs } from 'node:util';
import { BENCH_NEO4J } from './neo4j';
import { prepareGraph } from './dataset';
import { runMain } from './main';

/**
 * `npm run generate -- --companies N [--seed S] [--import]`: wipes the bench store, loads the real
 * dataset and N synthetic companies into it (with the project loader, or with neo4j-admin import)
 * and leaves the bench Neo4j running for queries.
 */
const USAGE = `usage: npm run generate -- --companies N [--seed S] [--import]   (0 <= N <= 1000000)

Wipes the bench store (.neo4j/bench), loads the real dataset and N synthetic companies (drawn with seed
S, default 42) with the project loader, or with neo4j-admin database import (--import), and leaves the
bench Neo4j running for queries (npm run bench:floor-plans, bench:cpu-profile).
  -h, --help   this text`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { companies: { type: 'string' }, seed: { type: 'string', default: '42' }, import: { type: 'boolean', default: false } } });
  const companies = Number(values.companies);
  const seed = Number(values.seed);
  if (!Number.isInteger(companies) || companies < 0 || companies > 1_000_000) {
    console.error('usage: npm run generate -- --companies N [--seed S] [--import]   (0 <= N <= 1000000)');
    return 2;
  }
  if (!Number.isInteger(seed)) {
    console.error('--seed must be an integer');
    return 2;
  }
  const log = (line: string) => console.log(line);
  const { size } = await prepareGraph({ companies, seed, method: values.import ? 'import' : 'loader', log });
  console.log(`graph on bolt://127.0.0.1:${BENCH_NEO4J.port}: ${size.companies} companies, ${size.nodes} nodes, ${size.relationships} relationships`);
  return 0;
}

runMain(USAGE, main);
