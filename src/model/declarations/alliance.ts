import { party } from '../../ingest/extract/fact-keys';
import { named } from '../../ingest/load/node-props';
import { chineseName, connection, declare, evidenceOfAllFacts, incoming, prop } from '../declare';

/** schema/alliance.graphql: alliances, associations, standards bodies, committees, initiatives; memberships. */

export default declare({
  entities: [
    {
      label: 'Alliance',
      properties: { id: prop, name: prop, nameZh: chineseName, nameZhHans: prop, aliases: prop, kind: prop },
      fields: {
        members: connection(incoming('MEMBER_OF'), [{ field: 'name', direction: 'ASC' }], {
          memberships: (v) => [`${v.r}.role`, `coalesce(${v.r}.report, '')`],
        }),
        evidence: evidenceOfAllFacts,
      },
      root: { byId: { field: 'alliance' }, list: { field: 'alliances', sort: [{ field: 'name', direction: 'ASC' }] } },
      search: true,
      indexes: { range: ['name', 'nameZhHans'], text: ['name', 'nameZhHans'] },
      resolution: { namespace: 'party' },
      removeWhenOrphaned: true,
      sources: [{ section: 'alliances', node: (a) => ({ id: a.id, props: named(a) }) }],
    },
  ],
  relationships: [
    {
      type: 'MEMBER_OF',
      from: 'Company',
      to: 'Alliance',
      object: { type: 'Membership', ends: { company: 'from', alliance: 'to' }, properties: { role: {}, since: {}, note: {} }, evidence: 'evidence' },
      path: true,
      facts: [
        {
          section: 'memberships',
          rows: (m, facts) => [{ from: facts.company.id, to: m.alliance, props: { role: m.role, since: m.since, note: m.note }, evidence: m.evidence, at: 'alliance' }],
          evaluate: { key: (m, facts) => party(facts.alliances.find((a) => a.id === m.alliance), m.alliance, m.evidence) },
        },
      ],
    },
  ],
});
