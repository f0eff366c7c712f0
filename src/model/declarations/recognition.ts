import { named } from '../../ingest/load/node-props';
import { chineseName, connection, declare, evidenceOf, incoming, nodes, outgoing, prop, relationships, type CustomFilter } from '../declare';

/** schema/recognition.graphql: awards, honours, rankings, ratings and designations, who confers them and who received them. */

/** `issuer: IDFilter`: recognitions conferred by one of these organizations or alliances. */
const issuer: CustomFilter = (n, value, scope) => {
  const i = scope.variable('issuer');
  const id = scope.where('OrganizationWhere', { id: value }, i);
  return `EXISTS { MATCH (${n})-[:ISSUED_BY]->(${i})${id ? ` WHERE ${id}` : ''} }`;
};

export default declare({
  entities: [
    {
      label: 'Recognition',
      properties: { id: prop, name: prop, nameZh: chineseName, nameZhHans: prop, aliases: prop, kind: prop },
      fields: {
        issuers: nodes(outgoing('ISSUED_BY'), (i) => [`${i}.name`, `${i}.id`]),
        recipients: connection(incoming('RECEIVED'), [{ field: 'name', direction: 'ASC' }], {
          receipts: (v) => [`coalesce(${v.r}.year, 0) DESC`, `coalesce(${v.r}.level, '')`, `${v.r}.holderKind`, `coalesce(${v.r}.holder, '')`, `coalesce(${v.r}.report, '')`],
        }),
        evidence: evidenceOf(incoming('RECEIVED')),
      },
      filters: { issuer },
      root: { byId: { field: 'recognition' }, list: { field: 'recognitions', sort: [{ field: 'name', direction: 'ASC' }] } },
      search: true,
      indexes: { range: ['name', 'nameZhHans', 'kind'], text: ['name'] },
      // One scheme, one id: two sources naming it agree on its names, kind and issuers.
      resolution: { namespace: 'Recognition', details: ['nameZh', 'issuers'] },
      removeWhenOrphaned: true,
      sources: [{ section: 'recognitions', node: (r) => ({ id: r.id, props: named(r) }) }],
    },
  ],
  relationships: [
    {
      type: 'RECEIVED',
      from: 'Company',
      to: 'Recognition',
      object: {
        type: 'ReceivedRecognition',
        ends: { company: 'from', recognition: 'to' },
        properties: { year: prop, level: prop, levelZh: prop, holder: prop, holderKind: { absent: 'GROUP' }, note: prop },
        evidence: 'evidence',
      },
      path: true,
      indexes: ['year'],
      facts: [
        {
          section: 'received',
          rows: (r, facts) => [
            {
              from: facts.company.id,
              to: r.recognition,
              props: { year: r.year, level: r.level, levelZh: r.levelZh, holder: r.holder, holderKind: r.holderKind, note: r.note },
              evidence: r.evidence,
              at: 'recognition',
            },
          ],
        },
      ],
    },
    {
      // Who confers a scheme; the evidence is where the source names it conferring one (its receipts there).
      type: 'ISSUED_BY',
      from: 'Recognition',
      to: ['Organization', 'Alliance'],
      path: true,
      facts: [
        {
          section: 'recognitions',
          rows: (r, facts) => {
            const evidence = facts.received.filter((x) => x.recognition === r.id).flatMap((x) => x.evidence);
            return r.issuers.map((id, j) => ({ from: r.id, to: id, evidence, at: `issuers[${j}]` }));
          },
        },
      ],
    },
  ],
  extend: {
    Company: {
      recognitions: relationships(outgoing('RECEIVED'), (v) => [
        `${v.far}.name`,
        `coalesce(${v.r}.year, 0) DESC`,
        `coalesce(${v.r}.level, '')`,
        `coalesce(${v.r}.holder, '')`,
        `coalesce(${v.r}.report, '')`,
      ]),
    },
    Organization: { issuedRecognitions: nodes(incoming('ISSUED_BY'), (r) => [`${r}.name`, `${r}.id`]) },
    Alliance: { issuedRecognitions: nodes(incoming('ISSUED_BY'), (r) => [`${r}.name`, `${r}.id`]) },
  },
});
