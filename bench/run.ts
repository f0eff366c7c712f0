import { join } from 'node:path';
import { command, runAsProcess } from '../src/cli';
import type { Database } from '../src/db/database';
import { fetchOnce, requestFor } from './client';
import { prepareGraph } from './dataset';
import { waitForIdle } from './drain';
import { compareAnswers } from './equivalence';
import { measure } from './load-test';
import { describeMachine, loadAverage } from './machine';
import { BENCH_NEO4J, benchConfig, openBenchDatabase, startBenchNeo4j, stopBenchNeo4j, wipeBenchStore } from './neo4j';
import { parseOptions, SCALES, type RunOptions, type Scale } from './options';
import { profileQueries } from './profile';
import { QUERIES } from './queries';
import type { RunResult, ScaleResult, SystemMeasurement } from './report/model';
import { RESULTS_DIR, writeResults } from './report/write';
import { SYSTEMS, startServers, stopServer, type RunningServer, type SystemName } from './servers';

/** A quick run is a smoke test: its results go to the ignored tmp folder, never over a full run's. */
/** Only a full run over every scale replaces the committed results; a quick run or a subset goes to tmp/. */
const resultsDir = (options: RunOptions) =>
  options.mode === 'full' && options.scales.length === SCALES.length ? RESULTS_DIR : join(RESULTS_DIR, 'tmp', options.mode === 'quick' ? 'quick' : 'partial');

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Asks every system every query once and checks the answers agree. */
async function checkEquivalence(servers: RunningServer[]): Promise<string[]> {
  const problems: string[] = [];
  for (const q of QUERIES) {
    const answers = {} as Record<SystemName, Record<string, unknown>>;
    for (const s of servers) answers[s.name] = await fetchOnce(s.url, requestFor(s.name, q));
    problems.push(...compareAnswers(q, answers));
  }
  return problems;
}

/** Bound on waiting for Neo4j to finish the queries a run left in flight. */
const DRAIN_TIMEOUT_MS = 20_000;

async function measureAll(servers: RunningServer[], options: RunOptions, db: Database): Promise<ScaleResult['measurements']> {
  const out: ScaleResult['measurements'] = {};
  const settle = async () => {
    const { waitedMs, terminated } = await waitForIdle(db.driver, DRAIN_TIMEOUT_MS);
    if (waitedMs > 1000 || terminated > 0) log(`    Neo4j busy with left-over queries for ${(waitedMs / 1000).toFixed(1)} s${terminated > 0 ? `, ${terminated} terminated` : ''}`);
  };
  for (const q of QUERIES) {
    const row = {} as Record<SystemName, SystemMeasurement>;
    for (const s of servers) {
      const before = loadAverage();
      const m = await measure(s.url, requestFor(s.name, q), options.load, settle);
      row[s.name] = { ...m, loadAverage: before };
      const label = SYSTEMS.find((x) => x.name === s.name)!.label;
      log(`  ${q.name} ${label}: p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.rps} req/s${m.errors + m.non2xx + m.timeouts > 0 ? ` (${m.errors} errors, ${m.non2xx} non-2xx, ${m.timeouts} timeouts)` : ''}`);
    }
    out[q.name] = row;
  }
  return out;
}

/** One scale: a wiped store, the graph loaded, the three servers up, answers checked, then timed. */
async function runScale(scale: Scale, options: RunOptions, db: Database, result: RunResult): Promise<ScaleResult> {
  const prepared = await prepareGraph(db, scale.companies, options.seed, log);
  log(`${scale.name}: ${prepared.size.companies} companies, ${prepared.size.nodes} nodes, ${prepared.size.relationships} relationships`);
  const servers = await startServers(log);
  try {
    const problems = await checkEquivalence(servers);
    // The real data is where answers must agree exactly; a difference there makes the comparison void.
    if (problems.length > 0 && scale.companies === 0) throw new Error(`answers differ:\n${problems.join('\n')}`);
    for (const p of problems) log(`WARNING ${p}`);
    log(`${scale.name}: answers of the three systems ${problems.length === 0 ? 'agree' : 'differ'} on ${QUERIES.length} queries`);
    const measurements = await measureAll(servers, options, db);
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
      load: { real: prepared.real, ...(prepared.synthetic ? { synthetic: prepared.synthetic } : {}) },
      equivalence: { checked: QUERIES.length, problems },
      measurements,
    };
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

const USAGE = `usage: npm run bench [-- --quick] [-- --scales 1x,100x,1000x] [-- --seed N]

Measures esg-graph against @neo4j/graphql (the peer) and raw Cypher (the floor) on the same Neo4j
(its own, under .neo4j/bench), with the same query mix, at 1x (the real dataset), 100x and 1000x
(synthetic companies added). Results: bench/results/ (see bench/README.md).
  --quick          1x only, short load phases: a smoke run (about 2 minutes)
  --scales <list>  the scales to run, comma-separated
  --seed <n>       seed of the synthetic graph (default 42)
  -h, --help       this text`;

async function main(args: readonly string[]): Promise<number> {
  const options = parseOptions([...args]);
  const started = Date.now();
  log(`${options.mode} run: scales ${options.scales.map((s) => s.name).join(', ')}; ${QUERIES.length} queries × ${SYSTEMS.length} systems`);
  let result: RunResult | undefined;
  try {
    for (const scale of options.scales) {
      log(`${scale.name}: wiping the bench store (${BENCH_NEO4J.home})`);
      await wipeBenchStore(log);
      await startBenchNeo4j(log);
      const db = openBenchDatabase();
      try {
        result ??= {
          mode: options.mode,
          startedAt: new Date(started).toISOString(),
          finishedAt: '',
          machine: await describeMachine(db, { heap: BENCH_NEO4J.heap, pageCache: BENCH_NEO4J.pageCache }),
          settings: { ...options.load, seed: options.seed },
          queries: QUERIES.map((q) => ({ name: q.name, description: q.description, kinds: q.kinds })),
          scales: [],
        };
        result.scales.push(await runScale(scale, options, db, result));
        // Written after every scale, so a failure later still leaves what was measured.
        result.finishedAt = new Date().toISOString();
        await writeResults(result, resultsDir(options));
      } finally {
        await db.close();
      }
    }
  } finally {
    await stopBenchNeo4j(log);
  }
  result!.finishedAt = new Date().toISOString();
  const dir = resultsDir(options);
  const markdown = await writeResults(result!, dir);
  console.log(`\n${markdown}`);
  log(`results in ${dir} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  return 0;
}

runAsProcess(command(USAGE, main));
