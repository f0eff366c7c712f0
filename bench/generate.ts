import { command, parseCommandLine, runAsProcess, UsageError } from '../src/cli';
import { BENCH_NEO4J, openBenchDatabase, startBenchNeo4j } from './neo4j';
import { prepareGraph } from './dataset';

/**
 * `npm run generate -- --companies N [--seed S]`: loads the real dataset and N synthetic companies
 * into the bench Neo4j (started when it is not running and left running for queries).
 */
const USAGE = `usage: npm run generate -- --companies N [--seed S]   (0 <= N <= 1000000)

Loads the real dataset and N synthetic companies (with their certifications, memberships, suppliers,
programmes and metrics, drawn with seed S, default 42) into the bench Neo4j (.neo4j/bench), started
when it is not running and left running for queries.
  -h, --help   this text`;

async function main(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, { companies: { type: 'string' }, seed: { type: 'string', default: '42' } });
  const companies = Number(values.companies);
  const seed = Number(values.seed);
  if (!Number.isInteger(companies) || companies < 0 || companies > 1_000_000) {
    throw new UsageError('--companies must be a whole number from 0 to 1000000');
  }
  if (!Number.isInteger(seed)) {
    throw new UsageError('--seed must be an integer');
  }
  const log = (line: string) => console.log(line);
  await startBenchNeo4j(log);
  const db = openBenchDatabase();
  try {
    const { size } = await prepareGraph(db, companies, seed, log);
    console.log(`graph on bolt://127.0.0.1:${BENCH_NEO4J.port}: ${size.companies} companies, ${size.nodes} nodes, ${size.relationships} relationships`);
    return 0;
  } finally {
    await db.close();
  }
}

runAsProcess(command(USAGE, main));
