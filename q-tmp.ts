import { openTestDatabase, testConfig } from './test/support/neo4j';
import { startTestServer } from './test/support/server';
(async () => {
  const db = openTestDatabase();
  const server = await startTestServer(testConfig(), db);
  const body = await server.gql(process.argv[2]!);
  console.log(JSON.stringify(body).slice(0, Number(process.env.MAX ?? 6000)));
  await server.close(); await db.close();
})();
