/**
 * What a reader sees of a commit that a killed client had sent: `npx tsx tools/commit-visibility.ts
 * [relationships] [bolt-url]` against a running Neo4j (default: the reliability one, .neo4j/reliability).
 *
 * A child process writes `relationships` facts of a report in one transaction (deleting the previous
 * ones, as the loader does), sends COMMIT and kills itself with SIGKILL at once. Meanwhile this process
 * lists the child's transactions (`SHOW TRANSACTIONS`, by its metadata) and reads the facts over and
 * over with plain read transactions, and prints what it saw: whether Neo4j went on with the commit of
 * a dead client, and whether a read saw part of it.
 */
import { fork } from 'node:child_process';
import neo4j, { type Driver } from 'neo4j-driver';
import { localPassword } from '../src/db/local/instance';
import { RELIABILITY_NEO4J } from '../test/reliability/support/neo4j';

const isWriter = process.argv[2] === '--writer';
const [countArg, urlArg] = process.argv.slice(isWriter ? 4 : 2);
const N = Number(countArg ?? 20_000);
const ROUNDS = 6;
const URL = urlArg ?? `bolt://127.0.0.1:${RELIABILITY_NEO4J.port}`;
const driverFor = (): Driver => neo4j.driver(URL, neo4j.auth.basic('neo4j', localPassword(RELIABILITY_NEO4J.home)), { disableLosslessIntegers: true });

const READ = `MATCH (:VisibilityTest)-[r:STATES]->(:VisibilityTest) RETURN count(r) AS relationships, count(r.report) AS withReport, collect(DISTINCT r.report) AS reports`;

/** The child: one transaction replacing every fact with those of `round`, COMMIT sent, then SIGKILL. */
async function writer(round: number): Promise<void> {
  const driver = driverFor();
  const session = driver.session();
  const tx = session.beginTransaction({ metadata: { app: 'commit-visibility', pid: process.pid } });
  await tx.run('MATCH (:VisibilityTest)-[r:STATES]->() DELETE r');
  await tx.run(
    `UNWIND range(1, $n) AS i MATCH (a:VisibilityTest {id: i % 1000}), (b:VisibilityTest {id: (i * 7 + 3) % 1000})
     CREATE (a)-[r:STATES]->(b) SET r = {report: $report, line: i, quote: 'a quoted line of evidence ' + i}`,
    { n: neo4j.int(N), report: `report-${round}` },
  );
  process.send!('committing');
  void tx.commit();
  // Let the COMMIT message reach the socket, then die without a word, as on a power loss.
  setImmediate(() => process.kill(process.pid, 'SIGKILL'));
}

async function main(): Promise<void> {
  const driver = driverFor();
  const setup = driver.session();
  await setup.run('MATCH (n:VisibilityTest) DETACH DELETE n');
  await setup.run('CREATE INDEX visibility_test_id IF NOT EXISTS FOR (n:VisibilityTest) ON (n.id)');
  await setup.run('CALL db.awaitIndexes()');
  await setup.run('UNWIND range(0, 999) AS i CREATE (:VisibilityTest {id: i})');
  await setup.close();

  for (let round = 1; round <= ROUNDS; round++) {
    const child = fork(__filename, ['--writer', String(round), String(N), URL], { execArgv: process.execArgv });
    await new Promise<void>((resolve) => child.once('message', () => resolve()));
    const exited = new Promise<number>((resolve) => child.once('exit', () => resolve(performance.now())));
    const seen = new Map<string, number>();
    const statuses = new Set<string>();
    const reader = driver.session({ defaultAccessMode: neo4j.session.READ });
    const lister = driver.session();
    let exitAt = Infinity;
    void exited.then((t) => (exitAt = t));
    let listedAfterExit = 0;
    let settled = false;
    const listing = (async () => {
      for (let quiet = 0; quiet < 20; ) {
        const listed = (await lister.run('SHOW TRANSACTIONS YIELD status, metaData WHERE metaData.app = $app RETURN status', { app: 'commit-visibility' })).records;
        for (const r of listed) statuses.add(String(r.get('status')));
        if (listed.length > 0 && performance.now() > exitAt) listedAfterExit = Math.round(performance.now() - exitAt);
        quiet = listed.length === 0 && performance.now() > exitAt ? quiet + 1 : 0;
      }
      settled = true;
    })();
    while (!settled) {
      const row = (await reader.executeRead((tx) => tx.run(READ))).records[0]!;
      const key = `${row.get('relationships')} relationships, ${row.get('withReport')} with a report property, reports [${(row.get('reports') as string[]).join(', ')}]`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    await listing;
    await reader.close();
    await lister.close();
    console.log(`round ${round}: writer killed after sending COMMIT; its transaction was listed ${listedAfterExit} ms after it died (statuses: ${[...statuses].join(', ') || 'none seen'})`);
    for (const [key, times] of seen) console.log(`  read ${times}×: ${key}`);
  }
  const cleanup = driver.session();
  await cleanup.run('MATCH (n:VisibilityTest) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 200 ROWS');
  await cleanup.run('DROP INDEX visibility_test_id IF EXISTS');
  await cleanup.close();
  await driver.close();
}

if (isWriter) void writer(Number(process.argv[3]));
else void main();
