/**
 * `npm run bench:settings-check -- --query peers [--times 4] [--set MAX_COST=1000000000 ...]`: on the
 * graph left in the bench Neo4j (`npm run bench`, `npm run generate`), one query of the mix asked of
 * esg-graph (production mode) with settings overridden, one request at a time: what a deployment sized
 * for that graph would answer, where the benchmark keeps the default limits. Prints each request's
 * latency and outcome.
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server/app';
import { benchConfig, openBenchDatabase, startBenchNeo4j, stopBenchNeo4j } from './neo4j';
import { QUERIES } from './queries';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { query: { type: 'string' }, times: { type: 'string', default: '4' }, set: { type: 'string', multiple: true, default: [] } } });
  const query = QUERIES.find((q) => q.name === values.query);
  if (!query) throw new Error(`--query must be one of ${QUERIES.map((q) => q.name).join(', ')}`);
  const settings = Object.fromEntries(
    values.set.map((s) => {
      const at = s.indexOf('=');
      if (at < 1) throw new Error(`--set takes NAME=value, not ${s}`);
      return [s.slice(0, at), s.slice(at + 1)];
    }),
  );
  await startBenchNeo4j(console.log);
  const config = benchConfig({ NODE_ENV: 'production', ...settings });
  const db = openBenchDatabase(config, config.QUERY_TIMEOUT_MS);
  const app = await createApp(config, db, createLogger('silent'));
  try {
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
    console.log(`${query.name} with ${JSON.stringify(settings)}`);
    for (let i = 0; i < Number(values.times); i++) {
      const started = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query.esgGraph) });
      const body = (await res.json()) as { errors?: { message: string }[] };
      const outcome = body.errors ? body.errors.map((e) => e.message).join('; ') : 'answered';
      console.log(`  request ${i + 1}: ${(performance.now() - started).toFixed(0)} ms, HTTP ${res.status}, ${outcome}`);
    }
  } finally {
    await app.stop();
    await db.close();
    await stopBenchNeo4j(console.log);
  }
}

void main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
