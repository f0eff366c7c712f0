import type { QueryCompareCompaniesArgs } from '../../generated/graphql';
import { holderKindOf } from '../../model/declarations/certification';
import { breakdownScope, metricLookup } from '../../model/declarations/metric';
import { idList } from '../../model/values';
import { argument } from '../arguments';
import { requireKnown, statement, type Compiling } from '../compile/context';
import { inScope, scopeValuesOf } from '../compile/scope';
import { bind, each, entityOf, relationshipOf, shape, writeShape } from '../compile/shape';
import { and } from '../compile/where';
import { onlyRow, planner } from '../plan';
import { requireExisting } from './checks';
import type { ResolveTree } from 'graphql-parse-resolve-info';

/**
 * compareCompanies(ids): the companies side by side. The statement collects, once, the standards
 * each holds through holdings of `holderKinds` (`standardHolders`), the alliances each belongs to
 * (`allianceMembers`) and the metric values (`metricValues`); the shapes below read those lists for
 * the fields selected.
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

/**
 * The metric entries `Comparison.metrics(...)` selects from `metricValues`: the keys asked for, each
 * with its values by the breakdown rule (and years, dimension); metrics left with no value drop out.
 * `latestYear` keeps each company's latest year among the values selected.
 */
function selectedMetrics(t: ResolveTree, cx: Compiling): string {
  const { keys, years, breakdowns, dimension, latestYear } = t.args;
  const entry = cx.names.variable('entry');
  const r = cx.names.variable('r');
  const keyList = Array.isArray(keys) ? [...new Set(keys.map(String))] : undefined;
  if (keyList) requireKnown(cx, metricLookup, keyList, 'metrics.keys');
  const kept = and([
    inScope(cx, breakdownScope, r, breakdowns, 'metrics.breakdowns'),
    ...(Array.isArray(years) ? [`${r}.year IN ${cx.names.param(years)}`] : []),
    ...(typeof dimension === 'string' ? [`${r}.dimension = ${cx.names.param(dimension)}`] : []),
  ]);
  // The metrics of `keys` in the order asked (the columns of a table); otherwise every metric, by key.
  const inOrder = (list: readonly string[]) => {
    const k = cx.names.variable('k');
    const found = cx.names.variable('found');
    return `[${found} IN [${k} IN ${cx.names.param(list)} | head([${entry} IN metricValues WHERE ${entry}.m.key = ${k}])] WHERE ${found} IS NOT NULL]`;
  };
  const source = keyList ? inOrder(keyList) : 'metricValues';
  const nonEmpty = (list: string, rels: (x: string) => string) => {
    const e = cx.names.variable('e');
    const x = cx.names.variable('x');
    return `[${e} IN [${x} IN ${list} | {m: ${x}.m, rels: ${rels(x)}}] WHERE size(${e}.rels) > 0]`;
  };
  const selected = nonEmpty(source, (x) => `[${r} IN ${x}.rels WHERE ${kept}]`);
  if (latestYear !== true) return selected;
  return bind(cx, selected, (sel) => {
    const co = cx.names.variable('co');
    const y = cx.names.variable('y');
    const z = cx.names.variable('y');
    const s = cx.names.variable('s');
    const v = cx.names.variable('v');
    const latestOf = `reduce(${z} = ${y}, ${v} IN ${s}.rels | CASE WHEN startNode(${v}) = ${co} AND ${v}.year > ${z} THEN ${v}.year ELSE ${z} END)`;
    const latest = `[${co} IN cs | {co: ${co}, year: reduce(${y} = -1, ${s} IN ${sel} | ${latestOf})}]`;
    return bind(cx, latest, (years) => {
      const l = cx.names.variable('l');
      const w = cx.names.variable('w');
      return nonEmpty(sel, (x) => `[${w} IN ${x}.rels WHERE ${w}.year = head([${l} IN ${years} WHERE ${l}.co = startNode(${w}) | ${l}.year])]`);
    });
  });
}

/** Written where `cs` holds the companies and `holderKinds` (a parameter) the holder kinds counted. */
export const COMPARISON = shape<{ holderKinds: string }>('Comparison', {
  companies: (_e, t, cx) => each(cx, 'cs', (co) => entityOf(cx, 'Company', co, t)),
  holderKinds: (e) => e.holderKinds,
  standards: (_e, t, cx) => writeShape(STANDARD_COMPARISON, {}, t, cx),
  alliances: (_e, t, cx) => writeShape(ALLIANCE_COMPARISON, {}, t, cx),
  metrics: (_e, t, cx) => each(cx, selectedMetrics(t, cx), (entry) => writeShape(METRIC_COMPARISON, { entry }, t, cx)),
});

export const COMPARE_SHAPES = [COMPARISON, STANDARD_COMPARISON, STANDARDS_HELD, ALLIANCE_COMPARISON, SHARED_ALLIANCE, COMPANY_ALLIANCES, METRIC_COMPARISON];

export const compareCompaniesPlanner = planner<QueryCompareCompaniesArgs>('Query', 'compareCompanies', (_root, { ids, holderKinds }, tree, p) => {
  const unique = argument(idList(MAX_COMPARED), [...new Set(ids)], 'ids');
  const kinds = scopeValuesOf(holderKinds, 'holderKinds');
  return {
    checks: [requireExisting(p, 'Company', unique)],
    statement: statement(p, (cx) => {
      const idsParam = cx.names.param(unique);
      const kindsParam = cx.names.param(kinds);
      return (
        `UNWIND range(0, size(${idsParam}) - 1) AS ci MATCH (co:Company {id: ${idsParam}[ci]}) WITH co, ci ORDER BY ci WITH collect(co) AS cs ` +
        `CALL { WITH cs UNWIND cs AS co MATCH (co)-[h:HOLDS_CERTIFICATION]->(s:Standard) WHERE ${holderKindOf('h')} IN ${kindsParam} ` +
        `WITH s, collect(DISTINCT co) AS holders ORDER BY s.code RETURN collect({s: s, holders: holders}) AS standardHolders } ` +
        `CALL { WITH cs UNWIND cs AS co MATCH (co)-[r:MEMBER_OF]->(a:Alliance) ` +
        `WITH a, collect(DISTINCT co) AS members, collect(r) AS rels ORDER BY a.name RETURN collect({a: a, members: members, rels: rels}) AS allianceMembers } ` +
        `CALL { WITH cs UNWIND cs AS co MATCH (co)-[r:REPORTED]->(m:Metric) WITH m, co, r ORDER BY m.key, co.name, r.year, coalesce(r.segment, '') ` +
        `WITH m, collect(r) AS rels RETURN collect({m: m, rels: rels}) AS metricValues } ` +
        `RETURN ${writeShape(COMPARISON, { holderKinds: kindsParam }, tree, cx)} AS result`
      );
    }),
    answer: onlyRow,
  };
});
