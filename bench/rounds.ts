import { dataOf, fetchText } from './client';
import { AnswerCheck, contendersFor, type Contender } from './contenders';
import { compareAnswers } from './equivalence';
import { loadedRun, unloadedRun, errorTotal, addErrors } from './load-test';
import { loadAverage } from './machine';
import { CLIENT_TIMEOUT_MARGIN_MS, type LoadSettings } from './options';
import type { BenchQuery } from './queries';
import type { QueryMeasurements, RoundResult } from './report/model';
import type { RunningServer, SystemName } from './servers';

/** A contender ready to be timed: where to send, and how to judge each answer. */
export interface Timed extends Contender {
  url: string;
  check: AnswerCheck;
}

export interface CheckedQuery {
  query: BenchQuery;
  contenders: Timed[];
}

const urlOf = (servers: readonly RunningServer[], system: SystemName) => servers.find((s) => s.name === system)!.url;

/**
 * Asks every contender every query once and compares the answers (`compareAnswers`). Each answer becomes
 * the reference its timed runs are judged against. A contender that fails here is reported and then
 * judged on status and errors only.
 */
export async function checkAnswers(
  servers: readonly RunningServer[],
  queries: readonly BenchQuery[],
  queryTimeoutMs: number,
): Promise<{ problems: string[]; checked: CheckedQuery[] }> {
  const problems: string[] = [];
  const checked: CheckedQuery[] = [];
  for (const query of queries) {
    const bodies = new Map<string, string>();
    const answers = { esgGraph: {}, peer: {} as Record<string, Record<string, unknown>>, raw: {} };
    for (const c of contendersFor(query)) {
      try {
        const { status, body } = await fetchText(urlOf(servers, c.system), c.request, queryTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS);
        const data = dataOf(status, body);
        bodies.set(c.key, body);
        if (c.system === 'neo4jGraphql') answers.peer[c.variant!] = data;
        else answers[c.system] = data;
      } catch (err) {
        problems.push(`${query.name}: ${c.key} gave no answer before timing: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (bodies.has('esgGraph') && bodies.has('raw')) problems.push(...compareAnswers(query, answers));
    checked.push({
      query,
      contenders: contendersFor(query).map((c) => ({ ...c, url: urlOf(servers, c.system), check: new AnswerCheck(bodies.get(c.key), c.system !== 'neo4jGraphql') })),
    });
  }
  return { problems, checked };
}

/** The systems' order in round `r` (0-based): esg-graph, peer, floor, rotated by one each round. */
export function roundOrder(contenders: readonly Timed[], r: number): Timed[] {
  const systems: SystemName[] = ['esgGraph', 'neo4jGraphql', 'raw'];
  const rotated = systems.map((_, i) => systems[(i + r) % systems.length]!);
  return rotated.flatMap((s) => contenders.filter((c) => c.system === s));
}

function loaded(c: Timed, settings: LoadSettings, seconds: number) {
  return loadedRun(c.url, c.request, { connections: settings.connections, seconds, timeoutSeconds: (settings.queryTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS) / 1000 }, c.check);
}

/**
 * Warm-up, then `settings.rounds` rounds: in each, for every query, every contender in the round's order
 * gets a loaded run and then an unloaded one. `settle` runs after each (it waits until Neo4j has
 * finished what the run left in flight).
 */
export async function measureRounds(
  checked: readonly CheckedQuery[],
  settings: LoadSettings,
  settle: () => Promise<void>,
  log: (line: string) => void,
): Promise<Record<string, QueryMeasurements>> {
  const out: Record<string, QueryMeasurements> = {};
  for (const { query, contenders } of checked) {
    out[query.name] = {
      order: [],
      rounds: Object.fromEntries(contenders.map((c) => [c.key, [] as RoundResult[]])),
      variants: Object.fromEntries(contenders.filter((c) => c.variant !== undefined).map((c) => [c.key, c.variant!])),
    };
    if (settings.warmupSeconds > 0) {
      for (const c of contenders) {
        await loaded(c, settings, settings.warmupSeconds);
        await settle();
      }
    }
  }
  log(`warmed up: ${settings.warmupSeconds} s per query and system`);
  for (let r = 0; r < settings.rounds; r++) {
    for (const { query, contenders } of checked) {
      const order = roundOrder(contenders, r);
      out[query.name]!.order.push(order.map((c) => c.key));
      for (const c of order) {
        const before = loadAverage();
        const l = await loaded(c, settings, settings.measureSeconds);
        await settle();
        const u = await unloadedRun(c.url, c.request, { requests: settings.unloadedRequests, maxSeconds: settings.unloadedMaxSeconds, timeoutMs: settings.queryTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS }, c.check);
        await settle();
        out[query.name]!.rounds[c.key]!.push({ loaded: l, unloaded: u, loadAverage: before });
        const errors = errorTotal(addErrors(l.errors, u.errors));
        log(
          `  round ${r + 1} ${query.name} ${c.key}: unloaded p50 ${u.p50 ?? '—'} ms (${u.samples.length} requests); ` +
            `loaded p50 ${l.p50 ?? 'none done'} ms, p99 ${l.p99 ?? '—'} ms, ${l.rps} req/s${errors > 0 ? `; ${errors} failed: ${JSON.stringify({ loaded: l.errors, unloaded: u.errors })}` : ''}`,
        );
      }
    }
  }
  return out;
}
