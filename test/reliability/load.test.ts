import autocannon, { type Request } from 'autocannon';
import { startApi, type ApiProcess, type MemoryAfterGc } from './support/api-process';
import { mib, reportFigures } from './support/figures';
import { errorLogLines, expectHealthyProcess } from './support/process-checks';
import { QUERY_MIX } from './support/query-mix';

const CLIENTS = 100;
const RUN_S = 60;
/**
 * Warm-up runs the same load in slices until the process has grown to its working size (at least
 * `minSlices` and `minRequests` answered, and its footprint after a full GC grown by at most 2% over
 * the last slice), so the memory check compares two steady states, not a cold start with one.
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

/**
 * RSS without V8's young generation. An idle process's collection shrinks the young generation
 * (32 MiB → 1 MiB here) and the next busy second regrows it, so RSS after GC swings by 31 MiB with
 * the timing of the reading alone; the rest of RSS is what a leak outside the JS heap would grow.
 */
const footprint = (m: MemoryAfterGc) => m.rss - m.newSpace;
/** What a leak of requests' objects or buffers grows: JS objects and the memory bound to them. */
const retained = (m: MemoryAfterGc) => m.heapUsed + m.external;

async function warmUp(api: ApiProcess): Promise<{ requests: number; failures: number; readings: MemoryAfterGc[] }> {
  const readings = [await api.memoryAfterGc()];
  let requests = 0;
  let failures = 0;
  for (let slice = 1; slice <= WARM_UP.maxSlices; slice++) {
    const phase = await runPhase(api.url, WARM_UP.sliceS);
    requests += phase.result.requests.total;
    failures += phase.graphqlErrors + phase.result.errors + phase.result.non2xx;
    await settle();
    readings.push(await api.memoryAfterGc());
    const growth = footprint(readings.at(-1)!) / footprint(readings.at(-2)!) - 1;
    if (slice >= WARM_UP.minSlices && requests >= WARM_UP.minRequests && growth <= WARM_UP.steadyGrowth) break;
  }
  return { requests, failures, readings };
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
      const { result } = run;

      reportFigures('load', {
        command: 'npm run test:reliability -- test/reliability/load.test.ts',
        clients: CLIENTS,
        seconds: RUN_S,
        operationsInMix: QUERY_MIX.length,
        warmUpRequests: warm.requests,
        warmUpFootprintMiB: warm.readings.map((m) => mib(footprint(m))),
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.average),
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphqlErrors: run.graphqlErrors,
        rssAfterWarmUpMiB: mib(memoryWarm.rss),
        rssAfterRunMiB: mib(memoryAfter.rss),
        footprintAfterWarmUpMiB: mib(footprint(memoryWarm)),
        footprintAfterRunMiB: mib(footprint(memoryAfter)),
        footprintChange: `${((footprint(memoryAfter) / footprint(memoryWarm) - 1) * 100).toFixed(1)}%`,
        retainedAfterWarmUpMiB: mib(retained(memoryWarm)),
        retainedAfterRunMiB: mib(retained(memoryAfter)),
        readingsMiB: [...warm.readings, memoryWarm, memoryAfter].map((m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, mib(v)]))),
        memoryMeasured: 'idle, after two full GCs in the API process (SIGUSR2, test-only preload); footprint = RSS less the young generation',
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
      expect(footprint(memoryAfter)).toBeLessThanOrEqual(footprint(memoryWarm) * 1.2);
      expect(retained(memoryAfter)).toBeLessThanOrEqual(retained(memoryWarm) * 1.2);
      expect(unhandled).toEqual([]);
      expectHealthyProcess(api);
      expect(errorLogLines(api.output())).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }, (WARM_UP_MAX_S * 1.5 + RUN_S + 60) * 1000);
});
