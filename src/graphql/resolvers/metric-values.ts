import type { GraphQLFieldResolver } from 'graphql';
import { z } from 'zod';
import type { RelVars } from '../../model/declare';
import { breakdownOf } from '../../model/declarations/metric';
import type { Compiling } from '../compile/context';
import { evidenceOf, projectEvidence } from '../compile/project';
import { entityOf, shape, writeShape } from '../compile/shape';
import { conversion } from '../units';

/**
 * A reported value of a metric, wherever it is answered (`MetricValue` of Company.metrics,
 * Metric.values and Comparison.metrics; `MetricPoint` of metricSeries): in the metric's unit, with the
 * value and unit as reported, the conversion and its source, the breakdown, and the caveats with
 * their evidence. The statement projects what a value is converted from; the conversion itself is
 * the unit table's (data/catalog/units.json), applied here.
 */

/** Written where `r` is a REPORTED relationship and `m` its metric. */
interface Reported {
  readonly r: string;
  readonly m: string;
}

/** Written where `r` is a REPORTED relationship with caveats and `i` the caveat's index. */
export const METRIC_CAVEAT = shape<{ r: string; i: string }>('MetricCaveat', {
  kind: (e) => `${e.r}.caveatKinds[${e.i}]`,
  note: (e) => `${e.r}.caveatNotes[${e.i}]`,
  evidence: (e, t, cx) => evidenceOf(cx, { report: `${e.r}.report`, line: `${e.r}.caveatLines[${e.i}]`, quote: `${e.r}.caveatQuotes[${e.i}]` }, t),
});

const caveats = (e: Reported, t: Parameters<typeof writeShape>[2], cx: Compiling) => {
  const i = cx.names.variable('ci');
  return `[${i} IN range(0, size(coalesce(${e.r}.caveatKinds, [])) - 1) | ${writeShape(METRIC_CAVEAT, { r: e.r, i }, t, cx)}]`;
};

/** What `value` and `conversion` are computed from: the resolvers below read it under the field's response key. */
const convertible = (e: Reported) => `{reported: ${e.r}.value, from: ${e.r}.unit, to: ${e.m}.unit}`;

/** The fields MetricValue and MetricPoint compute alike. */
const computed = {
  value: (e: Reported) => convertible(e),
  conversion: (e: Reported) => convertible(e),
  caveats,
};

/** MetricValue's computed fields (its properties are declared in src/model/declarations/metric.ts). */
export const METRIC_VALUE = shape<RelVars>('MetricValue', {
  value: (v) => computed.value({ r: v.r, m: v.to }),
  unit: (v) => `${v.to}.unit`,
  conversion: (v) => computed.conversion({ r: v.r, m: v.to }),
  caveats: (v, t, cx) => computed.caveats({ r: v.r, m: v.to }, t, cx),
});

/** Written where `r` is one REPORTED relationship and `m` the series' metric. */
export const METRIC_POINT = shape<Reported>('MetricPoint', {
  company: (e, t, cx) => entityOf(cx, 'Company', `startNode(${e.r})`, t),
  year: (e) => `${e.r}.year`,
  breakdown: (e) => breakdownOf(e.r),
  segment: (e) => `${e.r}.segment`,
  dimension: (e) => `${e.r}.dimension`,
  covers: (e) => `${e.r}.covers`,
  value: computed.value,
  reportedValue: (e) => `${e.r}.value`,
  reportedUnit: (e) => `${e.r}.unit`,
  conversion: computed.conversion,
  converted: () => 'true',
  caveats: computed.caveats,
  evidence: (e, t, cx) => projectEvidence(cx, `[${e.r}]`, t),
});

const convertibleRow = z.object({ reported: z.number(), from: z.string(), to: z.string() });

/** A value's conversion to its metric's unit; an error when the units measure different things (refused on loading: facts:check). */
export function convert(from: string, to: string): { factor: number; from: string; to: string; source: string | null } {
  const c = conversion(from, to);
  if (!c) throw new Error(`a value in ${from} does not convert to its metric's unit ${to}`);
  return { factor: c.factor, from, to, source: c.sources.length > 0 ? c.sources.join('; ') : null };
}

type Resolver = GraphQLFieldResolver<Record<string, unknown>, unknown>;
const projected = (source: Record<string, unknown>, key: string) => convertibleRow.parse(source[key]);

const value: Resolver = (source, _args, _ctx, info) => {
  const p = projected(source, info.path.key.toString());
  return p.reported * convert(p.from, p.to).factor;
};
const conversionOf: Resolver = (source, _args, _ctx, info) => {
  const p = projected(source, info.path.key.toString());
  const c = convert(p.from, p.to);
  return c.factor === 1 ? null : c;
};

type Conversion = ReturnType<typeof convert>;

/** Resolvers of the converted fields, by type; a UnitConversion is built here, not projected. */
export const metricValueResolvers = {
  MetricValue: { value, conversion: conversionOf },
  MetricPoint: { value, conversion: conversionOf },
  UnitConversion: {
    factor: (c: Conversion) => c.factor,
    from: (c: Conversion) => c.from,
    to: (c: Conversion) => c.to,
    source: (c: Conversion) => c.source,
  },
};
