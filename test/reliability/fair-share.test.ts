import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'graphql';
import { estimateCost } from '../../src/graphql/cost/estimate';
import { readStatistics, statisticsOf } from '../../src/graphql/cost/statistics';
import { limitsOf } from '../../src/graphql/run';
import { ROOT } from '../../src/paths';
import { REQUEST_BASE_COST } from '../../src/server/rate-limit';
import { loadSchema } from './fuzz/operations';
import { startApi, type ApiProcess } from './support/api-process';
import { HEAVY, HEAVY_VARIABLES } from './support/heavy-queries';
import { percentile, reportFigures } from './support/figures';
import { errorCodes, postGraphQL } from './support/graphql';
import { openReliabilityDatabase, reliabilityConfig } from './support/neo4j';
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
/** Warming the plans is no client's traffic: sent from loopback without a forwarded address, which the limits leave alone. */
const WARM_UP = {};
/** A well-behaved client (an application, a notebook) pauses between requests. */
const THINK_MS = 100;
/** The cost limit sits above what a well-behaved client spends, as an operator would set it, not at it: this much over its most in a second. */
const HEADROOM = 1.25;

interface Charges {
  /** What each operation of the mix is charged: the API's estimate and the base cost of a request. */
  mix: Record<string, number>;
  /** The same for each of the abuser's heavy requests. */
  heavy: number[];
  /** The most the well-behaved client can be charged in one second. */
  wellBehavedPerSecond: number;
}

/**
 * What the API charges each request of both clients, by its own estimate on the graph the suite
 * runs on. The well-behaved client waits THINK_MS after each answer, so at most 1000 / THINK_MS of
 * its requests are charged within a second: at most the dearest that many operations of the mix. The
 * cost limit follows from it, so the data growing (better-connected companies have dearer peers)
 * moves the limit, not the outcome.
 */
async function estimatedCharges(): Promise<Charges> {
  const db = openReliabilityDatabase();
  try {
    const stats = statisticsOf(await readStatistics(db));
    const config = reliabilityConfig();
    const limits = limitsOf(config);
    const schema = loadSchema();
    const charge = (query: string, variables?: Record<string, unknown>) => REQUEST_BASE_COST + estimateCost(schema, parse(query), undefined, variables, stats, limits).cost;
    const mix = Object.fromEntries(QUERY_MIX.map((op) => [op.name, charge(op.query, op.variables)]));
    const wellBehavedPerSecond = Object.values(mix)
      .sort((a, b) => b - a)
      .slice(0, Math.floor(1000 / THINK_MS))
      .reduce((a, b) => a + b, 0);
    return { mix, heavy: HEAVY.map((q) => charge(q, HEAVY_VARIABLES)), wellBehavedPerSecond };
  } finally {
    await db.close();
  }
}

interface Phase {
  goodMs: number[];
  goodErrors: number;
  goodCodes: Record<string, number>;
  abuser: { ok: number; throttled: number; other: number; otherCodes: Record<string, number>; retryAfter: Set<string> };
}

const newPhase = (): Phase => ({ goodMs: [], goodErrors: 0, goodCodes: {}, abuser: { ok: 0, throttled: 0, other: 0, otherCodes: {}, retryAfter: new Set() } });

async function wellBehaved(url: string, until: number, phase: Phase): Promise<void> {
  for (let i = 0; performance.now() < until; i++) {
    const op = QUERY_MIX[i % QUERY_MIX.length]!;
    const answer = await postGraphQL(url, op.query, op.variables, GOOD);
    phase.goodMs.push(answer.ms);
    if (answer.status !== 200 || answer.body?.errors) {
      phase.goodErrors++;
      const key = `${answer.status} ${errorCodes(answer.body).join('+')}`;
      phase.goodCodes[key] = (phase.goodCodes[key] ?? 0) + 1;
    }
    await new Promise((r) => setTimeout(r, THINK_MS));
  }
}

/** The abuser, in a process of its own, for `ms`; its counts are added to the phase. */
async function abusive(url: string, ms: number, phase: Phase): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'support', 'abuser.ts'), url, String(ms), String(ABUSER_CONCURRENCY), ABUSER['x-forwarded-for']], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  await new Promise((resolve) => child.once('exit', resolve));
  const summary = JSON.parse(out) as { ok: number; throttled: number; other: number; retryAfter: string[]; codes: Record<string, number> };
  phase.abuser.ok += summary.ok;
  phase.abuser.throttled += summary.throttled;
  phase.abuser.other += summary.other;
  for (const [code, n] of Object.entries(summary.codes)) phase.abuser.otherCodes[code] = (phase.abuser.otherCodes[code] ?? 0) + n;
  for (const r of summary.retryAfter) phase.abuser.retryAfter.add(r);
}

/** Alternating windows (alone, under attack) against one API process; the abuser's requests end before the next window. */
async function run(name: string, env: Record<string, string>): Promise<{ alone: Phase; attacked: Phase }> {
  const api: ApiProcess = await startApi(name, { TRUST_PROXY: 'loopback', ...env });
  try {
    // Warm the plans and the statistics, then measure.
    for (const op of QUERY_MIX) await postGraphQL(api.url, op.query, op.variables, WARM_UP);
    for (const q of HEAVY) await postGraphQL(api.url, q, HEAVY_VARIABLES, WARM_UP);
    const alone = newPhase();
    const attacked = newPhase();
    for (let w = 0; w < WINDOWS; w++) {
      await wellBehaved(api.url, performance.now() + WINDOW_MS, alone);
      const abuse = abusive(api.url, WINDOW_MS, attacked);
      // The abuser's process needs a moment to start: the window starts once it sends.
      await new Promise((r) => setTimeout(r, 1_000));
      await Promise.all([wellBehaved(api.url, performance.now() + WINDOW_MS - 1_500, attacked), abuse]);
    }
    return { alone, attacked };
  } finally {
    await api.stop();
  }
}

const p99 = (p: Phase) => Math.round(percentile(p.goodMs, 99));

describe('fair share: a well-behaved client beside an abusive one', () => {
  it('throttles the abuser with 429 and Retry-After and never the well-behaved client, whose latency it reports', async () => {
    const charges = await estimatedCharges();
    const LIMITS = { RATE_LIMIT_CONCURRENCY: '2', RATE_LIMIT_COST_PER_SECOND: String(Math.ceil(charges.wellBehavedPerSecond * HEADROOM)) };
    const { alone, attacked } = await run('fair-share-limited', LIMITS);
    const { attacked: unprotected } = await run('fair-share-unlimited', { RATE_LIMIT_CONCURRENCY: '0', RATE_LIMIT_COST_PER_SECOND: '0' });
    reportFigures('fair-share', {
      command: 'npm run test:reliability -- fair-share',
      limits: LIMITS,
      wellBehavedMostPerSecond: charges.wellBehavedPerSecond,
      wellBehavedCharges: charges.mix,
      abuserCharges: charges.heavy,
      windows: `${WINDOWS} × (${WINDOW_MS} ms alone, ${WINDOW_MS} ms under attack)`,
      wellBehavedAlone: { requests: alone.goodMs.length, p50: Math.round(percentile(alone.goodMs, 50)), p99: p99(alone), errors: alone.goodCodes },
      wellBehavedUnderAttack: { requests: attacked.goodMs.length, p50: Math.round(percentile(attacked.goodMs, 50)), p99: p99(attacked), errors: attacked.goodCodes },
      abuser: { ok: attacked.abuser.ok, throttled: attacked.abuser.throttled, other: attacked.abuser.other, otherCodes: attacked.abuser.otherCodes, retryAfter: [...attacked.abuser.retryAfter] },
      withoutLimits: { wellBehavedP99: p99(unprotected), wellBehavedP50: Math.round(percentile(unprotected.goodMs, 50)), abuserOk: unprotected.abuser.ok },
      p99UnderAttackOverAlone: (p99(attacked) / p99(alone)).toFixed(2),
      p99WithoutLimitsOverAlone: (p99(unprotected) / p99(alone)).toFixed(2),
    });
    expect(alone.goodErrors).toBe(0);
    expect(attacked.goodErrors).toBe(0);
    expect(attacked.abuser.throttled).toBeGreaterThan(0);
    expect(attacked.abuser.other).toBe(0);
    expect([...attacked.abuser.retryAfter].every((s) => /^\d+$/.test(s) && Number(s) >= 1)).toBe(true);
    // The limits let through a small part of what the abuser gets done without them.
    expect(attacked.abuser.ok * 10).toBeLessThan(unprotected.abuser.ok);
    // The well-behaved p99 beside the abuser against alone (target: within 2x) is a figure, not an
    // assertion: on two shared cores the abuser's own process and its refused requests take CPU too.
  }, 180_000);
});
