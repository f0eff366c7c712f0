import type { RunResult } from './model';
import { checkTargets, ratio } from './targets';

const ms = (x: number | null) => (x === null ? 'none done' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const n = (x: number) => x.toLocaleString('en-US');
const x2 = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The human-readable results: bench/results/summary.md (also printed at the end of a run). */
export function summaryMarkdown(run: RunResult): string {
  const m = run.machine;
  const parts: string[] = [
    `# Benchmark results (${run.mode} run)`,
    '',
    `${run.startedAt} → ${run.finishedAt}. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; ${m.neo4j} ` +
      `(heap ${m.neo4jMemory.heap}, page cache ${m.neo4jMemory.pageCache}). Load average when the run started: ${m.loadAverageAtStart}.`,
    '',
    `Each system: ${run.settings.warmupSeconds} s warm-up, then ${run.settings.measureSeconds} s with ${run.settings.connections} connections (autocannon, 127.0.0.1). ` +
      'Latency in ms, throughput in requests/s. esg = esg-graph (production mode), peer = @neo4j/graphql 7, floor = hand-written Cypher behind node:http.',
  ];
  for (const scale of run.scales) {
    parts.push('', `## ${scale.scale}: ${n(scale.size.companies)} companies, ${n(scale.size.nodes)} nodes, ${n(scale.size.relationships)} relationships`, '');
    parts.push(
      scale.equivalence.problems.length === 0
        ? `Answers of the three systems checked equivalent for all ${scale.equivalence.checked} queries before timing.`
        : `Answers NOT equivalent: ${scale.equivalence.problems.join('; ')}`,
      '',
    );
    parts.push(
      table(
        ['query', 'esg p50', 'esg p99', 'esg rps', 'peer p50', 'peer p99', 'peer rps', 'floor p50', 'floor p99', 'floor rps', 'rps esg/peer', 'p99 esg/peer', 'p50 esg/floor', 'load avg'],
        Object.entries(scale.measurements).map(([query, r]) => [
          query,
          ms(r.esgGraph.p50),
          ms(r.esgGraph.p99),
          r.esgGraph.rps.toFixed(1),
          ms(r.neo4jGraphql.p50),
          ms(r.neo4jGraphql.p99),
          r.neo4jGraphql.rps.toFixed(1),
          ms(r.raw.p50),
          ms(r.raw.p99),
          r.raw.rps.toFixed(1),
          x2(ratio(r.esgGraph.rps, r.neo4jGraphql.rps)),
          x2(ratio(r.esgGraph.p99, r.neo4jGraphql.p99)),
          x2(ratio(r.esgGraph.p50, r.raw.p50)),
          [r.esgGraph.loadAverage, r.neo4jGraphql.loadAverage, r.raw.loadAverage].map((l) => l.toFixed(1)).join(' / '),
        ]),
      ),
    );
    const errors = Object.entries(scale.measurements).flatMap(([q, r]) =>
      Object.entries(r)
        .filter(([, s]) => s.errors + s.non2xx + s.timeouts > 0)
        .map(([sys, s]) => `${q} ${sys}: ${s.errors} errors, ${s.non2xx} non-2xx, ${s.timeouts} timeouts`),
    );
    if (errors.length > 0) parts.push('', `Failed requests: ${errors.join('; ')}`);
  }

  const loads = run.scales.filter((s) => s.load.synthetic);
  if (loads.length > 0) {
    parts.push('', '## Bulk load (synthetic companies through the project loader)', '');
    parts.push(
      table(
        ['scale', 'sources', 'nodes', 'relationships', 'seconds', 'rows/s', 'relationships/s'],
        loads.map((s) => {
          const l = s.load.synthetic!;
          return [s.scale, n(l.sources), n(l.nodes), n(l.relationships), (l.ms / 1000).toFixed(1), n(l.rowsPerSecond), n(l.relationshipsPerSecond)];
        }),
      ),
    );
  }

  const base = run.scales.find((s) => s.scale === '1x');
  const others = run.scales.filter((s) => s !== base);
  if (base && others.length > 0) {
    parts.push('', '## esg-graph p50 growth from 1x', '');
    parts.push(
      table(
        ['query', ...others.map((s) => `${s.scale} / 1x`)],
        Object.keys(base.measurements).map((q) => [
          q,
          ...others.map((s) => (s.measurements[q] ? x2(ratio(s.measurements[q]!.esgGraph.p50, base.measurements[q]!.esgGraph.p50)) : '—')),
        ]),
      ),
    );
  }

  parts.push('', '## Targets', '');
  parts.push(
    table(
      ['target', 'query', 'scale', 'measured', 'met'],
      checkTargets(run).map((t) => [
        t.target,
        t.query ?? '',
        t.scale ?? '',
        t.threshold >= 1000 && t.value !== null ? n(t.value) : x2(t.value),
        t.met === null ? 'not measurable' : t.met ? 'yes' : '**no**',
      ]),
    ),
  );

  if (run.profile) {
    parts.push('', `## PROFILE at ${run.profile.scale} (db hits per request, summed over its statements)`, '');
    parts.push(
      table(
        ['query', 'esg statements', 'esg db hits', 'peer statements', 'peer db hits', 'floor db hits', 'esg-graph: heaviest operator'],
        Object.entries(run.profile.queries).map(([q, p]) => {
          const top = p.esgGraph.profiles.flatMap((s) => s.top).sort((a, b) => b.dbHits - a.dbHits)[0];
          return [
            q,
            String(p.esgGraph.statements),
            n(p.esgGraph.dbHits),
            String(p.neo4jGraphql.statements),
            n(p.neo4jGraphql.dbHits),
            n(p.raw.dbHits),
            top ? `${top.operator} ${n(top.dbHits)} (${top.details.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 80)})` : '',
          ];
        }),
      ),
    );
  }
  return parts.join('\n') + '\n';
}
