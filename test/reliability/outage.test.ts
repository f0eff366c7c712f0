import { startApi, type ApiProcess } from './support/api-process';
import { percentile, reportFigures } from './support/figures';
import { errorCodes, postGraphQL } from './support/graphql';
import { startReliabilityNeo4j, stopReliabilityNeo4j, waitUntilNeo4jAnswers } from './support/neo4j';
import { expectHealthyProcess } from './support/process-checks';
import { QUERY_MIX } from './support/query-mix';
import { startTraffic, type Sample } from './support/traffic';

const CONNECTION_TIMEOUT_MS = 2_000;
const QUERY_TIMEOUT_MS = 10_000;
/**
 * With Neo4j gone the driver retries for CONNECTION_TIMEOUT_MS; its back-off can overshoot that by
 * one retry delay, so a request fails within 2 × CONNECTION_TIMEOUT_MS plus a second of slack.
 */
const FAIL_FAST_BOUND_MS = 2 * CONNECTION_TIMEOUT_MS + 1_000;
/** "Recovers by itself within a few seconds" of Neo4j answering queries again. */
const RECOVERY_BOUND_MS = 5_000;
const CLIENTS = 10;
/** A cheap query: its answer shows the API reaches Neo4j again, apart from how warm Neo4j's caches are. */
const PROBE = '{ sdg(number: 13) { id number } }';
const OUTAGE_OBSERVED_MS = 8_000;
/**
 * Neo4j is stopped once the traffic has shown the API serving, by answers, not after a set time: as
 * many answers as there are clients, however slow the machine, within a bound that only guards
 * against a hang.
 */
const SERVING_LIMIT_MS = 60_000;
/**
 * A restarted Neo4j plans every statement afresh on a cold JVM, so parts of the query mix may time
 * out for a while after the API has reconnected. At most STEADY_LIMIT_MS after Neo4j answers, the
 * traffic must run STEADY_MS without a failure, and then a fresh STEADY_MS of it must all succeed.
 */
const STEADY_MS = 5_000;
const STEADY_LIMIT_MS = 90_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const since = (t: number) => Math.round(performance.now() - t);

async function ready(url: string): Promise<{ status: number; reason?: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(60_000) });
  const body = (await res.json()) as { reason?: string };
  return { status: res.status, ms: since(started), ...(body.reason ? { reason: body.reason } : {}) };
}

const startedIn = (samples: readonly Sample[], from: number, to: number) => samples.filter((s) => s.start >= from && s.start < to);
const tally = (samples: readonly Sample[]) =>
  samples.reduce<Record<string, number>>((acc, s) => {
    const key = s.ok ? 'ok' : `${s.status} ${[...new Set(s.codes)].join(',')}`;
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});

/** Waits until the traffic has answered STEADY_MS without a failure, at most STEADY_LIMIT_MS after `from`. */
async function waitForSteadyTraffic(samples: readonly Sample[], from: number): Promise<void> {
  while (performance.now() - from < STEADY_LIMIT_MS + STEADY_MS) {
    const lastFailure = Math.max(from, ...samples.filter((s) => !s.ok).map((s) => s.end));
    const okSince = samples.filter((s) => s.ok && s.start > lastFailure).length;
    if (performance.now() - lastFailure >= STEADY_MS && okSince > 0) return;
    await sleep(250);
  }
}

/** When `check` first holds, polling every 100 ms for at most a minute (NaN if never). */
async function firstTime(check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    if (await check()) return performance.now();
    await sleep(100);
  }
  return NaN;
}

describe('Neo4j outage while the API serves load', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApi('outage', { CONNECTION_TIMEOUT_MS: String(CONNECTION_TIMEOUT_MS), QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
  });
  afterAll(async () => {
    await api?.stop();
    // Whatever happened, the next suites need their Neo4j back.
    await startReliabilityNeo4j();
    await waitUntilNeo4jAnswers();
  });

  it('fails fast with DATABASE_UNAVAILABLE, says 503 on /ready, stays up, and recovers by itself', async () => {
    expect((await ready(api.url)).status).toBe(200);
    // Each operation of the mix once, so the traffic before the stop meets planned statements, as a
    // serving API's would, not a fresh process's cold start.
    for (const op of QUERY_MIX) await postGraphQL(api.url, op.query, op.variables, {}, 120_000);
    const traffic = startTraffic(api.url, CLIENTS, 120_000);
    try {
      const serving = performance.now();
      while (traffic.samples.length < CLIENTS && performance.now() - serving < SERVING_LIMIT_MS) await sleep(100);
      const stopping = performance.now();
      const stopped = await stopReliabilityNeo4j();
      expect(stopped.wasRunning).toBe(true);
      const down = performance.now();

      await sleep(CONNECTION_TIMEOUT_MS);
      const readyDown = await ready(api.url);
      const health = await fetch(`${api.url}/health`);
      await sleep(Math.max(0, OUTAGE_OBSERVED_MS - (performance.now() - down)));

      const starting = performance.now();
      const started = await startReliabilityNeo4j();
      const boltUp = performance.now();
      await waitUntilNeo4jAnswers();
      const answers = performance.now();

      // The API on its own, with no restart: when does /ready say 200 again, and when does a query
      // reach Neo4j through it again? The traffic keeps running meanwhile.
      const [readyAgain, queryAgain] = await Promise.all([
        firstTime(async () => (await ready(api.url)).status === 200),
        firstTime(async () => {
          const answer = await postGraphQL(api.url, PROBE, {}, {}, 60_000);
          return answer.status === 200 && errorCodes(answer.body).length === 0;
        }),
      ]);
      await waitForSteadyTraffic(traffic.samples, answers);
      await traffic.stop();
      // Then the same traffic afresh: every request of it must succeed.
      const steadyTraffic = startTraffic(api.url, CLIENTS, 120_000);
      await sleep(STEADY_MS);
      await steadyTraffic.stop();
      const steady = steadyTraffic.samples;

      const samples = traffic.samples;
      const before = samples.filter((s) => s.end < stopping);
      const outage = startedIn(samples, down, starting);
      const outageLatencies = outage.map((s) => s.end - s.start);
      const firstSuccess = Math.min(...samples.filter((s) => s.ok && s.start >= starting).map((s) => s.end));
      const failed = samples.filter((s) => !s.ok);
      const lastFailure = Math.max(answers, ...failed.map((s) => s.end));
      const warming = samples.filter((s) => s.end >= answers && s.end <= lastFailure);
      const neo4jStarting = samples.filter((s) => s.end >= starting && s.end < answers);

      reportFigures('outage', {
        command: 'npm run test:reliability -- outage',
        clients: CLIENTS,
        connectionTimeoutMs: CONNECTION_TIMEOUT_MS,
        queryTimeoutMs: QUERY_TIMEOUT_MS,
        requests: samples.length,
        servingBeforeStopMs: Math.round(stopping - serving),
        beforeStop: tally(before),
        whileNeo4jStopping: tally(startedIn(samples, stopping, down)),
        neo4jStopMs: Math.round(stopped.ms),
        whileNeo4jDown: tally(outage),
        failLatencyWhileDownMs: {
          p50: Math.round(percentile(outageLatencies, 50)),
          p99: Math.round(percentile(outageLatencies, 99)),
          max: Math.round(Math.max(...outageLatencies)),
        },
        failFastBoundMs: FAIL_FAST_BOUND_MS,
        readyWhileDown: readyDown,
        neo4jBoltUpAfterStartMs: Math.round(started.ms),
        neo4jFirstQueryAfterBoltUpMs: Math.round(answers - boltUp),
        apiReadyAfterNeo4jAnswersMs: Math.round(readyAgain - answers),
        apiProbeQueryOkAfterNeo4jAnswersMs: Math.round(queryAgain - answers),
        trafficFirstOkAfterNeo4jAnswersMs: Math.round(firstSuccess - answers),
        trafficAllOkAfterNeo4jAnswersMs: Math.round(lastFailure - answers),
        whileNeo4jStarting: tally(neo4jStarting),
        afterNeo4jAnswersUntilAllOk: tally(warming),
        afterRecoveryFreshTraffic: tally(steady),
        pid: api.pid,
      });

      expect(before.length).toBeGreaterThanOrEqual(CLIENTS);
      expect(before.every((s) => s.ok)).toBe(true);
      expect(outage.length).toBeGreaterThan(0);
      expect(outage.filter((s) => s.ok || s.codes.length === 0 || s.codes.some((c) => c !== 'DATABASE_UNAVAILABLE'))).toEqual([]);
      expect(Math.max(...outageLatencies)).toBeLessThanOrEqual(FAIL_FAST_BOUND_MS);
      expect(readyDown).toMatchObject({ status: 503, reason: 'Neo4j is not reachable' });
      expect(readyDown.ms).toBeLessThanOrEqual(FAIL_FAST_BOUND_MS);
      expect(health.status).toBe(200);
      expect(readyAgain - answers).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
      expect(queryAgain - answers).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
      // Every failure, at any time, carried a database code: never an internal error.
      expect(failed.filter((s) => s.codes.length === 0 || s.codes.some((c) => c !== 'DATABASE_UNAVAILABLE' && c !== 'DATABASE_TIMEOUT'))).toEqual([]);
      expect(lastFailure - answers).toBeLessThanOrEqual(STEADY_LIMIT_MS);
      expect(steady.length).toBeGreaterThan(0);
      expect(steady.filter((s) => !s.ok)).toEqual([]);
      expectHealthyProcess(api);
    } finally {
      await traffic.stop();
    }
  }, 300_000);
});
