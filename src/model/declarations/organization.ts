import { party, plain } from '../../ingest/extract/fact-keys';
import { named, requirementId, searchText } from '../../ingest/load/node-props';
import { chineseName, declare, evidenceOfAllFacts, incoming, prop, relationships } from '../declare';

/** schema/organization.graphql: organizations, partnerships, suppliers, supplier requirements. */

export default declare({
  entities: [
    {
      label: 'Organization',
      properties: { id: prop, name: prop, nameZh: chineseName, nameZhHans: prop, aliases: prop, kind: prop },
      fields: {
        suppliesTo: relationships(incoming('SUPPLIED_BY'), (v) => [`${v.far}.name`]),
        partnerOf: relationships(incoming('PARTNERS_WITH'), (v) => [`${v.far}.name`, `${v.r}.relation`]),
        programmes: relationships(incoming('IN_PARTNERSHIP_WITH'), (v) => [`${v.far}.name`, `${v.far}.id`]),
        evidence: evidenceOfAllFacts,
      },
      root: { byId: { field: 'organization' }, list: { field: 'organizations', sort: [{ field: 'name', direction: 'ASC' }] } },
      search: true,
      indexes: { range: ['name', 'nameZhHans'], text: ['name', 'nameZhHans'] },
      resolution: { namespace: 'party' },
      removeWhenOrphaned: true,
      sources: [{ section: 'organizations', node: (o) => ({ id: o.id, props: named(o) }) }],
    },
    {
      // A requirement of suppliers that names no standard: one node per distinct wording.
      label: 'Requirement',
      api: false,
      properties: {},
      removeWhenOrphaned: true,
      sources: [
        {
          section: 'supplierRequirements',
          node: (r) => (r.standard === undefined ? { id: requirementId(r.text), props: { text: r.text, searchText: searchText([r.text]) } } : undefined),
        },
      ],
    },
  ],
  relationships: [
    {
      type: 'PARTNERS_WITH',
      from: 'Company',
      to: 'Organization',
      object: { type: 'Partnership', ends: { company: 'from', organization: 'to' }, properties: { relation: prop, year: prop }, evidence: 'evidence' },
      path: true,
      facts: [
        {
          section: 'partners',
          rows: (p, facts) => [{ from: facts.company.id, to: p.organization, props: { relation: p.relation, year: p.year }, evidence: p.evidence, at: 'organization' }],
          evaluate: { key: (p, facts) => party(facts.organizations.find((o) => o.id === p.organization), p.organization, p.evidence) },
        },
      ],
    },
    {
      type: 'SUPPLIED_BY',
      from: 'Company',
      to: 'Organization',
      object: { type: 'SupplierLink', ends: { company: 'from', organization: 'to' }, properties: { supplies: prop }, evidence: 'evidence' },
      path: true,
      facts: [
        {
          section: 'suppliers',
          rows: (s, facts) => [{ from: facts.company.id, to: s.organization, props: { supplies: s.supplies }, evidence: s.evidence, at: 'organization' }],
          evaluate: { key: (s, facts) => party(facts.organizations.find((o) => o.id === s.organization), s.organization, s.evidence) },
        },
      ],
    },
    {
      type: 'REQUIRES_OF_SUPPLIERS',
      from: 'Company',
      to: ['Standard', 'Requirement'],
      object: {
        type: 'SupplierRequirement',
        ends: { company: 'from', standard: { end: 'to', only: 'Standard' } },
        properties: { text: prop },
        evidence: 'evidence',
      },
      path: true,
      facts: [
        {
          section: 'supplierRequirements',
          rows: (r, facts) => [
            r.standard === undefined
              ? { from: facts.company.id, to: requirementId(r.text), props: { text: r.text }, evidence: r.evidence }
              : { from: facts.company.id, to: r.standard, props: { text: r.text }, evidence: r.evidence, at: 'standard' },
          ],
          evaluate: {
            key: (r) => plain(r.standard ? `standard:${r.standard}` : `text@L${Math.min(...r.evidence.map((e) => e.line))}`, r.evidence),
            matching: 'nearby-lines',
          },
        },
      ],
    },
  ],
});
