import type { MetricDefinition, MetricValue } from '../../ingest/facts/schema';
import { renameHint } from '../../ingest/facts/metric-renames';
import { canonicalSegment, plain } from '../../ingest/extract/fact-keys';
import { searchText } from '../../ingest/load/node-props';
import { declare, incoming, prop, relationships, type Lookup, type Scope } from '../declare';

/** schema/metric.graphql: metrics and the values companies report. */

/** A value's caveats as parallel lists (kind, note and the line and quote that state it); none when it has none. */
function caveatProps(caveats: MetricValue['caveats']) {
  if (caveats.length === 0) return {};
  return {
    caveatKinds: caveats.map((c) => c.kind),
    caveatNotes: caveats.map((c) => c.note),
    caveatLines: caveats.map((c) => c.evidence.line),
    caveatQuotes: caveats.map((c) => c.evidence.quote),
  };
}

const metricNode = (m: MetricDefinition) => ({ id: m.key, props: { ...m, searchText: searchText([m.key, m.label]) } });

/** A metric named by key; an old key (renamed so that one key means one definition, unit and denominator) is told what replaced it. */
export const metricLookup: Lookup = {
  label: 'Metric',
  matches: (n, p) => `${n}.key = ${p}`,
  unknown: (values, at) => `${at}: ${values.map((v) => `"${v}" is not a metric key${renameHint(v)}`).join('; ')}`,
};

/** A value's breakdown; a value that does not say is the whole company's. */
export const breakdownOf = (r: string) => `coalesce(${r}.breakdown, 'TOTAL')`;

/**
 * Which values a metric field returns (`breakdowns`). The schema's default: a company's TOTAL, or its
 * PARTIAL figures (flagged, with what they cover) where no total is stated; PARTITION members and
 * COMPONENTs ("of which") are parts of a figure and come only when asked for.
 */
export const breakdownScope: Scope = { argument: 'breakdowns', of: breakdownOf, field: 'breakdown' };

export default declare({
  entities: [
    {
      label: 'Metric',
      properties: { id: prop, key: { lookup: metricLookup }, label: prop, definition: prop, unit: prop, denominator: prop, pillar: prop },
      fields: {
        values: relationships(
          incoming('REPORTED'),
          (v) => [`${v.far}.name`, `${v.r}.year`, `coalesce(${v.r}.segment, '')`],
          { companyIds: (v) => `${v.far}.id`, years: (v) => `${v.r}.year`, dimension: (v) => `${v.r}.dimension` },
          breakdownScope,
        ),
      },
      root: {
        byId: { field: 'metric', argument: 'key', hint: renameHint },
        list: { field: 'metrics', sort: [{ field: 'key', direction: 'ASC' }] },
      },
      search: true,
      unique: ['key'],
      sources: [
        { catalog: 'metrics', node: metricNode },
        { section: 'metricDefinitions', node: metricNode },
      ],
    },
  ],
  relationships: [
    {
      type: 'REPORTED',
      from: 'Company',
      to: 'Metric',
      object: {
        type: 'MetricValue',
        ends: { company: 'from', metric: 'to' },
        // value, unit, conversion and caveats are computed (src/graphql/resolvers/metric-values.ts).
        properties: {
          reportedValue: { property: 'value' },
          reportedUnit: { property: 'unit' },
          year: prop,
          segment: prop,
          breakdown: { absent: 'TOTAL' },
          dimension: prop,
          covers: prop,
        },
        evidence: 'evidence',
      },
      // Every company reports some metric: walking them would connect everything to everything.
      path: false,
      indexes: ['year'],
      facts: [
        {
          section: 'metrics',
          rows: (m, facts) => {
            const { value, unit, year, segment, breakdown, dimension, covers, caveats } = m;
            const props = { value, unit, year, segment, breakdown, dimension, covers, ...caveatProps(caveats) };
            return [{ from: facts.company.id, to: m.key, props, evidence: m.evidence, at: 'key', hint: () => renameHint(m.key) }];
          },
          evaluate: { key: (m) => plain(`${m.key}|${m.year}|${m.segment ? canonicalSegment(m.segment) : ''}`, m.evidence) },
        },
      ],
    },
  ],
});
