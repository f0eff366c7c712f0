import autocannon from 'autocannon';
import type { RequestSpec } from './client';

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  measureSeconds: number;
  /** A request slower than this counts as a timeout (seconds). */
  timeoutSeconds: number;
}

export interface Measurement {
  /** Milliseconds; null when no request completed within the measurement. */
  p50: number | null;
  p99: number | null;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

function fire(url: string, spec: RequestSpec, settings: LoadSettings, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}${spec.path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
    connections: settings.connections,
    duration: seconds,
    timeout: settings.timeoutSeconds,
  });
}

/**
 * Warm-up (discarded), then a fixed-duration run with a fixed number of connections on 127.0.0.1.
 * `settle` runs after each (it waits for the database to finish what the run left in flight).
 */
export async function measure(url: string, spec: RequestSpec, settings: LoadSettings, settle: () => Promise<void> = async () => {}): Promise<Measurement> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`load is only ever sent to 127.0.0.1, not ${url}`);
  if (settings.warmupSeconds > 0) {
    await fire(url, spec, settings, settings.warmupSeconds);
    await settle();
  }
  const r = await fire(url, spec, settings, settings.measureSeconds);
  await settle();
  const seconds = r.duration > 0 ? r.duration : settings.measureSeconds;
  return {
    p50: r.requests.total > 0 ? r.latency.p50 : null,
    p99: r.requests.total > 0 ? r.latency.p99 : null,
    rps: Math.round((r.requests.total / seconds) * 10) / 10,
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
  };
}
