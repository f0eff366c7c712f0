import type { MetricDefinition } from '../../ingest/facts/schema';
import { canonicalSegment, plain } from '../../ingest/extract/fact-keys';
import { searchText } from '../../ingest/load/node-props';
import { declare, incoming, prop, relationships } from '../declare';

/** schema/metric.graphql: metrics and the values companies report. */

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
          rows: (m, facts) => [
            { from: facts.company.id, to: m.key, props: { value: m.value, unit: m.unit, year: m.year, segment: m.segment }, evidence: m.evidence, at: 'key' },
          ],
          evaluate: { key: (m) => plain(`${m.key}|${m.year}|${m.segment ? canonicalSegment(m.segment) : ''}`, m.evidence) },
        },
      ],
    },
  ],
});
