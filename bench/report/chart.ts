import { queryFigures, type Figures } from './aggregate';
import type { RunResult } from './model';

const LABELS = { esgGraph: 'esg-graph', neo4jGraphql: '@neo4j/graphql', raw: 'Cypher floor' } as const;

/** How a point was measured: unfinished points are drawn, and drawn differently. */
function status(f: Figures): string {
  if (f.timedOut) return 'timed out (drawn at the timeout)';
  if (f.noneDone) return 'none done under load (single requests)';
  return 'answered';
}

/**
 * A Vega-Lite spec: unloaded p50 latency against graph size (relationships), one panel per query, one
 * line per system; a point's shape says whether the system finished there.
 */
export function latencySpec(run: RunResult): Record<string, unknown> {
  const values = run.scales.flatMap((s) =>
    Object.entries(s.measurements).flatMap(([query, m]) => {
      const f = queryFigures(m);
      return (Object.keys(LABELS) as (keyof typeof LABELS)[]).map((system) => ({
        query,
        system: LABELS[system],
        scale: s.scale,
        relationships: s.size.relationships,
        p50: f[system].timedOut ? run.settings.queryTimeoutMs : f[system].unloadedP50,
        status: status(f[system]),
      }));
    }),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Unloaded p50 latency against graph size (median of the rounds)',
    data: { values },
    facet: { field: 'query', type: 'nominal', title: null },
    columns: 4,
    spec: {
      width: 200,
      height: 160,
      layer: [
        { mark: { type: 'line' }, encoding: { color: { field: 'system', type: 'nominal', title: null } } },
        {
          mark: { type: 'point', filled: true, size: 60 },
          encoding: {
            color: { field: 'system', type: 'nominal', title: null },
            shape: { field: 'status', type: 'nominal', title: null, legend: { labelLimit: 320 }, scale: { domain: ['answered', 'none done under load (single requests)', 'timed out (drawn at the timeout)'], range: ['circle', 'diamond', 'cross'] } },
          },
        },
      ],
      encoding: {
        x: { field: 'relationships', type: 'quantitative', scale: { type: 'log' }, title: 'relationships' },
        y: { field: 'p50', type: 'quantitative', scale: { type: 'log' }, title: 'unloaded p50 (ms)' },
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}

/** Renders the spec to SVG with Vega in Node (no browser, no hand-drawn SVG). */
export async function latencyChartSvg(run: RunResult): Promise<string> {
  const vegaLite = await import('vega-lite');
  const vega = await import('vega');
  const compiled = vegaLite.compile(latencySpec(run) as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
