import type { Domain } from './common';
import { entity, entityModel, prop, scalarFilter, sortInt, stringFilter, where } from './common';

export const programme: Domain = {
  objects: {
    Programme: entityModel({
      id: prop('id'),
      name: prop('name'),
      nameZh: prop('nameZh'),
      nameZhHans: prop('nameZhHans'),
      kind: prop('kind'),
      description: prop('description'),
      startYear: prop('startYear'),
      year: prop('year'),
      runBy: {
        kind: 'list',
        type: 'Company',
        query: (v, _args, c) => {
          const co = c.variable('co');
          return { pattern: `(${co}:Company)-[:RUNS]->(${v.n})`, vars: { n: co }, distinct: co, order: `${co}.name`, limit: c.limits.maxNestedList };
        },
      },
      partners: {
        kind: 'list',
        type: 'ProgrammePartner',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const o = c.variable('o');
          return {
            pattern: `(${v.n})-[${r}:IN_PARTNERSHIP_WITH]->(${o}:Organization)`,
            vars: { r, programme: v.n!, organization: o },
            order: `${o}.name, coalesce(${r}.role, '')`,
            limit: c.limits.maxNestedList,
          };
        },
      },
      sdgs: {
        kind: 'list',
        type: 'SDG',
        query: (v, _args, c) => {
          const g = c.variable('g');
          return { pattern: `(${v.n})-[:ADVANCES]->(${g}:SDG)`, vars: { n: g }, distinct: g, order: `${g}.number`, limit: 17 };
        },
      },
      evidence: { kind: 'evidence', relationships: (v) => `COLLECT { MATCH (:Company)-[run:RUNS]->(${v.n}) RETURN run ORDER BY run.report }` },
    }),
    ProgrammePartner: {
      fields: {
        programme: entity('programme', 'Programme'),
        organization: entity('organization', 'Organization'),
        role: { kind: 'scalar', expr: (v) => `${v.r}.role` },
      },
    },
  },
  filters: {
    ProgrammeWhere: {
      id: scalarFilter('id'),
      name: stringFilter('name'),
      nameZh: stringFilter('nameZhHans', { simplify: true }),
      kind: scalarFilter('kind'),
      startYear: scalarFilter('startYear'),
      partners: {
        kind: 'relation',
        input: 'OrganizationWhere',
        match: (v, c) => {
          const o = c.variable('o');
          return { pattern: `(${v.n})-[:IN_PARTNERSHIP_WITH]->(${o}:Organization)`, vars: { n: o } };
        },
      },
      sdg: {
        kind: 'custom',
        compile: (v, value, c) => {
          const g = c.variable('g');
          return `EXISTS { MATCH (${v.n})-[:ADVANCES]->(${g}:SDG) WHERE ${where('SDGWhere', { number: value }, { n: g }, c)} }`;
        },
      },
    },
  },
  sorts: {
    Programme: { id: (n) => `${n}.id`, name: (n) => `${n}.name`, kind: (n) => `${n}.kind`, startYear: sortInt('startYear') },
  },
};

