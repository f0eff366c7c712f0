/**
 * `npm run bench:read-check -- [--blocks 10] [--out bench/results/read-check.md]`: what the read check
 * of src/db/graph-version.ts (every read runs the graph-version statement before and after its own,
 * in the same transaction and round trip) costs a request.
 *
 * Two APIs run in this process on the same Neo4j: one as served, one whose reads run their own
 * statement alone. One client asks the query mix of the reliability suites, one request at a time over
 * HTTP, in blocks that alternate between the two (so drift on a shared machine falls on both alike).
 * Per variant: latency (median, p90), CPU time per request of this process and of Neo4j (read from
 * /proc, so less at the mercy of other work on the machine than wall time), statements per request.
 *
 * Neo4j is the configured one (NEO4J_URI, or the local one of NEO4J_LOCAL_HOME) and must hold the
 * shipped data (`npm start` loads it); nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';
import { Database, type Params, type QueryObserver } from '../src/db/database';
import { createLogger } from '../src/logger';
import { createApp, type App } from '../src/server/app';
import { percentile } from '../test/reliability/support/figures';
import { QUERY_MIX } from '../test/reliability/support/query-mix';
import { cpuMs } from './machine';

/** Reads as they were before the check: the statement alone in its read transaction. */
class UncheckedDatabase extends Database {
  override async read<T extends Record<string, unknown>>(cypher: string, params: Params = {}, observer?: QueryObserver, timeoutMs?: number): Promise<T[]> {
    observer?.onQuery(cypher);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run<T>(cypher, params), { timeout: timeoutMs ?? this.options.queryTimeoutMs });
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }
}

/** Counts the statements the API sends (the check's two are added to the checked variant's count). */
class Counting<D extends Database> {
  reads = 0;
  constructor(readonly db: D) {
    const read = db.read.bind(db);
    db.read = ((...args: Parameters<Database['read']>) => {
      this.reads++;
      return read(...args);
    }) as Database['read'];
  }
}

interface Variant {
  name: string;
  statementsPerRead: number;
  app: App;
  url: string;
  counter: Counting<Database>;
  ms: number[];
  nodeCpuMs: number;
  neo4jCpuMs: number;
  requests: number;
  reads: number;
}

/** CPU ms of a process so far, or NaN when its pid is unknown. */
const cpuMsOf = (pid: number | undefined) => (pid === undefined ? NaN : cpuMs(pid));

async function ask(url: string, op: (typeof QUERY_MIX)[number]): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }) });
  const body = (await res.json()) as { errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (res.status !== 200 || body.errors) throw new Error(`${op.name}: ${res.status} ${JSON.stringify(body.errors)}`);
  return ms;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { blocks: { type: 'string', default: '10' }, out: { type: 'string' }, 'neo4j-pid': { type: 'string' } } });
  const blocks = Number(values.blocks);
  // Production mode: no round-trip extension; limits high enough that nothing of the mix is refused.
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', MAX_COST: '1000000000', LOAD_ON_START: 'false' });
  const connection = await connect(config, () => {}, 'bench');
  const neo4jPid = values['neo4j-pid'] ? Number(values['neo4j-pid']) : config.localNeo4j ? Number(readFileSync(join(config.NEO4J_LOCAL_HOME, 'neo4j.pid'), 'utf8').trim()) : undefined;
  const plain = new UncheckedDatabase(connection.db.driver, connection.db.options);
  const logger = createLogger('silent');
  const variants: Variant[] = [];
  for (const [name, db, statementsPerRead] of [
    ['checked (as served)', connection.db, 3],
    ['unchecked', plain, 1],
  ] as const) {
    const counter = new Counting<Database>(db);
    const app = await createApp(config, db, logger);
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
    variants.push({ name, statementsPerRead, app, url, counter, ms: [], nodeCpuMs: 0, neo4jCpuMs: 0, requests: 0, reads: 0 });
  }
  try {
    // Warm: statistics, plans, connections.
    for (const v of variants) for (let i = 0; i < 2; i++) for (const op of QUERY_MIX) await ask(v.url, op);
    const perBlock = QUERY_MIX.length * 2;
    for (let b = 0; b < blocks; b++) {
      const order = b % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const node = process.cpuUsage();
        const neo = cpuMsOf(neo4jPid);
        const reads = v.counter.reads;
        for (let i = 0; i < perBlock; i++) v.ms.push(await ask(v.url, QUERY_MIX[i % QUERY_MIX.length]!));
        const used = process.cpuUsage(node);
        v.nodeCpuMs += (used.user + used.system) / 1000;
        v.neo4jCpuMs += cpuMsOf(neo4jPid) - neo;
        v.requests += perBlock;
        v.reads += v.counter.reads - reads;
      }
      console.log(`block ${b + 1}/${blocks}: ${variants.map((v) => `${v.name} median ${percentile(v.ms, 50).toFixed(1)} ms`).join(', ')}`);
    }
  } finally {
    for (const v of variants) await v.app.stop();
    await connection.close();
  }
  const row = (v: Variant) =>
    `| ${v.name} | ${v.requests} | ${percentile(v.ms, 50).toFixed(1)} | ${percentile(v.ms, 90).toFixed(1)} | ${(v.nodeCpuMs / v.requests).toFixed(2)} | ${(v.neo4jCpuMs / v.requests).toFixed(2)} | ${((v.reads * v.statementsPerRead) / v.requests).toFixed(2)} |`;
  const [checked, unchecked] = variants as [Variant, Variant];
  const delta = (f: (v: Variant) => number) => (f(checked) - f(unchecked)).toFixed(2);
  const lines = [
    '# The read check: cost per request',
    '',
    `\`npm run bench:read-check -- --blocks ${blocks}\`: the ${QUERY_MIX.length} operations of the reliability query mix, one request at a time over one connection, ${blocks} alternating blocks of ${QUERY_MIX.length * 2} requests per variant; load average at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores.`,
    '',
    '| variant | requests | median ms | p90 ms | API CPU ms / request | Neo4j CPU ms / request | statements / request |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row(checked),
    row(unchecked),
    `| difference | | ${delta((v) => percentile(v.ms, 50))} | ${delta((v) => percentile(v.ms, 90))} | ${delta((v) => v.nodeCpuMs / v.requests)} | ${delta((v) => v.neo4jCpuMs / v.requests)} | |`,
    '',
  ];
  console.log(lines.join('\n'));
  if (values.out) writeFileSync(values.out, lines.join('\n'));
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
