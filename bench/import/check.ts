import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { Database } from '../../src/db/database';
import { graphChecksum } from '../../src/db/checksum';
import { prepareGraph, type LoadMethod } from '../dataset';
import { openBenchDatabase, stopBenchNeo4j } from '../neo4j';
import { runMain } from '../main';

/**
 * `npm run bench:import-check -- --companies N`: builds the graph of the real dataset and N synthetic
 * companies twice in the bench store, with the project loader and with neo4j-admin import, and
 * compares them: the content checksum (labels, properties, relationships with their endpoints and
 * properties), the value type of every property (the import must write integers and doubles where
 * the loader does, and empty lists), the schema, and the counts. Exit code 1 when they differ.
 */

interface Fingerprint {
  checksum: Awaited<ReturnType<typeof graphChecksum>>;
  /** `labels | key | value type`, with how many nodes: catches an integer where the loader writes a double. */
  nodeTypes: string[];
  relationshipTypes: string[];
  schema: string[];
}

async function fingerprint(db: Database): Promise<Fingerprint> {
  const nodeTypes = await db.read<{ line: string }>(
    `MATCH (n) WHERE NOT n:Migration UNWIND keys(n) AS k
     WITH reduce(s = '', l IN labels(n) | s + ':' + l) AS labels, k, valueType(n[k]) AS t, count(*) AS c
     RETURN labels + ' | ' + k + ' | ' + t + ' | ' + toString(c) AS line ORDER BY line`,
  );
  const relationshipTypes = await db.read<{ line: string }>(
    `MATCH ()-[r]->() UNWIND keys(r) AS k
     WITH type(r) AS type, k, valueType(r[k]) AS t, count(*) AS c
     RETURN type + ' | ' + k + ' | ' + t + ' | ' + toString(c) AS line ORDER BY line`,
  );
  const schema = await db.read<{ line: string }>(
    `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state
     RETURN name + ' ' + type + ' ' + entityType + ' ' + reduce(s = '', x IN labelsOrTypes | s + x) + ' ' + reduce(s = '', x IN properties | s + x) + ' ' + state AS line ORDER BY line`,
  );
  return {
    checksum: await graphChecksum(db),
    nodeTypes: nodeTypes.map((r) => r.line),
    relationshipTypes: relationshipTypes.map((r) => r.line),
    schema: schema.map((r) => r.line),
  };
}

async function build(method: LoadMethod, companies: number, seed: number): Promise<Fingerprint> {
  const log = (line: string) => console.log(`[${method}] ${line}`);
  await prepareGraph({ companies, seed, method, log });
  const db = openBenchDatabase();
  try {
    return await fingerprint(db);
  } finally {
    await db.close();
  }
}

function differences(a: readonly string[], b: readonly string[]): string[] {
  const left = new Set(a);
  const right = new Set(b);
  return [...a.filter((x) => !right.has(x)).map((x) => `loader only: ${x}`), ...b.filter((x) => !left.has(x)).map((x) => `import only: ${x}`)];
}

const USAGE = `usage: npm run bench:import-check [-- --companies N] [-- --seed S]

Builds the graph of the real dataset and N synthetic companies (default 1000) twice in the bench store,
with the project loader and with neo4j-admin import, and compares them: content checksum, the value
type of every property, the schema and the counts. Exit status 1 when they differ.
  -h, --help   this text`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { companies: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' } } });
  const companies = Number(values.companies);
  const seed = Number(values.seed);
  try {
    const loader = await build('loader', companies, seed);
    const imported = await build('import', companies, seed);
    const problems = [
      ...(isDeepStrictEqual(loader.checksum, imported.checksum) ? [] : [`checksum: loader ${JSON.stringify(loader.checksum)}, import ${JSON.stringify(imported.checksum)}`]),
      ...differences(loader.nodeTypes, imported.nodeTypes),
      ...differences(loader.relationshipTypes, imported.relationshipTypes),
      ...differences(loader.schema, imported.schema),
    ];
    console.log(
      `loader: ${loader.checksum.nodes} nodes, ${loader.checksum.relationships} relationships, sha256 ${loader.checksum.sha256}\n` +
        `import: ${imported.checksum.nodes} nodes, ${imported.checksum.relationships} relationships, sha256 ${imported.checksum.sha256}\n` +
        `property types compared: ${loader.nodeTypes.length} node and ${loader.relationshipTypes.length} relationship (label, key, type) groups; ${loader.schema.length} indexes and constraints`,
    );
    for (const p of problems) console.log(`DIFFERENCE ${p}`);
    console.log(problems.length === 0 ? 'the imported graph is the loaded graph' : `${problems.length} differences`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    await stopBenchNeo4j(console.log);
  }
}

runMain(USAGE, main);
