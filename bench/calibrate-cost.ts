/**
 * `npx tsx bench/calibrate-cost.ts [--out bench/results/cost-calibration.md]`: the cost estimate
 * (src/graphql/cost) next to what Neo4j does, on the graph in the bench Neo4j (`npm run generate --
 * --companies 10000` for the 100x graph). Each operation is asked once through the API in this process
 * (its statements recorded), each statement is run with PROFILE (db hits, heaviest operators), and the
 * operation is timed warm over HTTP. The table is what the weights in estimate.ts are fitted to.
 */
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { buildSchema, parse } from 'graphql';
import { estimateCost } from '../src/graphql/cost/estimate';
import { readStatistics, STATISTICS_MARK, statisticsOf } from '../src/graphql/cost/statistics';
import { limitsOf } from '../src/graphql/run';
import { migrate } from '../src/db/migrate';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server/app';
import { typeDefs } from '../src/graphql/schema';
import { benchConfig, BENCH_NEO4J, openBenchDatabase } from './neo4j';
import { graphSize } from './dataset';
import { profileStatement, RecordingDatabase } from './profile';

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const STRING_OPS = (t: string) => ({ eq: t, contains: t, startsWith: t, endsWith: t, in: [t] });

export const OPERATIONS: Operation[] = [
  { name: 'company by id, nested facts', query: '{ company(id: "hikvision") { name certifications { standard { code } evidence { line quote } } memberships { role alliance { name } } programmes { name } } }' },
  { name: 'companies, first 20', query: '{ companies(first: 20) { edges { node { id name } } } }' },
  { name: 'companies, first 100, totalCount', query: '{ companies(first: 100) { totalCount edges { node { id name } } } }' },
  { name: 'companies, sort founded (unindexed)', query: '{ companies(first: 20, sort: [{ founded: DESC }]) { edges { node { id } } } }' },
  { name: 'name eq (indexed)', query: '{ companies(where: { name: { eq: "Hikvision" } }) { edges { node { id } } } }' },
  { name: 'name contains (TEXT index)', query: '{ companies(where: { name: { contains: "vision" } }) { totalCount edges { node { id } } } }' },
  { name: 'nameZh contains', query: '{ companies(where: { nameZh: { contains: "海康" } }) { totalCount edges { node { id } } } }' },
  { name: 'industry contains (unindexed)', query: '{ companies(where: { industry: { contains: "tech" } }) { totalCount edges { node { id } } } }' },
  { name: 'NOT name contains', query: '{ companies(where: { NOT: { name: { contains: "a" } } }) { totalCount } }' },
  { name: 'OR of 4 fields × 5 operators, totalCount', query: 'query($f: StringFilter) { companies(where: { OR: [{ name: $f }, { nameZh: $f }, { tickers: $f }, { industry: $f }] }) { totalCount } }', variables: { f: STRING_OPS('sense') } },
  { name: 'standards OR code/title/issuer × 5', query: 'query($f: StringFilter) { standards(where: { OR: [{ code: $f }, { title: $f }, { issuer: $f }] }) { totalCount } }', variables: { f: STRING_OPS('ISO') } },
  { name: 'certifications some standard id', query: '{ companies(where: { certifications: { some: { standard: { id: { eq: "iso-14001" } } } } }) { totalCount edges { node { id } } } }' },
  { name: 'certifications all year ≥ 2020', query: '{ companies(where: { certifications: { all: { year: { gte: 2020 } } } }) { totalCount } }' },
  { name: 'memberships some alliance name contains', query: '{ companies(where: { memberships: { some: { alliance: { name: { contains: "Alliance" } } } } }) { totalCount } }' },
  { name: 'holdsStandards all of 3', query: '{ companies(where: { holdsStandards: { all: ["iso-iec-27001", "iso-14001", "iso-9001"] } }) { totalCount edges { node { id } } } }' },
  { name: 'standard holders, first 50, totalCount', query: '{ standard(id: "iso-9001") { holders(first: 50) { totalCount edges { node { id name } holdings { year } } } } }' },
  { name: 'standards × holders(100) × certifications', query: '{ standards(first: 20) { edges { node { holders(first: 100) { edges { node { certifications { year evidence { line } } } } } } } } }' },
  { name: 'alliances(50) × members(50) × memberships', query: '{ alliances(first: 50) { edges { node { members(first: 50) { edges { node { memberships { role } } } } } } } }' },
  { name: 'peers of one company', query: '{ company(id: "hikvision") { peers(by: [STANDARDS, ALLIANCES], first: 10) { score company { id } } } }' },
  { name: 'peers of 20 companies', query: '{ companies(first: 20) { edges { node { peers(first: 10) { score } } } } }' },
  { name: 'search "iso"', query: '{ search(text: "iso", first: 10) { score node { __typename } } }' },
  { name: 'search "科技", first 100', query: '{ search(text: "科技", first: 100) { score } }' },
  { name: 'connection maxHops 2', query: '{ connection(from: "hikvision", to: "sensetime", maxHops: 2) { length } }' },
  { name: 'connection maxHops 4', query: '{ connection(from: "hikvision", to: "sensetime", maxHops: 4) { length } }' },
  { name: 'connection maxHops 6, first 50', query: '{ connection(from: "sdg-13", to: "kingsoft-cloud", maxHops: 6, first: 50) { length hops { relationship } } }' },
  { name: 'coverage (defaults)', query: '{ coverage { rows { company { id } heldCount } } }' },
  { name: 'compareCompanies of 3', query: '{ compareCompanies(ids: ["hikvision", "sensetime", "kingsoft-cloud"]) { standards { heldByAll { code } } } }' },
  { name: 'metricSeries', query: '{ metricSeries(key: "ghg_scope1_tco2e") { unit points { year value } } }' },
  { name: 'organizations name contains, totalCount', query: '{ organizations(where: { name: { contains: "a" } }) { totalCount } }' },
  { name: 'programmes partners some name contains', query: '{ programmes(where: { partners: { some: { name: { contains: "大学" } } } }) { totalCount } }' },
];

export interface Calibration {
  name: string;
  estimate: number;
  dbHits: number;
  statements: number;
  warmMs: number;
  operators: string;
  /** Index operators of the plans, with the index they read (shows whether a TEXT index serves a contains). */
  indexes: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'bench/results/cost-calibration.md' } } });
  const config = benchConfig({ NODE_ENV: 'production', MAX_COST: '1000000000', QUERY_TIMEOUT_MS: '600000' });
  const plain = openBenchDatabase(config);
  const db = new RecordingDatabase(plain.driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
  await migrate(db, undefined, (l) => console.log(l));
  await db.runAutoCommit('CALL db.awaitIndexes(600)');
  const size = await graphSize(db);
  const stats = statisticsOf(await readStatistics(db));
  const schema = buildSchema(typeDefs().join('\n'));
  const limits = limitsOf(config);
  const app = await createApp(config, db, createLogger('silent'));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
  const ask = async (op: Operation) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }) });
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(`${op.name}: ${body.errors.map((e) => e.message).join('; ')}`);
  };
  const rows: Calibration[] = [];
  try {
    // The API reads the graph's statistics on its first request: not part of any operation's cost.
    await ask({ name: 'statistics', query: '{ __typename }' });
    for (const op of OPERATIONS) {
      db.statements.length = 0;
      await ask(op);
      const statements = db.statements.filter((s) => !s.cypher.startsWith(STATISTICS_MARK));
      const profiles = [];
      for (const s of statements) profiles.push(await profileStatement(plain.driver, s));
      const started = performance.now();
      await ask(op);
      const warmMs = performance.now() - started;
      const estimate = estimateCost(schema, parse(op.query), undefined, op.variables, stats, limits).cost;
      const dbHits = profiles.reduce((n, p) => n + p.dbHits, 0);
      const operators = [...new Set(profiles.flatMap((p) => p.top.map((t) => t.operator)))].slice(0, 4).join(', ');
      const indexes = [...new Set(profiles.flatMap((p) => p.all.filter((o) => /Index/.test(o.operator)).map((o) => `${o.operator} ${/(?:TEXT|RANGE|FULLTEXT|UNIQUE)?\s*INDEX\s+\S+/.exec(o.details)?.[0] ?? o.details.slice(0, 60)}`)))].join('; ');
      rows.push({ name: op.name, estimate, dbHits, statements: statements.length, warmMs: Math.round(warmMs), operators, indexes });
      console.log(`${op.name}: estimate ${estimate}, db hits ${dbHits}, ${Math.round(warmMs)} ms (${operators})`);
    }
  } finally {
    await app.stop();
    app.httpServer.close();
  }
  // The API's statements put their match inside a COLLECT subquery, whose operators PROFILE folds into
  // one Projection: the plain match shows which index Neo4j reads for each text filter.
  const textChecks: string[] = [];
  for (const [label, property] of [['Company', 'name'], ['Company', 'nameZhHans'], ['Alliance', 'nameZhHans'], ['Organization', 'name'], ['Programme', 'nameZhHans'], ['Standard', 'code'], ['Company', 'industry']] as const) {
    const p = await profileStatement(plain.driver, { cypher: `MATCH (n:${label}) WHERE n.${property} CONTAINS $text RETURN count(n) AS n`, params: { text: 'a' } });
    const leaf = p.all.at(-1)!;
    textChecks.push(`| ${label}.${property} CONTAINS | ${leaf.operator} | ${leaf.details.replace(/\|/g, '/')} | ${p.dbHits} |`);
  }
  const ratio = (r: Calibration) => (r.dbHits > 0 ? r.estimate / r.dbHits : NaN);
  const hitsPerMs = rows.reduce((n, r) => n + r.dbHits, 0) / rows.reduce((n, r) => n + r.warmMs, 0);
  const lines = [
    '# Cost estimate against PROFILE',
    '',
    `\`npx tsx bench/calibrate-cost.ts\` on the bench graph (bolt port ${BENCH_NEO4J.port}): ${size.companies} companies, ${size.nodes} nodes, ${size.relationships} relationships.`,
    'Estimate: `estimateCost` (src/graphql/cost/estimate.ts) with the graph\'s statistics; db hits: the sum over the statements the API ran, each under PROFILE; warm: one request over HTTP after a first one.',
    '',
    '| operation | estimate | db hits | estimate ÷ hits | warm ms | heaviest operators | index operators |',
    '|---|---:|---:|---:|---:|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.estimate} | ${r.dbHits} | ${ratio(r).toFixed(2)} | ${r.warmMs} | ${r.operators} | ${r.indexes.replace(/\|/g, '/')} |`),
    '',
    `Throughput over these operations: ${Math.round(hitsPerMs)} db hits per ms of warm request time.`,
    '',
    '## Which index serves a text filter',
    '',
    '`PROFILE MATCH (n:Label) WHERE n.property CONTAINS $text RETURN count(n)` (text `a`):',
    '',
    '| filter | first operator | details | db hits |',
    '|---|---|---|---:|',
    ...textChecks,
    '',
  ];
  await plain.close();
  writeFileSync(values.out!, lines.join('\n'));
  writeFileSync(values.out!.replace(/\.md$/, '.json'), JSON.stringify({ size, rows }, null, 2) + '\n');
  console.log(`written ${values.out}`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
