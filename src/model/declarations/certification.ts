import type { StandardDefinition } from '../../ingest/facts/schema';
import { plain } from '../../ingest/extract/fact-keys';
import { compact, searchText, unique } from '../../ingest/load/node-props';
import { standardKey } from '../../ingest/resolve/standards';
import { userError } from '../../graphql/errors';
import { connection, declare, incoming, prop, relationships, type Lookup, type Scope } from '../declare';

/** schema/certification.graphql: standards and the certifications companies hold. */

/** The keys a standard's code is matched by, in any spelling (`ISO 27001`, `GB/T 22080-2016`): an edition's year is ignored. */
export const spellingKeys = (spelled: string): string[] => [...new Set([standardKey(spelled), standardKey(spelled.replace(/\s*[-:]\s*(19|20)\d{2}\s*$/, ''))])];

/** A standard named by id (`iso-iec-27001`) or by code in any spelling (`ISO 27001`). */
export const standardLookup: Lookup = {
  label: 'Standard',
  param: (value) => ({ id: value, keys: spellingKeys(value) }),
  matches: (n, p) => `(${n}.id = ${p}.id OR any(k IN ${p}.keys WHERE k IN ${n}.codeKeys))`,
  unknown: (values, at) =>
    `${at}: ${values.map((v) => JSON.stringify(v)).join(', ')} ${values.length === 1 ? 'names' : 'name'} no standard (give an id such as "iso-iec-27001" or a code such as "ISO 27001"; \`standards\` lists them)`,
};

/** How a holding is held; a holding that does not say is the group's. */
export const holderKindOf = (r: string) => `coalesce(${r}.holderKind, 'GROUP')`;

/**
 * Which holdings a rollup counts (`holderKinds`). The schema's default is the company's own: the
 * group, its subsidiaries and business units; a facility's (a building it rents) or a product's
 * certificate counts only when asked for.
 */
export const holderScope: Scope = { argument: 'holderKinds', of: holderKindOf, field: 'holderKind' };

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
      properties: { id: prop, code: { lookup: standardLookup }, title: prop, titleZh: prop, category: prop, kind: prop, issuer: prop, aliases: prop },
      fields: {
        holders: connection(
          incoming('HOLDS_CERTIFICATION'),
          [{ field: 'name', direction: 'ASC' }],
          { holdings: (v) => [`${v.r}.holderKind`, `coalesce(${v.r}.holder, '')`, `coalesce(${v.r}.report, '')`] },
          { scope: holderScope, ownerScopedWhere: true },
        ),
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
            return { match: `MATCH (n:Standard) WHERE any(k IN ${scope.param(spellingKeys(String(code)))} WHERE k IN n.codeKeys) WITH n ORDER BY n.id`, missing: code };
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
