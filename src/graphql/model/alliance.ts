import { sortKeys } from '../compile/paging';
import type { Domain } from './common';
import { entity, entityModel, evidenceOfR, listProp, prop, scalarFilter, sortString, stringFilter, where } from './common';

export const alliance: Domain = {
  objects: {
    Alliance: entityModel({
      id: prop('id'),
      name: prop('name'),
      nameZh: prop('nameZh'),
      nameZhHans: prop('nameZhHans'),
      aliases: listProp('aliases'),
      kind: prop('kind'),
      members: {
        kind: 'connection',
        query: (v, args, c) => {
          const node = c.variable('member');
          const r = c.variable('r');
          const vars = { node, n: node, r, company: node, alliance: v.n!, parent: v.n! };
          return {
            pattern: `(${node}:Company)-[${r}:MEMBER_OF]->(${v.n})`,
            vars,
            where: where('MembershipWhere', args.where, vars, c),
            keys: sortKeys(undefined, { id: (n) => `${n}.id`, name: (n) => `${n}.name` }, node, [{ field: 'name', direction: 'ASC' }]),
            nodeType: 'Company',
            edgeType: 'AllianceMemberEdge',
            connectionType: 'AllianceMemberConnection',
            edgeFields: {
              memberships: {
                kind: 'list',
                type: 'Membership',
                query: (e, _args, cc) => {
                  const m = cc.variable('r');
                  return {
                    pattern: `(${e.node})-[${m}:MEMBER_OF]->(${e.parent})`,
                    vars: { r: m, company: e.node!, alliance: e.parent! },
                    order: `${m}.role, coalesce(${m}.report, '')`,
                    limit: cc.limits.maxNestedList,
                  };
                },
              },
            },
          };
        },
      },
    }),
    Membership: {
      fields: {
        company: entity('company', 'Company'),
        alliance: entity('alliance', 'Alliance'),
        role: { kind: 'scalar', expr: (v) => `${v.r}.role` },
        since: { kind: 'scalar', expr: (v) => `${v.r}.since` },
        note: { kind: 'scalar', expr: (v) => `${v.r}.note` },
        evidence: evidenceOfR,
      },
    },
  },
  filters: {
    AllianceWhere: {
      id: scalarFilter('id'),
      name: stringFilter('name'),
      nameZh: stringFilter('nameZhHans', { simplify: true }),
      kind: scalarFilter('kind'),
      members: {
        kind: 'relation',
        input: 'MembershipWhere',
        match: (v, c) => {
          const r = c.variable('r');
          const co = c.variable('co');
          return { pattern: `(${co}:Company)-[${r}:MEMBER_OF]->(${v.n})`, vars: { r, company: co, alliance: v.n! } };
        },
      },
    },
    MembershipWhere: {
      alliance: { kind: 'object', input: 'AllianceWhere', vars: (v) => ({ n: v.alliance! }) },
      company: { kind: 'object', input: 'CompanyWhere', vars: (v) => ({ n: v.company! }) },
      role: { kind: 'scalar', expr: (v) => `${v.r}.role` },
      since: { kind: 'scalar', expr: (v) => `${v.r}.since` },
    },
  },
  sorts: {
    Alliance: { id: (n) => `${n}.id`, name: (n) => `${n}.name`, nameZh: sortString('nameZhHans'), kind: (n) => `${n}.kind` },
  },
};
