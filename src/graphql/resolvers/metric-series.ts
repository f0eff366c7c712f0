import { z } from 'zod';
import type { QueryMetricSeriesArgs } from '../../generated/graphql';
import { BREAKDOWNS } from '../../ingest/facts/schema';
import { breakdownScope, metricLookup } from '../../model/declarations/metric';
import { requireKnown, statement } from '../compile/context';
import { inScope } from '../compile/scope';
import { each, entityOf, shape, writeShape } from '../compile/shape';
import { and } from '../compile/where';
import { userError } from '../errors';
import { planner } from '../plan';
import { conversion } from '../units';
import { METRIC_POINT } from './metric-values';

/**
 * metricSeries(key): one metric across companies and years, every point in the metric's unit. A key
 * means one definition, unit and denominator, so every value converts; a series that would not
 * (a value loaded unchecked) is refused rather than mixed.
 */

/** Written where `m` is the metric and `rels` its values in order. */
export const METRIC_SERIES = shape<Record<string, never>>('MetricSeries', {
  metric: (_e, t, cx) => entityOf(cx, 'Metric', 'm', t),
  unit: () => 'm.unit',
  points: (_e, t, cx) => each(cx, 'rels', (r) => writeShape(METRIC_POINT, { r, m: 'm' }, t, cx)),
});

const seriesRow = z.looseObject({ __metricUnit: z.string(), __units: z.array(z.string()) });

export const metricSeriesPlanner = planner<QueryMetricSeriesArgs>('Query', 'metricSeries', (_root, { key, companyIds, years, breakdowns, dimension, segments }, tree, p) => ({
  checks: [],
  statement: statement(p, (cx) => {
    requireKnown(cx, metricLookup, [key], 'key');
    const metric = `MATCH (m:Metric {key: ${cx.names.param(key)}})`;
    // `segments: true` (deprecated) asks for every breakdown.
    const kinds = segments ? [...BREAKDOWNS] : breakdowns;
    const where = and([
      ...(companyIds ? [`co.id IN ${cx.names.param(companyIds)}`] : []),
      ...(years ? [`r.year IN ${cx.names.param(years)}`] : []),
      inScope(cx, breakdownScope, 'r', kinds),
      ...(dimension !== undefined && dimension !== null ? [`r.dimension = ${cx.names.param(dimension)}`] : []),
    ]);
    const values = `OPTIONAL MATCH (co:Company)-[r:REPORTED]->(m)${where ? ` WHERE ${where}` : ''}`;
    const ordered = `WITH m, r, co ORDER BY co.name, r.year, coalesce(r.segment, '') WITH m, collect(r) AS rels`;
    const series = writeShape(METRIC_SERIES, {}, tree, cx, { __metricUnit: 'm.unit', __units: '[r IN rels | r.unit]' });
    return `${metric} ${values} ${ordered} RETURN ${series} AS result`;
  }),
  answer: (rows) => {
    const [row] = rows;
    if (row === undefined) throw userError(`key: "${key}" is not a metric key`);
    const series = seriesRow.parse(row);
    const strays = [...new Set(series.__units.filter((u) => !conversion(u, series.__metricUnit)))];
    if (strays.length > 0) throw userError(`metric "${key}" has values in ${strays.join(', ')}, which do not convert to its unit ${series.__metricUnit}: a series never mixes units`);
    return series;
  },
}));
