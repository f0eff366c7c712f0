import { listSize, sortKeys } from '../compile/paging';
import type { Domain } from './common';
import { entity, entityModel, evidenceOfR, listProp, prop, scalarFilter, sortString, stringFilter, where } from './common';

const companySorts = { id: (n: string) => `${n}.id`, name: (n: string) => `${n}.name` };

export const standard: Domain = {
  objects: {
    Standard: entityModel({
      id: prop('id'),
      code: prop('code'),
      title: prop('title'),
      category: prop('category'),
      issuer: prop('issuer'),
      aliases: listProp('aliases'),
      holders: {
        kind: 'connection',
        query: (v, args, c) => {
          const node = c.variable('holder');
          const r = c.variable('r');
          return {
            pattern: `(${node}:Company)-[${r}:HOLDS_CERTIFICATION]->(${v.n})`,
            vars: { node, n: node, parent: v.n! },
            where: where('CompanyWhere', args.where, { n: node }, c),
            keys: sortKeys(undefined, companySorts, node, [{ field: 'name', direction: 'ASC' }]),
            nodeType: 'Company',
            edgeType: 'StandardHolderEdge',
            connectionType: 'StandardHolderConnection',
            edgeFields: {
              holdings: {
                kind: 'list',
                type: 'Certification',
                query: (e, _args, cc) => {
                  const h = cc.variable('r');
                  return {
                    pattern: `(${e.node})-[${h}:HOLDS_CERTIFICATION]->(${e.parent})`,
                    vars: { r: h, company: e.node!, standard: e.parent! },
                    order: `${h}.holderKind, coalesce(${h}.holder, ''), coalesce(${h}.report, '')`,
                    limit: cc.limits.maxNestedList,
                  };
                },
              },
            },
          };
        },
      },
      requiredBy: {
        kind: 'list',
        type: 'SupplierRequirement',
        query: (v, args, c) => {
          const r = c.variable('r');
          const co = c.variable('co');
          return {
            pattern: `(${co}:Company)-[${r}:REQUIRES_OF_SUPPLIERS]->(${v.n})`,
            vars: { r, company: co, target: v.n! },
            order: `${co}.name, ${r}.text`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
    }),
    SupplierRequirement: {
      fields: {
        company: entity('company', 'Company'),
        standard: { kind: 'object', type: 'Standard', vars: (v) => ({ n: v.target! }), when: (v) => `${v.target}:Standard` },
        text: { kind: 'scalar', expr: (v) => `${v.r}.text` },
        evidence: evidenceOfR,
      },
    },
  },
  filters: {
    StandardWhere: {
      id: scalarFilter('id'),
      code: stringFilter('code'),
      title: stringFilter('title'),
      category: scalarFilter('category'),
      issuer: stringFilter('issuer'),
      holders: {
        kind: 'relation',
        input: 'CertificationWhere',
        match: (v, c) => {
          const r = c.variable('r');
          const co = c.variable('co');
          return { pattern: `(${co}:Company)-[${r}:HOLDS_CERTIFICATION]->(${v.n})`, vars: { r, company: co, standard: v.n! } };
        },
      },
    },
  },
  sorts: {
    Standard: { id: (n) => `${n}.id`, code: (n) => `${n}.code`, title: sortString('title'), category: sortString('category') },
  },
};
