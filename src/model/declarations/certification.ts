import type { StandardDefinition } from '../../ingest/facts/schema';
import { plain } from '../../ingest/extract/fact-keys';
import { compact, searchText, unique } from '../../ingest/load/node-props';
import { standardKey } from '../../ingest/resolve/standards';
import { userError } from '../../graphql/errors';
import { connection, declare, incoming, prop, relationships } from '../declare';

/** schema/certification.graphql: standards and the certifications companies hold. */

const standardNode = (s: StandardDefinition) => ({
  id: s.id,
  props: compact({
    ...s,
    aliases: unique(s.aliases),
    codeKeys: unique([s.code, ...s.aliases].map(standardKey)),
    searchText: searchText([s.code, s.title, s.titleZh, ...s.aliases]),
  }),
});

export default declare({
  entities: [
    {
      label: 'Standard',
      properties: { id: prop, code: prop, title: prop, titleZh: prop, category: prop, kind: prop, issuer: prop, aliases: prop },
      fields: {
        holders: connection(incoming('HOLDS_CERTIFICATION'), [{ field: 'name', direction: 'ASC' }], {
          holdings: (v) => [`${v.r}.holderKind`, `coalesce(${v.r}.holder, '')`, `coalesce(${v.r}.report, '')`],
        }),
        requiredBy: relationships(incoming('REQUIRES_OF_SUPPLIERS'), (v) => [`${v.far}.name`, `${v.r}.text`]),
      },
      root: {
        byId: {
          field: 'standard',
          // By id, or by code in any spelling: `ISO 27001`, `GB/T 22080-2016` (an edition's year is ignored).
          match: (args, scope) => {
            const { id, code } = args;
            if ((id === undefined || id === null) === (code === undefined || code === null)) throw userError('give exactly one of id or code');
            if (typeof id === 'string') return { match: `MATCH (n:Standard {id: ${scope.param(id)}})`, missing: id };
            const spelled = String(code);
            const keys = [standardKey(spelled), standardKey(spelled.replace(/\s*[-:]\s*(19|20)\d{2}\s*$/, ''))];
            return { match: `MATCH (n:Standard) WHERE any(k IN ${scope.param(keys)} WHERE k IN n.codeKeys) WITH n ORDER BY n.id`, missing: code };
          },
        },
        list: { field: 'standards', sort: [{ field: 'code', direction: 'ASC' }] },
      },
      search: true,
      indexes: { range: ['code', 'category'], text: ['code'] },
      resolution: { namespace: 'Standard', name: 'code', kind: 'category', details: ['kind'] },
      sources: [
        { catalog: 'standards', node: standardNode },
        { section: 'standards', node: standardNode },
      ],
    },
  ],
  relationships: [
    {
      type: 'HOLDS_CERTIFICATION',
      from: 'Company',
      to: 'Standard',
      object: {
        type: 'Certification',
        ends: { company: 'from', standard: 'to' },
        properties: { version: prop, holder: prop, holderKind: { absent: 'GROUP' }, scope: prop, year: prop },
        evidence: 'evidence',
      },
      path: true,
      facts: [
        {
          section: 'certifications',
          rows: (c, facts) => [
            {
              from: facts.company.id,
              to: c.standard,
              props: { version: c.version, holder: c.holder, holderKind: c.holderKind, scope: c.scope, year: c.year },
              evidence: c.evidence,
              at: 'standard',
            },
          ],
          evaluate: { key: (c) => plain(`${c.standard}|${c.holderKind}`, c.evidence) },
        },
      ],
    },
  ],
});
