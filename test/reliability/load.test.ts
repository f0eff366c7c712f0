import autocannon, { type Request } from 'autocannon';
import { startApi, type ApiProcess, type MemoryAfterGc } from './support/api-process';
import { mib, reportFigures } from './support/figures';
import { errorLogLines, expectHealthyProcess } from './support/process-checks';
import { QUERY_MIX } from './support/query-mix';

const CLIENTS = 100;
const RUN_S = 60;
/**
 * Warm-up runs the same load in slices until the process has grown to its working size (at least
 * `minSlices` and `minRequests` answered, and RSS after a full GC grown by at most 2% over the last
 * slice), so the memory check compares two steady states, not a cold start with one. RSS after GC
 * still creeps up slowly before it settles (the allocator keeps the pages of its busiest moment), so a
 * looser rule let a warm-up stop early at 176 MiB on a process whose working size was 200 MiB.
 */
const WARM_UP = { minSlices: 3, maxSlices: 6, sliceS: 10, minRequests: 3_000, steadyGrowth: 0.02 };
const WARM_UP_MAX_S = WARM_UP.maxSlices * WARM_UP.sliceS;
/** Response time after which autocannon counts a request as an error. */
const REQUEST_TIMEOUT_S = 20;

interface Phase {
  result: autocannon.Result;
  graphqlErrors: number;
  firstError?: string;
}

/** Every client cycles through the query mix; a 200 whose body has `errors` counts as an error too. */
function runPhase(url: string, seconds: number): Promise<Phase> {
  const phase: Omit<Phase, 'result'> = { graphqlErrors: 0 };
  const requests: Request[] = QUERY_MIX.map((op) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
    onResponse: (status: number, body: string) => {
      if (status === 200 && !body.includes('"errors"')) return;
      phase.graphqlErrors++;
      phase.firstError ??= `${op.name}: ${status} ${body.slice(0, 300)}`;
    },
  }));
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CLIENTS, duration: seconds, timeout: REQUEST_TIMEOUT_S, requests }, (err, result) => {
      if (err) reject(err);
      else resolve({ ...phase, result });
    });
  });
}

/** A pause after a phase, so both memory readings start from an idle process. */
const settle = () => new Promise((r) => setTimeout(r, 2_000));

async function warmUp(api: ApiProcess): Promise<{ requests: number; failures: number; rssMiB: number[]; readings: MemoryAfterGc[] }> {
  const readings = [await api.memoryAfterGc()];
  const rss = [readings[0]!.rss];
  let requests = 0;
  let failures = 0;
  for (let slice = 1; slice <= WARM_UP.maxSlices; slice++) {
    const phase = await runPhase(api.url, WARM_UP.sliceS);
    requests += phase.result.requests.total;
    failures += phase.graphqlErrors + phase.result.errors + phase.result.non2xx;
    await settle();
    readings.push(await api.memoryAfterGc());
    rss.push(readings.at(-1)!.rss);
    const growth = rss[rss.length - 1]! / rss[rss.length - 2]! - 1;
    if (slice >= WARM_UP.minSlices && requests >= WARM_UP.minRequests && growth <= WARM_UP.steadyGrowth) break;
  }
  return { requests, failures, rssMiB: rss.map(mib), readings };
}

describe(`load: ${CLIENTS} concurrent clients for ${RUN_S} s on the query mix`, () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApi('load', {}, { collectableGarbage: true });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('answers every request without error and keeps its memory', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const warm = await warmUp(api);
      const memoryWarm = await api.memoryAfterGc();
      const run = await runPhase(api.url, RUN_S);
      await settle();
      const memoryAfter = await api.memoryAfterGc();
      // The working size seen so far: the largest reading, should the allocator have given pages back.
      const rssWarm = Math.max(memoryWarm.rss, ...warm.readings.map((m) => m.rss));
      const retained = (m: MemoryAfterGc) => m.heapUsed + m.external;
      const rssAfter = memoryAfter.rss;
      const { result } = run;

      reportFigures('load', {
        command: 'npm run test:reliability -- test/reliability/load.test.ts',
        clients: CLIENTS,
        seconds: RUN_S,
        operationsInMix: QUERY_MIX.length,
        warmUpRequests: warm.requests,
        warmUpRssMiB: warm.rssMiB,
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.average),
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphqlErrors: run.graphqlErrors,
        rssAfterWarmUpMiB: mib(rssWarm),
        rssAfterRunMiB: mib(rssAfter),
        rssChange: `${(((rssAfter - rssWarm) / rssWarm) * 100).toFixed(1)}%`,
        retainedAfterWarmUpMiB: mib(retained(memoryWarm)),
        retainedAfterRunMiB: mib(retained(memoryAfter)),
        readingsMiB: [...warm.readings, memoryWarm, memoryAfter].map((m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, mib(v)]))),
        memoryMeasured: 'idle, after two full GCs in the API process (SIGUSR2, test-only preload)',
        ...(run.firstError ? { firstError: run.firstError } : {}),
      });

      expect(warm.failures).toBe(0);
      expect(result.requests.total).toBeGreaterThan(0);
      expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors: run.graphqlErrors }).toEqual({
        errors: 0,
        timeouts: 0,
        non2xx: 0,
        graphqlErrors: 0,
      });
      expect(rssAfter).toBeLessThanOrEqual(rssWarm * 1.2);
      // What a leak of requests' objects or buffers grows: JS objects and memory bound to them.
      expect(retained(memoryAfter)).toBeLessThanOrEqual(retained(memoryWarm) * 1.2);
      expect(unhandled).toEqual([]);
      expectHealthyProcess(api);
      expect(errorLogLines(api.output())).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }, (WARM_UP_MAX_S * 1.5 + RUN_S + 60) * 1000);
});
