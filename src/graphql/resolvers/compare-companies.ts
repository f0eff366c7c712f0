import type { QueryCompareCompaniesArgs } from '../../generated/graphql';
import { idList } from '../../model/values';
import { argument } from '../arguments';
import { statement } from '../compile/context';
import { each, entityOf, relationshipOf, shape, writeShape } from '../compile/shape';
import { onlyRow, planner } from '../plan';
import { requireExisting } from './checks';

/**
 * compareCompanies(ids): the companies side by side. The statement collects, once, the standards
 * each holds (`standardHolders`), the alliances each belongs to (`allianceMembers`) and the metric
 * values (`metricValues`); the shapes below read those lists for the fields selected.
 */

const MAX_COMPARED = 20;

/** Written where `cs` holds the companies, in the order asked. */
const companyStandards = (held: (company: string) => string) =>
  shape<{ company: string }>('CompanyStandards', {
    company: (e, t, cx) => entityOf(cx, 'Company', e.company, t),
    standards: (e, t, cx) => each(cx, held(e.company), (s) => entityOf(cx, 'Standard', s, t)),
  });
const STANDARDS_HELD = companyStandards((co) => `[h IN standardHolders WHERE ${co} IN h.holders | h.s]`);
const STANDARDS_HELD_BY_ONE = companyStandards((co) => `[h IN standardHolders WHERE size(h.holders) = 1 AND ${co} IN h.holders | h.s]`);

export const STANDARD_COMPARISON = shape<Record<string, never>>('StandardComparison', {
  byCompany: (_e, t, cx) => each(cx, 'cs', (company) => writeShape(STANDARDS_HELD, { company }, t, cx)),
  heldByAll: (_e, t, cx) => each(cx, '[h IN standardHolders WHERE size(h.holders) = size(cs) | h.s]', (s) => entityOf(cx, 'Standard', s, t)),
  heldByOne: (_e, t, cx) => each(cx, 'cs', (company) => writeShape(STANDARDS_HELD_BY_ONE, { company }, t, cx)),
});

export const SHARED_ALLIANCE = shape<{ entry: string }>('SharedAlliance', {
  alliance: (e, t, cx) => entityOf(cx, 'Alliance', `${e.entry}.a`, t),
  members: (e, t, cx) => each(cx, `${e.entry}.rels`, (r) => relationshipOf(cx, 'Membership', r, t)),
});

export const COMPANY_ALLIANCES = shape<{ company: string }>('CompanyAlliances', {
  company: (e, t, cx) => entityOf(cx, 'Company', e.company, t),
  alliances: (e, t, cx) =>
    each(cx, `[m IN allianceMembers WHERE size(m.members) = 1 AND ${e.company} IN m.members | m.a]`, (a) => entityOf(cx, 'Alliance', a, t)),
});

export const ALLIANCE_COMPARISON = shape<Record<string, never>>('AllianceComparison', {
  shared: (_e, t, cx) => each(cx, '[m IN allianceMembers WHERE size(m.members) >= 2]', (entry) => writeShape(SHARED_ALLIANCE, { entry }, t, cx)),
  unique: (_e, t, cx) => each(cx, 'cs', (company) => writeShape(COMPANY_ALLIANCES, { company }, t, cx)),
});

export const METRIC_COMPARISON = shape<{ entry: string }>('MetricComparison', {
  metric: (e, t, cx) => entityOf(cx, 'Metric', `${e.entry}.m`, t),
  values: (e, t, cx) => each(cx, `${e.entry}.rels`, (r) => relationshipOf(cx, 'MetricValue', r, t)),
});

export const COMPARISON = shape<Record<string, never>>('Comparison', {
  companies: (_e, t, cx) => each(cx, 'cs', (co) => entityOf(cx, 'Company', co, t)),
  standards: (_e, t, cx) => writeShape(STANDARD_COMPARISON, {}, t, cx),
  alliances: (_e, t, cx) => writeShape(ALLIANCE_COMPARISON, {}, t, cx),
  metrics: (_e, t, cx) => each(cx, 'metricValues', (entry) => writeShape(METRIC_COMPARISON, { entry }, t, cx)),
});

export const COMPARE_SHAPES = [COMPARISON, STANDARD_COMPARISON, STANDARDS_HELD, ALLIANCE_COMPARISON, SHARED_ALLIANCE, COMPANY_ALLIANCES, METRIC_COMPARISON];

export const compareCompaniesPlanner = planner<QueryCompareCompaniesArgs>('Query', 'compareCompanies', (_root, { ids }, tree, p) => {
  const unique = argument(idList(MAX_COMPARED), [...new Set(ids)], 'ids');
  return {
    checks: [requireExisting(p, 'Company', unique)],
    statement: statement(p, (cx) => {
      const idsParam = cx.names.param(unique);
      return (
        `UNWIND range(0, size(${idsParam}) - 1) AS ci MATCH (co:Company {id: ${idsParam}[ci]}) WITH co, ci ORDER BY ci WITH collect(co) AS cs ` +
        `CALL { WITH cs UNWIND cs AS co MATCH (co)-[:HOLDS_CERTIFICATION]->(s:Standard) ` +
        `WITH s, collect(DISTINCT co) AS holders ORDER BY s.code RETURN collect({s: s, holders: holders}) AS standardHolders } ` +
        `CALL { WITH cs UNWIND cs AS co MATCH (co)-[r:MEMBER_OF]->(a:Alliance) ` +
        `WITH a, collect(DISTINCT co) AS members, collect(r) AS rels ORDER BY a.name RETURN collect({a: a, members: members, rels: rels}) AS allianceMembers } ` +
        `CALL { WITH cs UNWIND cs AS co MATCH (co)-[r:REPORTED]->(m:Metric) WITH m, co, r ORDER BY m.key, co.name, r.year, coalesce(r.segment, '') ` +
        `WITH m, collect(r) AS rels RETURN collect({m: m, rels: rels}) AS metricValues } ` +
        `RETURN ${writeShape(COMPARISON, {}, tree, cx)} AS result`
      );
    }),
    answer: onlyRow,
  };
});
