import type { Domain } from './common';
import { entity, entityModel, evidenceOfR, listProp, prop, scalarFilter, stringFilter, where } from './common';

/** Reports, the frameworks they follow, and the SDGs. */
export const report: Domain = {
  objects: {
    Report: entityModel({
      id: prop('id'),
      title: prop('title'),
      titleZh: prop('titleZh'),
      year: prop('year'),
      kind: prop('kind'),
      languages: listProp('languages'),
      publishedOn: prop('publishedOn'),
      publisher: prop('publisher'),
      url: prop('url'),
      sourceFile: prop('sourceFile'),
      publishedBy: {
        kind: 'single',
        type: 'Company',
        query: (v, _args, c) => {
          const co = c.variable('co');
          return { pattern: `(${co}:Company)-[:PUBLISHED]->(${v.n})`, vars: { n: co }, order: `${co}.id`, limit: 1 };
        },
      },
      frameworks: {
        kind: 'list',
        type: 'Framework',
        query: (v, _args, c) => {
          const f = c.variable('f');
          return { pattern: `(${v.n})-[:FOLLOWS]->(${f}:Framework)`, vars: { n: f }, distinct: f, order: `${f}.name`, limit: c.limits.maxNestedList };
        },
      },
      frameworkReferences: {
        kind: 'list',
        type: 'FrameworkReference',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const f = c.variable('f');
          return { pattern: `(${v.n})-[${r}:FOLLOWS]->(${f}:Framework)`, vars: { r, report: v.n!, framework: f }, order: `${f}.name`, limit: c.limits.maxNestedList };
        },
      },
    }),
    FrameworkReference: {
      fields: { report: entity('report', 'Report'), framework: entity('framework', 'Framework'), evidence: evidenceOfR },
    },
    Framework: entityModel({
      id: prop('id'),
      name: prop('name'),
      nameZh: prop('nameZh'),
      issuer: prop('issuer'),
      aliases: listProp('aliases'),
      reports: {
        kind: 'list',
        type: 'Report',
        query: (v, _args, c) => {
          const rep = c.variable('rep');
          return { pattern: `(${rep}:Report)-[:FOLLOWS]->(${v.n})`, vars: { n: rep }, distinct: rep, order: `${rep}.id`, limit: c.limits.maxNestedList };
        },
      },
    }),
    SDG: entityModel({
      id: prop('id'),
      number: prop('number'),
      title: prop('title'),
      supporters: {
        kind: 'list',
        type: 'SDGSupport',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const co = c.variable('co');
          return { pattern: `(${co}:Company)-[${r}:SUPPORTS]->(${v.n})`, vars: { r, company: co, sdg: v.n! }, order: `${co}.name`, limit: c.limits.maxNestedList };
        },
      },
      programmes: {
        kind: 'list',
        type: 'Programme',
        query: (v, _args, c) => {
          const p = c.variable('p');
          return { pattern: `(${p}:Programme)-[:ADVANCES]->(${v.n})`, vars: { n: p }, distinct: p, order: `${p}.name, ${p}.id`, limit: c.limits.maxNestedList };
        },
      },
    }),
    SDGSupport: {
      fields: { company: entity('company', 'Company'), sdg: entity('sdg', 'SDG'), evidence: evidenceOfR },
    },
  },
  filters: {
    ReportWhere: {
      id: scalarFilter('id'),
      title: stringFilter('title'),
      year: scalarFilter('year'),
      kind: scalarFilter('kind'),
      sourceFile: stringFilter('sourceFile'),
      publishedBy: {
        kind: 'custom',
        compile: (v, value, c) => {
          const co = c.variable('co');
          return `EXISTS { MATCH (${co}:Company)-[:PUBLISHED]->(${v.n}) WHERE ${where('CompanyWhere', value, { n: co }, c)} }`;
        },
      },
    },
    FrameworkWhere: {
      id: scalarFilter('id'),
      name: stringFilter('name'),
      issuer: stringFilter('issuer'),
    },
    SDGWhere: {
      number: scalarFilter('number'),
      title: stringFilter('title'),
    },
  },
  sorts: {
    Report: { id: (n) => `${n}.id`, title: (n) => `${n}.title`, year: (n) => `${n}.year` },
    Framework: { id: (n) => `${n}.id`, name: (n) => `${n}.name` },
    SDG: { number: (n) => `${n}.number`, title: (n) => `${n}.title` },
  },
};
