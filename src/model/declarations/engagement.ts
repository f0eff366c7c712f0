import { declare, incoming, outgoing, prop, relationships } from '../declare';

/**
 * schema/engagement.graphql: consultations a company answered, forums, trainings and events it
 * attended or spoke at. Not partnerships: they are a relationship type of their own, so `partners`
 * and `peers(by: PARTNERS)` do not count them.
 */

export default declare({
  entities: [],
  relationships: [
    {
      type: 'ENGAGED_WITH',
      from: 'Company',
      to: 'Organization',
      object: {
        type: 'Engagement',
        ends: { company: 'from', organization: 'to' },
        properties: { kind: prop, description: prop, year: prop },
        evidence: 'evidence',
      },
      path: true,
      facts: [
        {
          section: 'engagements',
          rows: (e, facts) => [
            { from: facts.company.id, to: e.organization, props: { kind: e.kind, description: e.description, year: e.year }, evidence: e.evidence, at: 'organization' },
          ],
        },
      ],
    },
  ],
  extend: {
    Company: {
      engagements: relationships(outgoing('ENGAGED_WITH'), (v) => [`coalesce(${v.r}.year, 0) DESC`, `${v.r}.kind`, `${v.far}.name`, `${v.r}.description`]),
    },
    Organization: {
      engagedBy: relationships(incoming('ENGAGED_WITH'), (v) => [`${v.far}.name`, `coalesce(${v.r}.year, 0) DESC`, `${v.r}.description`]),
    },
  },
});
