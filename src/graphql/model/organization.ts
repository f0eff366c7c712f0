import type { Domain } from './common';
import { entity, entityModel, evidenceOfR, listProp, prop, relProp, scalarFilter, sortString, stringFilter } from './common';

export const organization: Domain = {
  objects: {
    Organization: entityModel({
      id: prop('id'),
      name: prop('name'),
      nameZh: prop('nameZh'),
      nameZhHans: prop('nameZhHans'),
      aliases: listProp('aliases'),
      kind: prop('kind'),
      suppliesTo: {
        kind: 'list',
        type: 'SupplierLink',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const co = c.variable('co');
          return { pattern: `(${co}:Company)-[${r}:SUPPLIED_BY]->(${v.n})`, vars: { r, company: co, organization: v.n! }, order: `${co}.name`, limit: c.limits.maxNestedList };
        },
      },
      partnerOf: {
        kind: 'list',
        type: 'Partnership',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const co = c.variable('co');
          return {
            pattern: `(${co}:Company)-[${r}:PARTNERS_WITH]->(${v.n})`,
            vars: { r, company: co, organization: v.n! },
            order: `${co}.name, ${r}.relation`,
            limit: c.limits.maxNestedList,
          };
        },
      },
      programmes: {
        kind: 'list',
        type: 'ProgrammePartner',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const p = c.variable('p');
          return {
            pattern: `(${p}:Programme)-[${r}:IN_PARTNERSHIP_WITH]->(${v.n})`,
            vars: { r, programme: p, organization: v.n! },
            order: `${p}.name, ${p}.id`,
            limit: c.limits.maxNestedList,
          };
        },
      },
    }),
    Partnership: {
      fields: {
        company: entity('company', 'Company'),
        organization: entity('organization', 'Organization'),
        relation: relProp('relation'),
        year: relProp('year'),
        evidence: evidenceOfR,
      },
    },
    SupplierLink: {
      fields: {
        company: entity('company', 'Company'),
        organization: entity('organization', 'Organization'),
        supplies: relProp('supplies'),
        evidence: evidenceOfR,
      },
    },
  },
  filters: {
    OrganizationWhere: {
      id: scalarFilter('id'),
      name: stringFilter('name'),
      nameZh: stringFilter('nameZhHans', { simplify: true }),
      kind: scalarFilter('kind'),
    },
    PartnershipWhere: {
      organization: { kind: 'object', input: 'OrganizationWhere', vars: (v) => ({ n: v.organization! }) },
      relation: { kind: 'string', expr: (v) => `${v.r}.relation` },
    },
  },
  sorts: {
    Organization: { id: (n) => `${n}.id`, name: (n) => `${n}.name`, nameZh: sortString('nameZhHans'), kind: (n) => `${n}.kind` },
  },
};
