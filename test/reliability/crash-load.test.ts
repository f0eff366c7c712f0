import { graphChecksum } from '../../src/db/checksum';
import type { Database } from '../../src/db/database';
import { graphCounts, resetGraph } from '../support/neo4j';
import { reportFigures } from './support/figures';
import { graphState, halfLoaded, type GraphState } from './support/graph-state';
import { runLoader, type KillPlan } from './support/loader-process';
import { openReliabilityDatabase } from './support/neo4j';
import { leakedSecrets } from './support/process-checks';
import { Random, seedFromEnv } from './support/random';
import { watchReports } from './support/report-watch';
import { waitForTransactionsOf, type Leftover } from './support/transactions';

const RUNS = 6;
const SEED = seedFromEnv(20_241_126);

interface KillRecord {
  run: number;
  from: 'empty graph' | 'previous run';
  plan: KillPlan;
  exit: string;
  committedBeforeKill: number;
  /** Transactions of the killed loader that Neo4j still listed after it died, and how long until none was. */
  leftovers: Leftover[];
  settledMs: number;
  reportsInGraph: number;
  problems: string[];
}

/**
 * Half the kills at a random time between the spawn and the first commit of a warm load (start-up,
 * migrations, the catalog and the first report's transaction), half at a random moment just after
 * the loader reported a random report committed (inside the next report's transaction), never the
 * second to last: the delay after a commit stays under half the shortest report's time, and at least
 * two reports remain, so the kill lands before the load ends.
 */
function killPlan(random: Random, run: number, firstCommitMs: number, shortestSourceMs: number, sources: number): KillPlan {
  return run % 2 === 0
    ? { afterSources: 0, delayMs: random.int(0, Math.round(firstCommitMs)) }
    : { afterSources: random.int(1, sources - 2), delayMs: random.int(0, Math.round(shortestSourceMs / 2)) };
}

describe('crash-safe ingestion: the loader killed with SIGKILL at random points', () => {
  let db: Database;
  beforeAll(() => {
    db = openReliabilityDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('shows a concurrent reader every report whole or not at all while loads commit', async () => {
    await resetGraph(db);
    const clean = await runLoader('loader-reference');
    expect(clean.exit).toEqual({ code: 0, signal: null });
    const complete = new Map([...(await graphState(db)).facts].map(([report, f]) => [report, f.relationships]));
    const watches = [];
    // A load into an empty graph (each commit adds a report) and a reload over it (each commit deletes
    // and writes a report again), each watched by a guarded and a plain reader at once.
    for (const from of ['empty graph', 'loaded graph']) {
      if (from === 'empty graph') await resetGraph(db);
      const load = runLoader(`loader-watched-${from.replace(' ', '-')}`);
      const [guarded, plain, run] = await Promise.all([watchReports(db, complete, true, load), watchReports(db, complete, false, load), load]);
      expect(run.exit).toEqual({ code: 0, signal: null });
      watches.push({ from, guarded, plain });
    }
    reportFigures('crash-load-readers', {
      command: 'npm run test:reliability -- crash-load',
      reports: complete.size,
      watches: watches.map((w) => `${w.from}: guarded reads ${w.guarded.partialReads} of ${w.guarded.reads} partial; plain reads ${w.plain.partialReads} of ${w.plain.reads} partial${w.plain.examples.length ? ` (${w.plain.examples.join(' / ')})` : ''}`),
    });
    expect(watches.flatMap((w) => w.guarded.examples)).toEqual([]);
    expect(watches.every((w) => w.guarded.reads > 0 && w.plain.reads > 0)).toBe(true);
  }, 300_000);

  it('never leaves a half-loaded source, and a rerun converges to the clean graph', async () => {
    await resetGraph(db);
    const clean = await runLoader('loader-clean');
    expect(clean.exit).toEqual({ code: 0, signal: null });
    const complete: GraphState = await graphState(db);
    const cleanChecksum = await graphChecksum(db);
    const cleanCounts = await graphCounts(db);
    const sources = clean.committed.length;
    // The kill schedule is timed on a second, warm load: later loads run on warm plan caches and
    // finish sooner than the first, so timings of the first would let loads end before the kill.
    const warm = await runLoader('loader-warm');
    expect(warm.exit).toEqual({ code: 0, signal: null });
    expect(await graphChecksum(db)).toEqual(cleanChecksum);
    const shortestSourceMs = Math.min(...[...warm.output.matchAll(/^loaded [\w-]+: .* \((\d+) ms\)$/gm)].map((m) => Number(m[1])));

    const random = new Random(SEED);
    const kills: KillRecord[] = [];
    const outputs = [clean.output, warm.output];
    for (let run = 1; run <= RUNS; run++) {
      // Every third run starts from an empty graph; the others reload over what the last kill left.
      const fromEmpty = run % 3 === 1;
      if (fromEmpty) await resetGraph(db);
      const plan = killPlan(random, run, warm.firstCommitMs, shortestSourceMs, sources);
      const result = await runLoader(`loader-kill-${run}`, plan);
      outputs.push(result.output);
      // The loader is gone, but Neo4j may still run its transaction, or apply a commit it had sent:
      // the graph is read once Neo4j lists no transaction of that process.
      const settled = await waitForTransactionsOf(db, result.pid);
      const state = await graphState(db);
      kills.push({
        run,
        from: fromEmpty ? 'empty graph' : 'previous run',
        plan,
        exit: result.exit.signal ?? `code ${result.exit.code}`,
        committedBeforeKill: result.committed.length,
        leftovers: settled.leftovers,
        settledMs: settled.ms,
        reportsInGraph: state.reports.size,
        problems: halfLoaded(complete, state),
      });
    }

    const rerun = await runLoader('loader-rerun');
    outputs.push(rerun.output);
    const rerunChecksum = await graphChecksum(db);
    const rerunCounts = await graphCounts(db);

    reportFigures('crash-load', {
      command: 'npm run test:reliability -- crash-load',
      seed: SEED,
      sources,
      cleanLoadMs: Math.round(clean.ms),
      cleanFirstCommitMs: Math.round(clean.firstCommitMs),
      warmLoadMs: Math.round(warm.ms),
      warmFirstCommitMs: Math.round(warm.firstCommitMs),
      shortestSourceMs,
      cleanChecksum,
      kills: kills.map((k) => `run ${k.run} from ${k.from}: kill ${k.plan.delayMs} ms after ${k.plan.afterSources ? `source ${k.plan.afterSources} committed` : 'spawn'} → ${k.exit}, ${k.committedBeforeKill} committed, ${k.leftovers.length} transaction(s) left [${k.leftovers.map((l) => `${l.statuses.join(' → ')} for ${l.listedMs} ms: ${l.currentQuery}`).join(' | ')}], settled after ${k.settledMs} ms, ${k.reportsInGraph} reports in graph, ${k.problems.length} problems`),
      rerunExit: rerun.exit,
      rerunChecksum,
    });

    expect(kills.flatMap((k) => k.problems.map((p) => `run ${k.run}: ${p}`))).toEqual([]);
    // The schedule must actually interrupt loads, not only watch them finish.
    expect(kills.filter((k) => k.exit === 'SIGKILL').length).toBeGreaterThanOrEqual(RUNS - 1);
    expect(kills.some((k) => k.reportsInGraph > 0 && k.reportsInGraph < sources)).toBe(true);
    expect(rerun.exit).toEqual({ code: 0, signal: null });
    expect(rerunCounts).toEqual(cleanCounts);
    expect(rerunChecksum).toEqual(cleanChecksum);
    expect(leakedSecrets(outputs.join('\n'))).toEqual([]);
  }, 420_000);
});
