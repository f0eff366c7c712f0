import type { ImportStats } from '../dataset';
import type { LoadStats } from '../synthetic/load';
import { queryFigures, ratio, type Figures, type QueryFigures, type Range } from './aggregate';
import type { RunResult, ScaleResult } from './model';
import { checkTargets } from './targets';

const ms = (x: number | null) => (x === null ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const n = (x: number) => x.toLocaleString('en-US');
const x2 = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);
const s1 = (millis: number) => (millis / 1000).toFixed(1);
const spread = (r: Range, fmt: (x: number | null) => string) => (r[0] === null && r[1] === null ? '' : ` (${fmt(r[0])}–${r[1] === null ? 'none' : fmt(r[1])})`);

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Unloaded p50 with its spread; a query that timed out says so. */
const unloaded = (f: Figures, timeoutMs: number) => (f.timedOut ? `timed out (> ${s1(timeoutMs)} s)` : `${ms(f.unloadedP50)}${spread(f.spread.unloadedP50, ms)}`);
/** Loaded p50: "none done" when no answer came back under load, with the single requests' latency. */
const loadedP50 = (f: Figures, timeoutMs: number) =>
  f.noneDone ? (f.timedOut ? `none done, timed out (> ${s1(timeoutMs)} s)` : `none done (single request ${ms(f.unloadedP50)})`) : `${ms(f.p50)}${spread(f.spread.p50, ms)}`;
const rps = (f: Figures) => `${f.rps.toFixed(1)}${spread(f.spread.rps, (x) => (x === null ? '—' : x.toFixed(1)))}`;
const ratioWithRange = (value: number | null, r: Range) => `${x2(value)}${r[0] === null && r[1] === null ? '' : ` (${x2(r[0])}–${r[1] === null ? '—' : x2(r[1])})`}`;

function scaleSection(run: RunResult, scale: ScaleResult): string[] {
  const t = run.settings.queryTimeoutMs;
  const rows = Object.entries(scale.measurements).map(([q, m]) => [q, queryFigures(m)] as [string, QueryFigures]);
  const parts = [
    '',
    `## ${scale.scale}: ${n(scale.size.companies)} companies, ${n(scale.size.nodes)} nodes, ${n(scale.size.relationships)} relationships`,
    '',
    scale.equivalence.problems.length === 0
      ? `Answers of every system (and every way of asking the peer) checked equivalent for all ${scale.equivalence.checked} queries before timing.`
      : `Answers NOT equivalent: ${scale.equivalence.problems.join('; ')}`,
    '',
    `Unloaded latency (1 connection, one request at a time) and throughput (${run.settings.connections} connections): medians of ${run.settings.rounds} rounds, (min–max) over the rounds. ` +
      'peer = its strongest way of asking.',
    '',
    table(
      ['query', 'esg unloaded p50', 'peer unloaded p50', 'floor unloaded p50', 'esg rps', 'peer rps', 'floor rps', 'rps esg/peer', 'unloaded p50 esg/floor'],
      rows.map(([q, f]) => [
        q,
        unloaded(f.esgGraph, t),
        unloaded(f.neo4jGraphql, t),
        unloaded(f.raw, t),
        rps(f.esgGraph),
        rps(f.neo4jGraphql),
        rps(f.raw),
        ratioWithRange(f.ratios.rpsEsgGraphOverPeer, f.ratiosRange.rpsEsgGraphOverPeer),
        ratioWithRange(f.ratios.unloadedP50EsgGraphOverFloor, f.ratiosRange.unloadedP50EsgGraphOverFloor),
      ]),
    ),
    '',
    `Latency under load (${run.settings.connections} connections; at saturation p50 is mostly queueing, about ${run.settings.connections} / rps), unloaded p99 (every sample of every round), failed requests.`,
    '',
    table(
      ['query', 'esg p50', 'esg p99', 'peer p50', 'peer p99', 'floor p50', 'floor p99', 'unloaded p99 esg / peer / floor', 'samples', 'errors esg / peer / floor', 'load avg'],
      rows.map(([q, f]) => [
        q,
        loadedP50(f.esgGraph, t),
        ms(f.esgGraph.p99),
        loadedP50(f.neo4jGraphql, t),
        ms(f.neo4jGraphql.p99),
        loadedP50(f.raw, t),
        ms(f.raw.p99),
        [f.esgGraph, f.neo4jGraphql, f.raw].map((x) => ms(x.unloadedP99)).join(' / '),
        [f.esgGraph, f.neo4jGraphql, f.raw].map((x) => String(x.unloadedRequests)).join(' / '),
        [f.esgGraph, f.neo4jGraphql, f.raw].map((x) => String(x.errors)).join(' / '),
        Object.values(scale.measurements[q]!.rounds)
          .flatMap((rs) => rs.map((r) => r.loadAverage))
          .reduce((a, b, _, all) => a + b / all.length, 0)
          .toFixed(1),
      ]),
    ),
  ];
  const variants = rows.filter(([, f]) => f.neo4jGraphqlVariants);
  if (variants.length > 0) {
    parts.push('', "The peer's ways of asking (the strongest is the `peer` above):", '');
    parts.push(
      table(
        ['query', 'peer variant', 'unloaded p50', 'unloaded p99', 'p50', 'p99', 'rps', 'errors'],
        variants.flatMap(([q, f]) =>
          Object.entries(f.neo4jGraphqlVariants!).map(([v, x]) => [q, v === f.neo4jGraphql.variant ? `**${v}**` : v, unloaded(x, t), ms(x.unloadedP99), loadedP50(x, t), ms(x.p99), rps(x), String(x.errors)]),
        ),
      ),
    );
  }
  const failures = rows.flatMap(([q, f]) =>
    (
      [
        ['esg-graph', f.esgGraph],
        ['peer', f.neo4jGraphql],
        ['floor', f.raw],
      ] as const
    )
      .filter(([, x]) => x.errors > 0)
      .map(([who, x]) => `${q} ${who}: ${Object.entries(x.errorKinds).filter(([, c]) => c > 0).map(([k, c]) => `${c} ${k}`).join(', ')}`),
  );
  if (failures.length > 0) parts.push('', `Failed requests: ${failures.join('; ')}`);
  return parts;
}

function loadRows(run: RunResult): string[][] {
  return run.scales.flatMap((s) => {
    const rows: string[][] = [];
    const loader = (l: LoadStats, what: string) => [s.scale, what, n(l.sources), n(l.nodes), n(l.relationships), s1(l.ms), n(l.relationshipsPerSecond), '', ''];
    if (s.load.synthetic) rows.push(loader(s.load.synthetic, 'loader (synthetic companies)'));
    const b: ImportStats | undefined = s.load.bulkImport;
    if (b) {
      const p = b.phases;
      rows.push([
        s.scale,
        'neo4j-admin import (real + synthetic)',
        n(b.sources),
        n(b.nodes),
        n(b.relationships),
        s1(b.ms),
        n(b.relationshipsPerSecond),
        `CSV ${s1(p.csvMs)} · import ${s1(p.importMs)} · start ${s1(p.startMs)} · indexes ${s1(p.schemaMs)}`,
        n(b.importToolRelationshipsPerSecond),
      ]);
    }
    return rows;
  });
}

/** The human-readable results: bench/results/summary.md (also printed at the end of a run). */
export function summaryMarkdown(run: RunResult): string {
  const m = run.machine;
  const st = run.settings;
  const parts: string[] = [
    `# Benchmark results (${run.mode} run)`,
    '',
    `${run.startedAt} → ${run.finishedAt}. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; ${m.neo4j} ` +
      `(heap ${m.neo4jMemory.heap}, page cache ${m.neo4jMemory.pageCache}). Load average when the run started: ${m.loadAverageAtStart}.`,
    '',
    `${st.rounds} interleaved rounds; in each, every query is measured for every system in an order that rotates by round (esg-graph, peer, floor; then peer, floor, esg-graph; ...). ` +
      `Per system and query: ${st.warmupSeconds} s warm-up before the first round, then per round ${st.measureSeconds} s with ${st.connections} connections (autocannon) ` +
      `and up to ${st.unloadedRequests} requests one at a time on one connection (at most ${st.unloadedMaxSeconds} s). ` +
      `Every response is checked (HTTP 200, no GraphQL errors, the answer checked before timing); anything else counts as an error. ` +
      `Query timeout ${s1(st.queryTimeoutMs)} s in every system. Latency in ms, throughput in correct answers/s. ` +
      'esg = esg-graph (production mode), peer = @neo4j/graphql 7, floor = hand-written Cypher behind node:http.',
  ];
  for (const scale of run.scales) parts.push(...scaleSection(run, scale));

  const loads = loadRows(run);
  if (loads.length > 0) {
    parts.push('', '## Bulk load', '');
    parts.push(table(['scale', 'how', 'sources', 'nodes', 'relationships', 'seconds', 'relationships/s', 'phases (s)', 'import tool alone, relationships/s'], loads));
  }

  const base = run.scales.find((s) => s.scale === '1x');
  const others = run.scales.filter((s) => s !== base);
  if (base && others.length > 0) {
    parts.push('', '## esg-graph unloaded p50 growth from 1x', '');
    parts.push(
      table(
        ['query', ...others.map((s) => `${s.scale} / 1x`)],
        Object.keys(base.measurements).map((q) => [
          q,
          ...others.map((s) => (s.measurements[q] ? x2(ratio(queryFigures(s.measurements[q]!).esgGraph.unloadedP50, queryFigures(base.measurements[q]!).esgGraph.unloadedP50)) : '—')),
        ]),
      ),
    );
  }

  const targets = checkTargets(run);
  const met = targets.filter((t) => t.met === true).length;
  parts.push('', '## Targets', '', `${met} of ${targets.length} met, ${targets.filter((t) => t.met === false).length} missed, ${targets.filter((t) => t.met === null).length} not measurable.`, '');
  parts.push(
    table(
      ['target', 'query', 'scale', 'measured', 'met'],
      targets.map((t) => [
        t.target,
        t.query ?? '',
        t.scale ?? '',
        t.value === null ? '—' : t.unit === 'relationships/s' ? n(t.value) : t.unit === 'rounds' ? `${t.value}/${t.threshold}` : x2(t.value),
        t.met === null ? 'not measurable' : t.met ? 'yes' : '**no**',
      ]),
    ),
  );

  if (run.profile) {
    parts.push('', `## PROFILE at ${run.profile.scale} (db hits per request, summed over its statements)`, '');
    const whos = [...new Set(Object.values(run.profile.queries).flatMap((p) => Object.keys(p)))];
    parts.push(
      table(
        ['query', ...whos.map((w) => `${w} db hits (statements)`), 'esg-graph: heaviest operator'],
        Object.entries(run.profile.queries).map(([q, p]) => {
          const top = p.esgGraph?.profiles.flatMap((s) => s.top).sort((a, b) => b.dbHits - a.dbHits)[0];
          return [
            q,
            ...whos.map((w) => (p[w] ? `${n(p[w].dbHits)} (${p[w].statements})` : '')),
            top ? `${top.operator} ${n(top.dbHits)} (${top.details.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 80)})` : '',
          ];
        }),
      ),
    );
  }
  return parts.join('\n') + '\n';
}
