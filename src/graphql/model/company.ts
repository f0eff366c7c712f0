import { listSize } from '../compile/paging';
import type { Domain } from './common';
import { entity, entityModel, evidenceOfR, listProp, prop, relProp, scalarFilter, sortInt, sortString, stringFilter, where } from './common';

/** Company and the facts that hang off it. The Cypher of each field is here, next to its name. */
export const company: Domain = {
  objects: {
    Company: entityModel({
      id: prop('id'),
      name: prop('name'),
      nameZh: prop('nameZh'),
      nameZhHans: prop('nameZhHans'),
      shortNames: listProp('shortNames'),
      aliases: listProp('aliases'),
      tickers: listProp('tickers'),
      headquarters: prop('headquarters'),
      founded: prop('founded'),
      industry: prop('industry'),
      website: prop('website'),
      certifications: {
        kind: 'list',
        type: 'Certification',
        query: (v, args, c) => {
          const r = c.variable('r');
          const s = c.variable('s');
          const vars = { r, company: v.n!, standard: s };
          return {
            pattern: `(${v.n})-[${r}:HOLDS_CERTIFICATION]->(${s}:Standard)`,
            vars,
            where: where('CertificationWhere', args.where, vars, c),
            order: `${s}.code, ${r}.holderKind, coalesce(${r}.holder, ''), coalesce(${r}.report, '')`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
      memberships: {
        kind: 'list',
        type: 'Membership',
        query: (v, args, c) => {
          const r = c.variable('r');
          const a = c.variable('a');
          const vars = { r, company: v.n!, alliance: a };
          return {
            pattern: `(${v.n})-[${r}:MEMBER_OF]->(${a}:Alliance)`,
            vars,
            where: where('MembershipWhere', args.where, vars, c),
            order: `${a}.name, ${r}.role, coalesce(${r}.report, '')`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
      programmes: {
        kind: 'list',
        type: 'Programme',
        query: (v, args, c) => {
          const p = c.variable('p');
          const vars = { n: p };
          return {
            pattern: `(${v.n})-[:RUNS]->(${p}:Programme)`,
            vars,
            where: where('ProgrammeWhere', args.where, vars, c),
            distinct: p,
            order: `${p}.name, ${p}.id`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
      partners: {
        kind: 'list',
        type: 'Partnership',
        query: (v, args, c) => {
          const r = c.variable('r');
          const o = c.variable('o');
          const vars = { r, company: v.n!, organization: o };
          return {
            pattern: `(${v.n})-[${r}:PARTNERS_WITH]->(${o}:Organization)`,
            vars,
            where: where('PartnershipWhere', args.where, vars, c),
            order: `${o}.name, ${r}.relation`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
      suppliers: {
        kind: 'list',
        type: 'SupplierLink',
        query: (v, args, c) => {
          const r = c.variable('r');
          const o = c.variable('o');
          return {
            pattern: `(${v.n})-[${r}:SUPPLIED_BY]->(${o}:Organization)`,
            vars: { r, company: v.n!, organization: o },
            order: `${o}.name`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
      supplierRequirements: {
        kind: 'list',
        type: 'SupplierRequirement',
        query: (v, args, c) => {
          const r = c.variable('r');
          const t = c.variable('t');
          return {
            pattern: `(${v.n})-[${r}:REQUIRES_OF_SUPPLIERS]->(${t})`,
            vars: { r, company: v.n!, target: t },
            order: `${r}.text, coalesce(${r}.report, '')`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
      sdgs: {
        kind: 'list',
        type: 'SDGSupport',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const g = c.variable('g');
          return {
            pattern: `(${v.n})-[${r}:SUPPORTS]->(${g}:SDG)`,
            vars: { r, company: v.n!, sdg: g },
            order: `${g}.number`,
            limit: c.limits.maxNestedList,
          };
        },
      },
      metrics: {
        kind: 'list',
        type: 'MetricValue',
        query: (v, args, c) => {
          const r = c.variable('r');
          const m = c.variable('m');
          const conditions = ['true'];
          if (args.keys) conditions.push(`${m}.key IN ${c.param(args.keys)}`);
          if (args.years) conditions.push(`${r}.year IN ${c.param(args.years)}`);
          return {
            pattern: `(${v.n})-[${r}:REPORTED]->(${m}:Metric)`,
            vars: { r, company: v.n!, metric: m },
            where: conditions.join(' AND '),
            order: `${m}.key, ${r}.year, coalesce(${r}.segment, '')`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
      reports: {
        kind: 'list',
        type: 'Report',
        query: (v, _args, c) => {
          const rep = c.variable('rep');
          return {
            pattern: `(${v.n})-[:PUBLISHED]->(${rep}:Report)`,
            vars: { n: rep },
            distinct: rep,
            order: `${rep}.year DESC, ${rep}.id`,
            limit: c.limits.maxNestedList,
          };
        },
      },
      parents: {
        kind: 'list',
        type: 'CompanyLink',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const p = c.variable('co');
          return { pattern: `(${v.n})-[${r}:SUBSIDIARY_OF]->(${p}:Company)`, vars: { r, company: p }, order: `${p}.name`, limit: c.limits.maxNestedList };
        },
      },
      subsidiaries: {
        kind: 'list',
        type: 'CompanyLink',
        query: (v, _args, c) => {
          const r = c.variable('r');
          const s = c.variable('co');
          return { pattern: `(${v.n})<-[${r}:SUBSIDIARY_OF]-(${s}:Company)`, vars: { r, company: s }, order: `${s}.name`, limit: c.limits.maxNestedList };
        },
      },
      peers: { kind: 'resolver' },
    }),
    CompanyLink: { fields: { company: entity('company', 'Company'), evidence: evidenceOfR } },
    Certification: {
      fields: {
        company: entity('company', 'Company'),
        standard: entity('standard', 'Standard'),
        version: relProp('version'),
        holder: relProp('holder'),
        holderKind: { kind: 'scalar', expr: (v) => `coalesce(${v.r}.holderKind, 'GROUP')` },
        scope: relProp('scope'),
        year: relProp('year'),
        evidence: evidenceOfR,
      },
    },
  },
  filters: {
    CompanyWhere: {
      id: scalarFilter('id'),
      name: stringFilter('name'),
      nameZh: stringFilter('nameZhHans', { simplify: true }),
      tickers: stringFilter('tickers', { list: true }),
      industry: stringFilter('industry'),
      hasReports: {
        kind: 'custom',
        compile: (v, value) => `${value ? '' : 'NOT '}EXISTS { (${v.n})-[:PUBLISHED]->(:Report) }`,
      },
      certifications: {
        kind: 'relation',
        input: 'CertificationWhere',
        match: (v, c) => {
          const r = c.variable('r');
          const s = c.variable('s');
          return { pattern: `(${v.n})-[${r}:HOLDS_CERTIFICATION]->(${s}:Standard)`, vars: { r, company: v.n!, standard: s } };
        },
      },
      memberships: {
        kind: 'relation',
        input: 'MembershipWhere',
        match: (v, c) => {
          const r = c.variable('r');
          const a = c.variable('a');
          return { pattern: `(${v.n})-[${r}:MEMBER_OF]->(${a}:Alliance)`, vars: { r, company: v.n!, alliance: a } };
        },
      },
      programmes: {
        kind: 'relation',
        input: 'ProgrammeWhere',
        match: (v, c) => {
          const p = c.variable('p');
          return { pattern: `(${v.n})-[:RUNS]->(${p}:Programme)`, vars: { n: p } };
        },
      },
      partners: {
        kind: 'relation',
        input: 'PartnershipWhere',
        match: (v, c) => {
          const r = c.variable('r');
          const o = c.variable('o');
          return { pattern: `(${v.n})-[${r}:PARTNERS_WITH]->(${o}:Organization)`, vars: { r, company: v.n!, organization: o } };
        },
      },
      holdsStandards: {
        kind: 'custom',
        compile: (v, value, c) => {
          const { all, any, none } = value as { all?: string[] | null; any?: string[] | null; none?: string[] | null };
          const parts: string[] = [];
          const id = c.variable('sid');
          const s = c.variable('s');
          if (all) parts.push(`all(${id} IN ${c.param(all)} WHERE EXISTS { (${v.n})-[:HOLDS_CERTIFICATION]->(:Standard {id: ${id}}) })`);
          if (any) parts.push(`EXISTS { MATCH (${v.n})-[:HOLDS_CERTIFICATION]->(${s}:Standard) WHERE ${s}.id IN ${c.param(any)} }`);
          if (none) parts.push(`NOT EXISTS { MATCH (${v.n})-[:HOLDS_CERTIFICATION]->(${s}n:Standard) WHERE ${s}n.id IN ${c.param(none)} }`);
          return parts.length > 0 ? parts.join(' AND ') : 'true';
        },
      },
    },
    CertificationWhere: {
      standard: { kind: 'object', input: 'StandardWhere', vars: (v) => ({ n: v.standard! }) },
      company: { kind: 'object', input: 'CompanyWhere', vars: (v) => ({ n: v.company! }) },
      holderKind: { kind: 'scalar', expr: (v) => `coalesce(${v.r}.holderKind, 'GROUP')` },
      holder: { kind: 'string', expr: (v) => `${v.r}.holder` },
      year: { kind: 'scalar', expr: (v) => `${v.r}.year` },
    },
  },
  sorts: {
    Company: { id: (n) => `${n}.id`, name: (n) => `${n}.name`, nameZh: sortString('nameZhHans'), founded: sortInt('founded') },
  },
  anchors: {
    // Every match of `holdsStandards.all` holds its first standard: start from that standard's holders
    // (an index seek and one expand) instead of testing every company.
    Company: (value, node, c) => {
      const all = (value as { holdsStandards?: { all?: readonly string[] | null } | null } | null | undefined)?.holdsStandards?.all;
      return all && all.length > 0 ? `(:Standard {id: ${c.param(all[0])}})<-[:HOLDS_CERTIFICATION]-(${node}:Company)` : undefined;
    },
  },
};
