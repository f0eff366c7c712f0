import type { QueryResolvers } from '../../generated/graphql';
import { Compiler } from '../compile/compiler';
import { projectEvidence } from '../compile/project';
import { each, entityOf, fieldTree } from '../compile/shape';
import { notFound } from '../errors';
import { limitsOf, resolveTree, run } from '../execute';
import { projectionModel as model } from '../model';
import { conversionFactor, seriesUnit } from '../units';

interface Point {
  reportedValue: number;
  reportedUnit: string;
  value?: number;
  converted?: boolean;
}

/**
 * One metric across companies and years. The statement returns values as reported; conversion to
 * the series unit happens here, from the unit table in data/catalog/units.json. Series and points
 * are keyed by field name; the entities inside them are projections keyed by alias.
 */
export const metricSeriesQueries: QueryResolvers = {
  metricSeries: async (_root, { key, companyIds, years, segments }, ctx, info) => {
    const c = new Compiler(limitsOf(ctx));
    const tree = resolveTree(info);
    const metricTree = fieldTree(tree, 'MetricSeries', 'metric');
    const pointsTree = fieldTree(tree, 'MetricSeries', 'points');
    const companyTree = pointsTree && fieldTree(pointsTree, 'MetricPoint', 'company');
    const evidenceTree = pointsTree && fieldTree(pointsTree, 'MetricPoint', 'evidence');
    const point = (r: string) =>
      `{reportedValue: ${r}.value, reportedUnit: ${r}.unit, year: ${r}.year, segment: ${r}.segment` +
      (companyTree ? `, company: ${entityOf(model, c, 'Company', `startNode(${r})`, companyTree)}` : '') +
      (evidenceTree ? `, evidence: ${projectEvidence(model, `[${r}]`, evidenceTree, c)}` : '') +
      '}';
    const conditions = ['true'];
    if (companyIds) conditions.push(`co.id IN ${c.param(companyIds)}`);
    if (years) conditions.push(`r.year IN ${c.param(years)}`);
    if (!segments) conditions.push('r.segment IS NULL');
    const statement =
      `MATCH (m:Metric {key: ${c.param(key)}}) ` +
      `OPTIONAL MATCH (co:Company)-[r:REPORTED]->(m) WHERE ${conditions.join(' AND ')} ` +
      `WITH m, r, co ORDER BY co.name, r.year, coalesce(r.segment, '') ` +
      `WITH m, collect(r) AS rels ` +
      `RETURN {unit: m.unit, points: ${each(c, 'rels', point)}` +
      (metricTree ? `, metric: ${entityOf(model, c, 'Metric', 'm', metricTree)}` : '') +
      `} AS result`;
    const [row] = await run<{ unit: string; points: Point[] }>(ctx, statement, c.params);
    if (!row) throw notFound('Metric', key);
    row.unit = seriesUnit(row.unit, row.points.map((p) => p.reportedUnit));
    for (const p of row.points) {
      const factor = conversionFactor(p.reportedUnit, row.unit);
      p.converted = factor !== undefined;
      p.value = factor === undefined ? p.reportedValue : p.reportedValue * factor;
    }
    return row;
  },
};
