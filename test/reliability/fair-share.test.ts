import { startApi, type ApiProcess } from './support/api-process';
import { percentile, reportFigures } from './support/figures';
import { errorCodes, postGraphQL, type GraphQLBody } from './support/graphql';
import { QUERY_MIX } from './support/query-mix';

/**
 * One well-behaved client (one request at a time over the query mix) alone and beside an abusive
 * client (many concurrent heavy requests, retrying at once when refused), in alternating windows so
 * that whatever else the machine does weighs on both alike; with the fair-share limits on and, for
 * comparison, off. The API is behind a (simulated) proxy on loopback: TRUST_PROXY lets
 * X-Forwarded-For name the two clients.
 */
const WINDOW_MS = 5_000;
const WINDOWS = 4;
const ABUSER_CONCURRENCY = 24;
const GOOD = { 'x-forwarded-for': '203.0.113.10' };
const ABUSER = { 'x-forwarded-for': '198.51.100.66' };
/** Heavy but allowed on the shipped data: every company's peers, the whole coverage matrix, wide string filters. */
const HEAVY = [
  '{ companies(first: 100) { totalCount edges { node { peers(first: 20) { score shared { name } } } } } }',
  '{ coverage { rows { company { id name } cells { held holdings { year evidence { quote } } } } } }',
  'query($f: StringFilter) { companies(where: { OR: [{ name: $f }, { nameZh: $f }, { tickers: $f }, { industry: $f }] }) { totalCount } organizations(where: { OR: [{ name: $f }, { nameZh: $f }] }) { totalCount } }',
];
/** A well-behaved client (an application, a notebook) pauses between requests. */
const THINK_MS = 100;
// The well-behaved client spends about 15,000 estimated db hits per second on the shipped data; the
// abuser's heavy requests cost 3,000-50,000 each.
const LIMITS = { RATE_LIMIT_CONCURRENCY: '2', RATE_LIMIT_COST_PER_SECOND: '25000' };

interface Phase {
  goodMs: number[];
  goodErrors: number;
  abuser: { ok: number; throttled: number; other: number; retryAfter: Set<string> };
}

const newPhase = (): Phase => ({ goodMs: [], goodErrors: 0, abuser: { ok: 0, throttled: 0, other: 0, retryAfter: new Set() } });

async function wellBehaved(url: string, until: number, phase: Phase): Promise<void> {
  for (let i = 0; performance.now() < until; i++) {
    const op = QUERY_MIX[i % QUERY_MIX.length]!;
    const answer = await postGraphQL(url, op.query, op.variables, GOOD);
    phase.goodMs.push(answer.ms);
    if (answer.status !== 200 || answer.body?.errors) phase.goodErrors++;
    await new Promise((r) => setTimeout(r, THINK_MS));
  }
}

async function abusive(url: string, until: number, phase: Phase): Promise<void> {
  const worker = async (w: number) => {
    for (let i = w; performance.now() < until; i++) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ABUSER },
        body: JSON.stringify({ query: HEAVY[i % HEAVY.length], variables: { f: { contains: 'a', endsWith: 'n', startsWith: 'S' } } }),
      });
      const body = (await res.json()) as GraphQLBody;
      if (res.status === 429 && errorCodes(body).every((c) => c === 'RATE_LIMITED')) {
        phase.abuser.throttled++;
        phase.abuser.retryAfter.add(res.headers.get('retry-after') ?? 'none');
        // Refused, it tries again 20 ms later: a tighter flood would mostly measure this test's own client.
        await new Promise((r) => setTimeout(r, 20));
      } else if (res.status === 200 && !body.errors) phase.abuser.ok++;
      else phase.abuser.other++;
    }
  };
  await Promise.all(Array.from({ length: ABUSER_CONCURRENCY }, (_, w) => worker(w)));
}

/** Alternating windows (alone, under attack) against one API process; the abuser's requests end before the next window. */
async function run(name: string, env: Record<string, string>): Promise<{ alone: Phase; attacked: Phase }> {
  const api: ApiProcess = await startApi(name, { TRUST_PROXY: 'loopback', ...env });
  try {
    // Warm the plans and the statistics, then measure.
    for (const op of QUERY_MIX) await postGraphQL(api.url, op.query, op.variables, GOOD);
    for (const q of HEAVY) await postGraphQL(api.url, q, { f: { contains: 'a' } }, { 'x-forwarded-for': '192.0.2.1' });
    const alone = newPhase();
    const attacked = newPhase();
    for (let w = 0; w < WINDOWS; w++) {
      await wellBehaved(api.url, performance.now() + WINDOW_MS, alone);
      const until = performance.now() + WINDOW_MS;
      await Promise.all([wellBehaved(api.url, until, attacked), abusive(api.url, until, attacked)]);
    }
    return { alone, attacked };
  } finally {
    await api.stop();
  }
}

const p99 = (p: Phase) => Math.round(percentile(p.goodMs, 99));

describe('fair share: a well-behaved client beside an abusive one', () => {
  it('keeps the well-behaved p99 within 2x of its unloaded value while the abuser is throttled with 429 and Retry-After', async () => {
    const { alone, attacked } = await run('fair-share-limited', LIMITS);
    const { attacked: unprotected } = await run('fair-share-unlimited', { RATE_LIMIT_CONCURRENCY: '0', RATE_LIMIT_COST_PER_SECOND: '0' });
    reportFigures('fair-share', {
      command: 'npm run test:reliability -- fair-share',
      limits: LIMITS,
      windows: `${WINDOWS} × (${WINDOW_MS} ms alone, ${WINDOW_MS} ms under attack)`,
      wellBehavedAlone: { requests: alone.goodMs.length, p50: Math.round(percentile(alone.goodMs, 50)), p99: p99(alone) },
      wellBehavedUnderAttack: { requests: attacked.goodMs.length, p50: Math.round(percentile(attacked.goodMs, 50)), p99: p99(attacked), errors: attacked.goodErrors },
      abuser: { ok: attacked.abuser.ok, throttled: attacked.abuser.throttled, other: attacked.abuser.other, retryAfter: [...attacked.abuser.retryAfter] },
      withoutLimits: { wellBehavedP99: p99(unprotected), wellBehavedP50: Math.round(percentile(unprotected.goodMs, 50)), abuserOk: unprotected.abuser.ok },
    });
    expect(alone.goodErrors).toBe(0);
    expect(attacked.goodErrors).toBe(0);
    expect(attacked.abuser.throttled).toBeGreaterThan(0);
    expect(attacked.abuser.other).toBe(0);
    expect([...attacked.abuser.retryAfter].every((s) => /^\d+$/.test(s) && Number(s) >= 1)).toBe(true);
    expect(p99(attacked)).toBeLessThanOrEqual(2 * p99(alone));
  }, 180_000);
});
