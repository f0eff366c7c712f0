import { lines } from '../../ingest/extract/fact-keys';
import { named } from '../../ingest/load/node-props';
import { matchKey } from '../../ingest/resolve/chinese';
import { chineseName, declare, evidenceOf, incoming, nodes, outgoing, prop, relationships, type CustomFilter } from '../declare';

/** schema/programme.graphql: programmes companies run, their partners and the SDGs they advance. */

/** `sdg: IntFilter`: programmes advancing an SDG whose number matches. */
const sdg: CustomFilter = (n, value, scope) => {
  const g = scope.variable('g');
  const number = scope.where('SDGWhere', { number: value }, g);
  return `EXISTS { MATCH (${n})-[:ADVANCES]->(${g}:SDG)${number ? ` WHERE ${number}` : ''} }`;
};

export default declare({
  entities: [
    {
      label: 'Programme',
      properties: { id: prop, name: prop, nameZh: chineseName, nameZhHans: prop, kind: prop, description: prop, startYear: prop, year: prop },
      fields: {
        runBy: nodes(incoming('RUNS'), (co) => [`${co}.name`]),
        partners: relationships(outgoing('IN_PARTNERSHIP_WITH'), (v) => [`${v.far}.name`, `coalesce(${v.r}.role, '')`]),
        sdgs: nodes(outgoing('ADVANCES'), (g) => [`${g}.number`], 17),
        evidence: evidenceOf(incoming('RUNS')),
      },
      filters: { sdg },
      root: { byId: { field: 'programme' }, list: { field: 'programmes', sort: [{ field: 'name', direction: 'ASC' }] } },
      search: true,
      indexes: { range: ['name'], text: ['name', 'nameZhHans'] },
      resolution: { details: ['nameZh', 'description', 'startYear', 'year'] },
      removeWhenOrphaned: true,
      sources: [
        {
          section: 'programmes',
          node: (p) => ({ id: p.id, props: named(p, { description: p.description, startYear: p.startYear, year: p.year }, [p.description]) }),
        },
      ],
    },
  ],
  relationships: [
    {
      type: 'RUNS',
      from: 'Company',
      to: 'Programme',
      path: true,
      facts: [
        {
          section: 'programmes',
          rows: (p, facts) => [{ from: facts.company.id, to: p.id, props: { year: p.year }, evidence: p.evidence }],
          evaluate: {
            key: (p) => ({ key: `name:${matchKey(p.nameZh ?? p.name)}`, names: [matchKey(p.name), matchKey(p.nameZh ?? p.name)], lines: lines(p.evidence) }),
            matching: 'programmes',
          },
        },
      ],
    },
    {
      type: 'IN_PARTNERSHIP_WITH',
      from: 'Programme',
      to: 'Organization',
      object: { type: 'ProgrammePartner', ends: { programme: 'from', organization: 'to' }, properties: { role: prop } },
      path: true,
      facts: [
        {
          section: 'programmes',
          rows: (p) =>
            p.partners.map((partner, j) => ({ from: p.id, to: partner.organization, props: { role: partner.role }, evidence: p.evidence, at: `partners[${j}].organization` })),
        },
      ],
    },
    {
      type: 'ADVANCES',
      from: 'Programme',
      to: 'SDG',
      path: true,
      facts: [{ section: 'programmes', rows: (p) => [...new Set(p.sdgs)].map((n) => ({ from: p.id, to: `sdg-${n}`, evidence: p.evidence })) }],
    },
  ],
});
