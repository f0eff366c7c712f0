import { join } from 'node:path';
import type { Database } from '../src/db/database';
import { prepareGraph } from './dataset';
import { waitForIdle } from './drain';
import { describeMachine } from './machine';
import { BENCH_NEO4J, benchConfig, openBenchDatabase, stopBenchNeo4j } from './neo4j';
import { parseOptions, SCALES, type RunOptions, type Scale } from './options';
import { profileQueries } from './profile';
import { QUERIES } from './queries';
import type { RunResult, ScaleResult } from './report/model';
import { RESULTS_DIR, writeResults } from './report/write';
import { checkAnswers, measureRounds } from './rounds';
import { SYSTEMS, startServers, stopServer } from './servers';
import { runMain } from './main';

/** Only a full run over every scale replaces the committed results; a quick run or a subset goes to tmp/. */
const resultsDir = (options: RunOptions) =>
  options.mode === 'full' && options.scales.length === SCALES.length ? RESULTS_DIR : join(RESULTS_DIR, 'tmp', options.mode === 'quick' ? 'quick' : 'partial');

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Bound on waiting for Neo4j to finish the queries a run left in flight. */
const DRAIN_TIMEOUT_MS = 20_000;

/** One scale: a wiped store, the graph built, the three servers up, answers checked, then timed in rounds. */
async function runScale(scale: Scale, options: RunOptions, db: Database, result: RunResult, prepared: Awaited<ReturnType<typeof prepareGraph>>): Promise<ScaleResult> {
  log(`${scale.name}: ${prepared.size.companies} companies, ${prepared.size.nodes} nodes, ${prepared.size.relationships} relationships`);
  const servers = await startServers(options.load.queryTimeoutMs, log);
  try {
    const { problems, checked } = await checkAnswers(servers, QUERIES, options.load.queryTimeoutMs);
    // The real data is where answers must agree exactly; a difference there makes the comparison void.
    if (problems.length > 0 && scale.companies === 0) throw new Error(`answers differ:\n${problems.join('\n')}`);
    for (const p of problems) log(`WARNING ${p}`);
    log(`${scale.name}: answers of the three systems ${problems.length === 0 ? 'agree' : 'differ'} on ${QUERIES.length} queries`);
    const settle = async () => {
      const { waitedMs, terminated } = await waitForIdle(db.driver, DRAIN_TIMEOUT_MS);
      if (waitedMs > 1000 || terminated > 0) log(`    Neo4j busy with left-over queries for ${(waitedMs / 1000).toFixed(1)} s${terminated > 0 ? `, ${terminated} terminated` : ''}`);
    };
    const measurements = await measureRounds(checked, options.load, settle, log);
    if (scale.name === options.profileScale) {
      log(`${scale.name}: PROFILE of every statement`);
      await waitForIdle(db.driver, DRAIN_TIMEOUT_MS);
      try {
        result.profile = { scale: scale.name, queries: await profileQueries(benchConfig(), db.driver, QUERIES) };
      } catch (err) {
        log(`WARNING PROFILE failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return {
      scale: scale.name,
      syntheticCompanies: scale.companies,
      size: prepared.size,
      load: prepared,
      equivalence: { checked: QUERIES.length, problems },
      measurements,
    };
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

const USAGE = `usage: npm run bench [-- --quick] [-- --scales 1x,100x,1000x] [-- --rounds N] [-- --load-with loader|import] [-- --seed N]

Measures esg-graph against @neo4j/graphql (the peer) and raw Cypher (the floor) over the same Neo4j
(its own, .neo4j/bench), with the same queries, at 1x (the real dataset), 100x and 1000x (synthetic
companies added): answers checked equal, then timed in rounds. Results: bench/results/ (bench/README.md).
  --quick                    1x, 3 short rounds: a smoke test (2-3 minutes) → bench/results/tmp/quick/
  --scales <list>            a subset of the scales → bench/results/tmp/partial/
  --rounds <n>               rounds per scale (default 3)
  --load-with loader|import  how every scale's graph is built (default: the loader, import at 1000x)
  --seed <n>                 seed of the synthetic companies (default 42)
  -h, --help                 this text`;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const dir = resultsDir(options);
  log(`${options.mode} run: scales ${options.scales.map((s) => `${s.name} (${s.method})`).join(', ')}; ${QUERIES.length} queries × ${SYSTEMS.length} systems × ${options.load.rounds} rounds`);
  let result: RunResult | undefined;
  try {
    for (const scale of options.scales) {
      log(`${scale.name}: wiping the bench store (${BENCH_NEO4J.home}) and building the graph (${scale.method})`);
      const prepared = await prepareGraph({ companies: scale.companies, seed: options.seed, method: scale.method, log });
      const db = openBenchDatabase();
      try {
        result ??= {
          mode: options.mode,
          startedAt: new Date(started).toISOString(),
          finishedAt: '',
          machine: await describeMachine(db, { heap: BENCH_NEO4J.heap, pageCache: BENCH_NEO4J.pageCache }),
          settings: { ...options.load, seed: options.seed },
          queries: QUERIES.map((q) => ({ name: q.name, description: q.description, kinds: q.kinds, answerGrows: q.answerGrows === true })),
          scales: [],
        };
        result.scales.push(await runScale(scale, options, db, result, prepared));
        // Written after every scale, so a failure later still leaves what was measured.
        result.finishedAt = new Date().toISOString();
        await writeResults(result, dir);
      } finally {
        await db.close();
      }
    }
  } finally {
    await stopBenchNeo4j(log);
  }
  if (!result) throw new Error('no scale was run');
  result.finishedAt = new Date().toISOString();
  const markdown = await writeResults(result, dir);
  console.log(`\n${markdown}`);
  log(`results in ${dir} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  return 0;
}

runMain(USAGE, main);
