import { listSize } from '../compile/paging';
import type { Domain } from './common';
import { entity, entityModel, evidenceOfR, prop, relProp, scalarFilter, stringFilter } from './common';

export const metric: Domain = {
  objects: {
    Metric: entityModel({
      id: prop('id'),
      key: prop('key'),
      label: prop('label'),
      unit: prop('unit'),
      pillar: prop('pillar'),
      values: {
        kind: 'list',
        type: 'MetricValue',
        query: (v, args, c) => {
          const r = c.variable('r');
          const co = c.variable('co');
          const conditions = ['true'];
          if (args.companyIds) conditions.push(`${co}.id IN ${c.param(args.companyIds)}`);
          if (args.years) conditions.push(`${r}.year IN ${c.param(args.years)}`);
          return {
            pattern: `(${co}:Company)-[${r}:REPORTED]->(${v.n})`,
            vars: { r, company: co, metric: v.n! },
            where: conditions.join(' AND '),
            order: `${co}.name, ${r}.year, coalesce(${r}.segment, '')`,
            limit: listSize(args.first, c.limits),
          };
        },
      },
    }),
    MetricValue: {
      fields: {
        company: entity('company', 'Company'),
        metric: entity('metric', 'Metric'),
        value: relProp('value'),
        unit: relProp('unit'),
        year: relProp('year'),
        segment: relProp('segment'),
        evidence: evidenceOfR,
      },
    },
  },
  filters: {
    MetricWhere: {
      key: stringFilter('key'),
      label: stringFilter('label'),
      pillar: scalarFilter('pillar'),
    },
  },
  sorts: {
    Metric: { id: (n) => `${n}.id`, key: (n) => `${n}.key`, label: (n) => `${n}.label`, pillar: (n) => `${n}.pillar` },
  },
};
