import type { QueryCoverageArgs } from '../../generated/graphql';
import { idList } from '../../model/values';
import { argument } from '../arguments';
import { statement } from '../compile/context';
import { each, entityOf, relationshipOf, shape, writeShape } from '../compile/shape';
import { onlyRow, planner, type Check } from '../plan';
import { requireExisting } from './checks';

/** coverage(standardIds, companyIds): which companies hold which standards, as a matrix. */

/** Default columns: the management-system certifications most often compared. */
export const DEFAULT_COVERAGE_STANDARDS = ['iso-iec-27001', 'iso-14001', 'iso-45001', 'iso-9001'];
const MAX_COVERAGE_STANDARDS = 50;

const holds = (co: string, s: string) => `EXISTS { (${co})-[:HOLDS_CERTIFICATION]->(${s}) }`;

export const COVERAGE_CELL = shape<{ company: string; standard: string }>('CoverageCell', {
  company: (e, t, cx) => entityOf(cx, 'Company', e.company, t),
  standard: (e, t, cx) => entityOf(cx, 'Standard', e.standard, t),
  held: (e) => holds(e.company, e.standard),
  holdings: (e, t, cx) => {
    const r = cx.names.variable('r');
    const certification = relationshipOf(cx, 'Certification', r, t, { from: e.company, to: e.standard });
    return `COLLECT { MATCH (${e.company})-[${r}:HOLDS_CERTIFICATION]->(${e.standard}) RETURN ${certification} ORDER BY ${r}.holderKind, coalesce(${r}.holder, '') }`;
  },
});

/** Written where `ss` holds the standards (the columns) in the order asked. */
export const COVERAGE_ROW = shape<{ company: string }>('CoverageRow', {
  company: (e, t, cx) => entityOf(cx, 'Company', e.company, t),
  heldCount: (e) => `size([s IN ss WHERE ${holds(e.company, 's')}])`,
  cells: (e, t, cx) => each(cx, 'ss', (standard) => writeShape(COVERAGE_CELL, { company: e.company, standard }, t, cx)),
});

/** Written where `ss` holds the standards and `cs` the companies (the rows). */
export const COVERAGE = shape<Record<string, never>>('Coverage', {
  standards: (_e, t, cx) => each(cx, 'ss', (s) => entityOf(cx, 'Standard', s, t)),
  rows: (_e, t, cx) => each(cx, 'cs', (company) => writeShape(COVERAGE_ROW, { company }, t, cx)),
});

export const COVERAGE_SHAPES = [COVERAGE, COVERAGE_ROW, COVERAGE_CELL];

export const coveragePlanner = planner<QueryCoverageArgs>('Query', 'coverage', (_root, { standardIds, companyIds }, tree, p) => {
  const standards = argument(idList(MAX_COVERAGE_STANDARDS), [...new Set(standardIds ?? DEFAULT_COVERAGE_STANDARDS)], 'standardIds');
  const companies = companyIds ? argument(idList(p.limits.maxPageSize), [...new Set(companyIds)], 'companyIds') : undefined;
  const checks: Check[] = [requireExisting(p, 'Standard', standards)];
  if (companies) checks.push(requireExisting(p, 'Company', companies));
  return {
    checks,
    statement: statement(p, (cx) => {
      const standardList = cx.names.param(standards);
      const columns = `UNWIND range(0, size(${standardList}) - 1) AS si MATCH (s:Standard {id: ${standardList}[si]}) WITH s, si ORDER BY si WITH collect(s) AS ss`;
      const companyList = companies ? cx.names.param(companies) : undefined;
      const rows = companyList
        ? `UNWIND range(0, size(${companyList}) - 1) AS ci MATCH (co:Company {id: ${companyList}[ci]}) WITH ss, co, ci ORDER BY ci`
        : `MATCH (co:Company) WHERE EXISTS { (co)-[:PUBLISHED]->(:Report) } WITH ss, co ORDER BY co.name`;
      return `${columns} ${rows} WITH ss, collect(co) AS cs RETURN ${writeShape(COVERAGE, {}, tree, cx)} AS result`;
    }),
    answer: onlyRow,
  };
});
