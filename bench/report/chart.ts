import type { RunResult } from './model';

const LABELS = { esgGraph: 'esg-graph', neo4jGraphql: '@neo4j/graphql', raw: 'Cypher floor' } as const;

/** A Vega-Lite spec: p50 latency against graph size (relationships), one panel per query, one line per system. */
export function latencySpec(run: RunResult): Record<string, unknown> {
  const values = run.scales.flatMap((s) =>
    Object.entries(s.measurements).flatMap(([query, m]) =>
      (Object.keys(LABELS) as (keyof typeof LABELS)[]).map((system) => ({
        query,
        system: LABELS[system],
        scale: s.scale,
        relationships: s.size.relationships,
        p50: m[system].p50,
      })),
    ),
  ).filter((v) => v.p50 !== null);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'p50 latency against graph size',
    data: { values },
    facet: { field: 'query', type: 'nominal', title: null },
    columns: 4,
    spec: {
      width: 200,
      height: 160,
      layer: [{ mark: { type: 'line', point: true } }],
      encoding: {
        x: { field: 'relationships', type: 'quantitative', scale: { type: 'log' }, title: 'relationships' },
        y: { field: 'p50', type: 'quantitative', scale: { type: 'log' }, title: 'p50 (ms)' },
        color: { field: 'system', type: 'nominal', title: null },
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
