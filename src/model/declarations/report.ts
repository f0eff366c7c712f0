import { plain } from '../../ingest/extract/fact-keys';
import { compact, factsDigest, searchText, unique } from '../../ingest/load/node-props';
import { sdgNumber } from '../values';
import { declare, incoming, node, nodes, outgoing, prop, relationships } from '../declare';

/** schema/report.graphql: reports and the frameworks they follow; the SDGs. */

export default declare({
  entities: [
    {
      label: 'Report',
      properties: {
        id: prop,
        title: prop,
        titleZh: prop,
        year: prop,
        kind: prop,
        languages: prop,
        publishedOn: prop,
        publisher: prop,
        url: prop,
        sourceFile: prop,
      },
      fields: {
        publishedBy: node(incoming('PUBLISHED'), (co) => [`${co}.id`]),
        frameworks: nodes(outgoing('FOLLOWS'), (f) => [`${f}.name`]),
        frameworkReferences: relationships(outgoing('FOLLOWS'), (v) => [`${v.far}.name`]),
      },
      root: { byId: { field: 'report' }, list: { field: 'reports', sort: [{ field: 'year', direction: 'DESC' }] } },
      search: true,
      indexes: { range: ['year'] },
      resolution: { name: 'title' },
      sources: [
        {
          section: 'report',
          node: (r, facts) => ({
            id: r.id,
            props: compact({ ...r, sourceFile: facts.source.file, factsDigest: factsDigest(facts), searchText: searchText([r.title, r.titleZh, facts.source.file]) }),
          }),
        },
      ],
    },
    {
      label: 'Framework',
      properties: { id: prop, name: prop, nameZh: prop, issuer: prop, aliases: prop },
      fields: { reports: nodes(incoming('FOLLOWS'), (rep) => [`${rep}.id`]) },
      root: { byId: { field: 'framework' }, list: { field: 'frameworks', sort: [{ field: 'name', direction: 'ASC' }] } },
      search: true,
      indexes: { range: ['name'] },
      sources: [{ catalog: 'frameworks', node: (f) => ({ id: f.id, props: compact({ ...f, aliases: unique(f.aliases), searchText: searchText([f.name, f.nameZh, ...f.aliases]) }) }) }],
    },
    {
      label: 'SDG',
      properties: { id: prop, number: prop, title: prop },
      fields: {
        supporters: relationships(incoming('SUPPORTS'), (v) => [`${v.far}.name`]),
        programmes: nodes(incoming('ADVANCES'), (p) => [`${p}.name`, `${p}.id`]),
      },
      root: {
        byId: { field: 'sdg', argument: 'number', check: sdgNumber },
        list: { field: 'sdgs', sort: [{ field: 'number', direction: 'ASC' }] },
      },
      search: true,
      unique: ['number'],
      sources: [{ catalog: 'sdgs', node: (g) => ({ id: `sdg-${g.number}`, props: { number: g.number, title: g.title, searchText: searchText([`SDG ${g.number}`, g.title]) } }) }],
    },
  ],
  relationships: [
    {
      type: 'PUBLISHED',
      from: 'Company',
      to: 'Report',
      path: true,
      facts: [{ section: 'report', rows: (r, facts) => [{ from: facts.company.id, to: r.id, evidence: [] }] }],
    },
    {
      type: 'FOLLOWS',
      from: 'Report',
      to: 'Framework',
      object: { type: 'FrameworkReference', ends: { report: 'from', framework: 'to' }, properties: {}, evidence: 'evidence' },
      path: true,
      facts: [
        {
          section: 'frameworks',
          rows: (f, facts) => [{ from: facts.report.id, to: f.framework, evidence: f.evidence, at: 'framework' }],
          evaluate: { key: (f) => plain(f.framework, f.evidence) },
        },
      ],
    },
    {
      type: 'SUPPORTS',
      from: 'Company',
      to: 'SDG',
      object: { type: 'SDGSupport', ends: { company: 'from', sdg: 'to' }, properties: {}, evidence: 'evidence' },
      path: true,
      facts: [
        {
          section: 'sdgs',
          rows: (s, facts) => [{ from: facts.company.id, to: `sdg-${s.sdg}`, evidence: s.evidence, at: 'sdg' }],
          evaluate: { key: (s) => plain(`SDG ${s.sdg}`, s.evidence) },
        },
      ],
    },
  ],
});
