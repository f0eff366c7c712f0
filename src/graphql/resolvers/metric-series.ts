import { z } from 'zod';
import type { QueryMetricSeriesArgs } from '../../generated/graphql';
import { statement } from '../compile/context';
import { projectEvidence } from '../compile/project';
import { each, entityOf, shape, writeShape } from '../compile/shape';
import { and } from '../compile/where';
import { notFound } from '../errors';
import { planner } from '../plan';
import { conversionFactor, seriesUnit } from '../units';

/**
 * metricSeries(key): one metric across companies and years. The statement returns values as
 * reported (and, hidden, every value's unit); the series unit and the converted values are worked
 * out here, from the unit table in data/catalog/units.json.
 */

/** Written where `r` is one REPORTED relationship. */
export const METRIC_POINT = shape<{ r: string }>('MetricPoint', {
  company: (e, t, cx) => entityOf(cx, 'Company', `startNode(${e.r})`, t),
  year: (e) => `${e.r}.year`,
  segment: (e) => `${e.r}.segment`,
  reportedValue: (e) => `${e.r}.value`,
  reportedUnit: (e) => `${e.r}.unit`,
  evidence: (e, t, cx) => projectEvidence(cx, `[${e.r}]`, t),
});

/** Written where `m` is the metric and `rels` its values in order. */
export const METRIC_SERIES = shape<Record<string, never>>('MetricSeries', {
  metric: (_e, t, cx) => entityOf(cx, 'Metric', 'm', t),
  points: (_e, t, cx) => each(cx, 'rels', (r) => writeShape(METRIC_POINT, { r }, t, cx, { __value: `${r}.value`, __unit: `${r}.unit` })),
});

const seriesRow = z.looseObject({ __metricUnit: z.string(), __units: z.array(z.string()) });
const pointRow = z.looseObject({ __typename: z.literal('MetricPoint'), __value: z.number(), __unit: z.string(), __seriesUnit: z.string() });

/** The fields of the series and its points that need the series unit. */
export const metricSeriesResolvers = {
  MetricSeries: { unit: (series: { __seriesUnit?: unknown }) => z.string().parse(series.__seriesUnit) },
  MetricPoint: {
    value: (point: unknown) => {
      const p = pointRow.parse(point);
      return p.__value * (conversionFactor(p.__unit, p.__seriesUnit) ?? 1);
    },
    converted: (point: unknown) => {
      const p = pointRow.parse(point);
      return conversionFactor(p.__unit, p.__seriesUnit) !== undefined;
    },
  },
};

export const metricSeriesPlanner = planner<QueryMetricSeriesArgs>('Query', 'metricSeries', (_root, { key, companyIds, years, segments }, tree, p) => ({
  checks: [],
  statement: statement(p, (cx) => {
    const metric = `MATCH (m:Metric {key: ${cx.names.param(key)}})`;
    const where = and([
      ...(companyIds ? [`co.id IN ${cx.names.param(companyIds)}`] : []),
      ...(years ? [`r.year IN ${cx.names.param(years)}`] : []),
      ...(segments ? [] : ['r.segment IS NULL']),
    ]);
    const values = `OPTIONAL MATCH (co:Company)-[r:REPORTED]->(m)${where ? ` WHERE ${where}` : ''}`;
    const ordered = `WITH m, r, co ORDER BY co.name, r.year, coalesce(r.segment, '') WITH m, collect(r) AS rels`;
    const series = writeShape(METRIC_SERIES, {}, tree, cx, { __metricUnit: 'm.unit', __units: '[r IN rels | r.unit]' });
    return `${metric} ${values} ${ordered} RETURN ${series} AS result`;
  }),
  answer: (rows) => {
    const [row] = rows;
    if (row === undefined) throw notFound('Metric', key);
    const series = seriesRow.parse(row);
    const unit = seriesUnit(series.__metricUnit, series.__units);
    // Every selection of `points` (under any alias) gets the series unit its values convert to.
    for (const value of Object.values(series)) {
      if (!Array.isArray(value)) continue;
      for (const point of value) if (typeof point === 'object' && point !== null && '__unit' in point) Object.assign(point, { __seriesUnit: unit });
    }
    return Object.assign(series, { __seriesUnit: unit });
  },
}));
