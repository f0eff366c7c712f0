import type { MetricDefinition, MetricValue } from '../../ingest/facts/schema';
import { renameHint } from '../../ingest/facts/metric-renames';
import { canonicalSegment, plain } from '../../ingest/extract/fact-keys';
import { searchText } from '../../ingest/load/node-props';
import { declare, incoming, prop, relationships } from '../declare';

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

export default declare({
  entities: [
    {
      label: 'Metric',
      properties: { id: prop, key: prop, label: prop, unit: prop, pillar: prop },
      fields: {
        values: relationships(incoming('REPORTED'), (v) => [`${v.far}.name`, `${v.r}.year`, `coalesce(${v.r}.segment, '')`], {
          companyIds: (v) => `${v.far}.id`,
          years: (v) => `${v.r}.year`,
        }),
      },
      root: { byId: { field: 'metric', argument: 'key' }, list: { field: 'metrics', sort: [{ field: 'key', direction: 'ASC' }] } },
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
      object: { type: 'MetricValue', ends: { company: 'from', metric: 'to' }, properties: { value: prop, unit: prop, year: prop, segment: prop }, evidence: 'evidence' },
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
