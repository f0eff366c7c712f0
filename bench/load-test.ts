import http from 'node:http';
import autocannon from 'autocannon';
import type { RequestSpec } from './client';
import type { AnswerCheck } from './contenders';

/** Failed requests of a run, by cause. Every one of them counts as an error. */
export interface ErrorCounts {
  /** An HTTP status other than 200. */
  http: number;
  /** HTTP 200 with GraphQL `errors` (Apollo answers most errors with 200). */
  graphql: number;
  /** HTTP 200 without errors but not the checked answer. */
  mismatch: number;
  /** No answer within the client timeout (the query timeout plus a margin). */
  timeouts: number;
  /** The connection failed. */
  connection: number;
}

export const noErrors = (): ErrorCounts => ({ http: 0, graphql: 0, mismatch: 0, timeouts: 0, connection: 0 });
export const errorTotal = (e: ErrorCounts) => e.http + e.graphql + e.mismatch + e.timeouts + e.connection;
export const addErrors = (a: ErrorCounts, b: ErrorCounts): ErrorCounts => ({
  http: a.http + b.http,
  graphql: a.graphql + b.graphql,
  mismatch: a.mismatch + b.mismatch,
  timeouts: a.timeouts + b.timeouts,
  connection: a.connection + b.connection,
});

/** Closed-loop throughput: `connections` clients sending back to back for a fixed time. */
export interface LoadedRun {
  /** Latency percentiles (ms) of the responses; null when none arrived (none done). */
  p50: number | null;
  p99: number | null;
  /** Correct answers per second. */
  rps: number;
  ok: number;
  errors: ErrorCounts;
}

/** Latency without load: one connection, one request at a time. */
export interface UnloadedRun {
  /** Latency of every correct answer (ms), in order. */
  samples: number[];
  p50: number | null;
  p99: number | null;
  errors: ErrorCounts;
}

/** Nearest-rank percentile of values sorted ascending; null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function assertLocal(url: string): void {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`load is only ever sent to 127.0.0.1, not ${url}`);
}

/**
 * `connections` connections on 127.0.0.1 for `seconds`, every response judged by `check`. A request
 * slower than `timeoutSeconds` counts as a timeout.
 */
export async function loadedRun(
  url: string,
  spec: RequestSpec,
  settings: { connections: number; seconds: number; timeoutSeconds: number },
  check: AnswerCheck,
): Promise<LoadedRun> {
  assertLocal(url);
  const errors = noErrors();
  const result = await autocannon({
    url,
    connections: settings.connections,
    duration: settings.seconds,
    timeout: settings.timeoutSeconds,
    requests: [
      {
        method: 'POST',
        path: spec.path,
        headers: { 'content-type': 'application/json' },
        body: spec.body,
        onResponse: (status: number, body: string) => {
          const verdict = check.judge(status, body);
          if (verdict !== 'ok') errors[verdict]++;
        },
      },
    ],
  });
  errors.timeouts += result.timeouts;
  errors.connection += result.errors - result.timeouts;
  const completed = result.requests.total;
  const ok = Math.max(0, completed - errors.http - errors.graphql - errors.mismatch);
  const seconds = result.duration > 0 ? result.duration : settings.seconds;
  return {
    p50: completed > 0 ? result.latency.p50 : null,
    p99: completed > 0 ? result.latency.p99 : null,
    rps: Math.round((ok / seconds) * 10) / 10,
    ok,
    errors,
  };
}

type Outcome = { kind: 'answer'; status: number; body: string; ms: number } | { kind: 'timeout' } | { kind: 'connection' };

function sendOnce(agent: http.Agent, url: string, spec: RequestSpec, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const body = Buffer.from(spec.body);
    const req = http.request(`${url}${spec.path}`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ kind: 'answer', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: Number(process.hrtime.bigint() - started) / 1e6 });
      });
      res.on('error', () => resolve({ kind: 'connection' }));
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ kind: 'timeout' });
    }, timeoutMs);
    req.on('error', () => {
      clearTimeout(timer);
      resolve({ kind: 'connection' });
    });
    req.end(body);
  });
}

/**
 * Requests one after another on one kept-alive connection: `requests` of them, or fewer when
 * `maxSeconds` have passed (at least one is always sent; a timeout ends the run).
 */
export async function unloadedRun(
  url: string,
  spec: RequestSpec,
  settings: { requests: number; maxSeconds: number; timeoutMs: number },
  check: AnswerCheck,
): Promise<UnloadedRun> {
  assertLocal(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const errors = noErrors();
  const samples: number[] = [];
  const started = Date.now();
  try {
    for (let i = 0; i < settings.requests; i++) {
      if (i > 0 && Date.now() - started > settings.maxSeconds * 1000) break;
      const outcome = await sendOnce(agent, url, spec, settings.timeoutMs);
      if (outcome.kind !== 'answer') {
        errors[outcome.kind === 'timeout' ? 'timeouts' : 'connection']++;
        if (outcome.kind === 'timeout') break;
        continue;
      }
      const verdict = check.judge(outcome.status, outcome.body);
      if (verdict === 'ok') samples.push(round2(outcome.ms));
      else errors[verdict]++;
    }
  } finally {
    agent.destroy();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors };
}
