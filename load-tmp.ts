import { openTestDatabase } from './test/support/neo4j';
import { loadShippedDataset } from './test/support/dataset';
import { migrate } from './src/db/migrate';
(async () => {
  const db = openTestDatabase();
  await migrate(db);
  const t = Date.now();
  await loadShippedDataset(db);
  console.log('loaded in', Date.now() - t);
  const rows = await db.read('MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS l WITH l WHERE l <> "Entity" RETURN l, count(*) AS n ORDER BY l');
  console.log(rows.map((r) => `${r.l}=${r.n}`).join(' '));
  const rels = await db.read('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t');
  console.log(rels.map((r) => `${r.t}=${r.n}`).join(' '));
  const types = await db.read(`MATCH (n) WHERE NOT n:Migration UNWIND keys(n) AS k WITH k, valueType(n[k]) AS t WHERE t CONTAINS 'INT' OR t CONTAINS 'FLOAT' RETURN k, collect(DISTINCT t) AS ts ORDER BY k`);
  console.log(JSON.stringify(types));
  const rtypes = await db.read(`MATCH ()-[n]->() UNWIND keys(n) AS k WITH k, valueType(n[k]) AS t WHERE t CONTAINS 'INT' OR t CONTAINS 'FLOAT' RETURN k, collect(DISTINCT t) AS ts ORDER BY k`);
  console.log(JSON.stringify(rtypes));
  await db.close();
})();
