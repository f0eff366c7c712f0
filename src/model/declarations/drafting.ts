import { declare, incoming, outgoing, prop, relationships } from '../declare';

/** schema/drafting.graphql: national, industry, group and international standards a company helped draft. */

export default declare({
  entities: [],
  relationships: [
    {
      type: 'DRAFTED',
      from: 'Company',
      to: 'Standard',
      object: { type: 'DraftedStandard', ends: { company: 'from', standard: 'to' }, properties: { role: prop, year: prop, note: prop }, evidence: 'evidence' },
      path: true,
      facts: [
        {
          section: 'draftedStandards',
          rows: (d, facts) => [{ from: facts.company.id, to: d.standard, props: { role: d.role, year: d.year, note: d.note }, evidence: d.evidence, at: 'standard' }],
        },
      ],
    },
  ],
  extend: {
    Company: { draftedStandards: relationships(outgoing('DRAFTED'), (v) => [`${v.far}.code`, `${v.r}.role`, `coalesce(${v.r}.report, '')`]) },
    Standard: { drafters: relationships(incoming('DRAFTED'), (v) => [`${v.far}.name`, `${v.r}.role`, `coalesce(${v.r}.report, '')`]) },
  },
});
