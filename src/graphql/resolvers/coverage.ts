import type { QueryCoverageArgs } from '../../generated/graphql';
import { holderKindOf, standardLookup } from '../../model/declarations/certification';
import { idList } from '../../model/values';
import { argument } from '../arguments';
import { requireKnown, statement, type Compiling } from '../compile/context';
import { scopeValuesOf } from '../compile/scope';
import { each, entityOf, relationshipOf, shape, writeShape } from '../compile/shape';
import { onlyRow, planner, type Check } from '../plan';
import { requireExisting } from './checks';

/**
 * coverage(standardIds, companyIds, holderKinds): which companies hold which standards, as a matrix,
 * counting holdings of `holderKinds`; each cell also shows the holdings it did not count.
 */

/** Default columns: the management-system certifications most often compared. */
export const DEFAULT_COVERAGE_STANDARDS = ['iso-iec-27001', 'iso-14001', 'iso-45001', 'iso-9001'];
const MAX_COVERAGE_STANDARDS = 50;

/** What a cell is written with: the company, the standard, and the parameter holding the holder kinds counted. */
interface Cell {
  company: string;
  standard: string;
  kinds: string;
}

const counted = (h: string, kinds: string) => `${holderKindOf(h)} IN ${kinds}`;
const holds = (e: Cell, cx: Compiling) => {
  const h = cx.names.variable('h');
  return `EXISTS { MATCH (${e.company})-[${h}:HOLDS_CERTIFICATION]->(${e.standard}) WHERE ${counted(h, e.kinds)} }`;
};

/** The holdings of the cell, counted (`in`) or not. */
const holdingsOf = (e: Cell, t: Parameters<typeof relationshipOf>[3], cx: Compiling, inScope: boolean) => {
  const r = cx.names.variable('r');
  const certification = relationshipOf(cx, 'Certification', r, t, { from: e.company, to: e.standard });
  const where = inScope ? counted(r, e.kinds) : `NOT ${counted(r, e.kinds)}`;
  return `COLLECT { MATCH (${e.company})-[${r}:HOLDS_CERTIFICATION]->(${e.standard}) WHERE ${where} RETURN ${certification} ORDER BY ${r}.holderKind, coalesce(${r}.holder, '') }`;
};

export const COVERAGE_CELL = shape<Cell>('CoverageCell', {
  company: (e, t, cx) => entityOf(cx, 'Company', e.company, t),
  standard: (e, t, cx) => entityOf(cx, 'Standard', e.standard, t),
  held: (e, _t, cx) => holds(e, cx),
  heldAs: (e, _t, cx) => {
    const h = cx.names.variable('h');
    const how = cx.names.variable('how');
    const acc = cx.names.variable('acc');
    // `group`, `subsidiary: 上海商汤智能科技有限公司`, ...: the kind in words, and the holder named.
    const described = `replace(toLower(${holderKindOf(h)}), '_', ' ') + coalesce(': ' + ${h}.holder, '')`;
    const list = `COLLECT { MATCH (${e.company})-[${h}:HOLDS_CERTIFICATION]->(${e.standard}) WHERE ${counted(h, e.kinds)} RETURN DISTINCT ${described} AS ${how} ORDER BY ${how} }`;
    return `reduce(${acc} = null, ${how} IN ${list} | coalesce(${acc} + '; ', '') + ${how})`;
  },
  holdings: (e, t, cx) => holdingsOf(e, t, cx, true),
  notCounted: (e, t, cx) => holdingsOf(e, t, cx, false),
});

/** Written where `ss` holds the standards (the columns) in the order asked. */
export const COVERAGE_ROW = shape<{ company: string; kinds: string }>('CoverageRow', {
  company: (e, t, cx) => entityOf(cx, 'Company', e.company, t),
  heldCount: (e, _t, cx) => {
    const s = cx.names.variable('s');
    return `size([${s} IN ss WHERE ${holds({ ...e, standard: s }, cx)}])`;
  },
  cells: (e, t, cx) => each(cx, 'ss', (standard) => writeShape(COVERAGE_CELL, { ...e, standard }, t, cx)),
});

/** Written where `ss` holds the standards and `cs` the companies (the rows). */
export const COVERAGE = shape<{ kinds: string }>('Coverage', {
  holderKinds: (e) => e.kinds,
  standards: (_e, t, cx) => each(cx, 'ss', (s) => entityOf(cx, 'Standard', s, t)),
  rows: (e, t, cx) => each(cx, 'cs', (company) => writeShape(COVERAGE_ROW, { company, kinds: e.kinds }, t, cx)),
});

export const COVERAGE_SHAPES = [COVERAGE, COVERAGE_ROW, COVERAGE_CELL];

export const coveragePlanner = planner<QueryCoverageArgs>('Query', 'coverage', (_root, { standardIds, companyIds, holderKinds }, tree, p) => {
  const standards = argument(idList(MAX_COVERAGE_STANDARDS), [...new Set(standardIds ?? DEFAULT_COVERAGE_STANDARDS)], 'standardIds');
  const companies = companyIds ? argument(idList(p.limits.maxPageSize), [...new Set(companyIds)], 'companyIds') : undefined;
  const kinds = scopeValuesOf(holderKinds, 'holderKinds');
  const checks: Check[] = [];
  if (companies) checks.push(requireExisting(p, 'Company', companies));
  return {
    checks,
    statement: statement(p, (cx) => {
      requireKnown(cx, standardLookup, standards, 'standardIds');
      const standardList = cx.names.param(standards.map((s) => standardLookup.param?.(s) ?? s));
      // Standards by id or code, in the order asked (one named twice, in two spellings, once).
      const columns = `UNWIND range(0, size(${standardList}) - 1) AS si MATCH (s:Standard) WHERE ${standardLookup.matches('s', `${standardList}[si]`)} WITH s, min(si) AS si ORDER BY si WITH collect(s) AS ss`;
      const companyList = companies ? cx.names.param(companies) : undefined;
      const rows = companyList
        ? `UNWIND range(0, size(${companyList}) - 1) AS ci MATCH (co:Company {id: ${companyList}[ci]}) WITH ss, co, ci ORDER BY ci`
        : `MATCH (co:Company) WHERE EXISTS { (co)-[:PUBLISHED]->(:Report) } WITH ss, co ORDER BY co.name`;
      return `${columns} ${rows} WITH ss, collect(co) AS cs RETURN ${writeShape(COVERAGE, { kinds: cx.names.param(kinds) }, tree, cx)} AS result`;
    }),
    answer: onlyRow,
  };
});
