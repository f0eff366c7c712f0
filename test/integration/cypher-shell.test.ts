import type { Database } from '../../src/db/database';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase, testEnv } from '../support/neo4j';
import { runMain, stackFrames } from '../support/processes';

/** `npm run cypher` on the tests' Neo4j over the shipped dataset: reads, and writes only when asked. */

let db: Database;
beforeAll(async () => {
  db = openTestDatabase();
  await loadShippedDataset(db);
});
afterAll(async () => {
  await db.close();
});

const cypher = (args: string[]) => runMain(['cypher', ...args], testEnv());

describe('npm run cypher', () => {
  it('runs a statement given with -e and prints its rows as a table', async () => {
    const r = await cypher(['-e', "MATCH (c:Company) WHERE c.id IN ['hikvision', 'sensetime'] RETURN c.id AS id, c.nameZh AS zh ORDER BY id"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ id +│ zh +│/);
    expect(r.stdout).toMatch(/│ "hikvision" +│ "杭州海康威视数字技术股份有限公司" +│/);
    expect(r.stdout).toMatch(/│ "sensetime" +│ "商汤集团股份有限公司" +│/);
    expect(r.stderr).toMatch(/^2 rows in \d+ ms$/m);
  });

  it('runs the statements of a script from standard input, rows as JSON lines', async () => {
    const script = "MATCH (s:Standard {id: 'iso-iec-27001'}) RETURN s.code AS code;\n// a comment\nRETURN 1 + 1 AS two, [1, 2] AS list;\n";
    const r = await runMain(['cypher', '--format', 'json'], testEnv(), { input: script });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([{ code: 'ISO/IEC 27001' }, { two: 2, list: [1, 2] }]);
  });

  it('refuses to write unless started with --write, and says how', async () => {
    const before = await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    const refused = await cypher(['-e', 'CREATE (:ShellProbe {at: 1}) RETURN 1']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('error: this shell is read-only and Neo4j refused a write; to change the graph, start it with --write (npm run cypher -- --write)');
    expect(await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n')).toEqual(before);

    const written = await cypher(['--write', '-e', 'CREATE (p:ShellProbe {at: 1}) WITH p DELETE p RETURN 1 AS done']);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/^1 row in \d+ ms; nodesCreated: 1, nodesDeleted: 1, propertiesSet: 1, labelsAdded: 1$/m);
  });

  it('reports a Cypher mistake in one line with its code, and stops there', async () => {
    const r = await cypher(['-e', 'MATCH (n) RETURN m; RETURN 1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: Variable `m` not defined/m);
    expect(r.stderr).toMatch(/\(Neo\.ClientError\.Statement\.SyntaxError\)$/m);
    expect(r.stdout).toBe('');
    expect(stackFrames(r.stderr)).toEqual([]);
  });
});
