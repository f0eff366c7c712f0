import { z } from 'zod';
import type { Company } from '../../ingest/facts/schema';
import { named, unique } from '../../ingest/load/node-props';
import { holderKindOf, holderScope, standardLookup } from './certification';
import { breakdownScope, metricLookup } from './metric';
import { chineseName, declare, incoming, nodes, outgoing, prop, relationships, resolver, type Anchor, type CustomFilter } from '../declare';

/** schema/company.graphql: companies, their parents and subsidiaries. */

const companyNode = (c: Company) => ({
  id: c.id,
  props: named(
    { ...c, aliases: [...c.aliases, ...c.shortNames] },
    {
      shortNames: c.shortNames.length > 0 ? unique(c.shortNames) : undefined,
      tickers: unique(c.tickers),
      headquarters: c.headquarters,
      founded: c.founded,
      industry: c.industry,
      website: c.website,
    },
    c.tickers,
  ),
});

const standardSet = z.object({
  all: z.array(z.string()).nullish(),
  any: z.array(z.string()).nullish(),
  none: z.array(z.string()).nullish(),
  holderKinds: z.array(z.string()).nullish(),
});

/**
 * `holdsStandards: { all, any, none, holderKinds }`: shorthand over certifications, by standard id or
 * code in any spelling, counting the holdings of `holderKinds` (the company's own by default).
 */
const holdsStandards: CustomFilter = (n, value, scope) => {
  const { all, any, none, holderKinds } = standardSet.parse(value);
  const parts: string[] = [];
  // A parameter only when some set uses it, once however many do.
  let kinds: string | undefined;
  const kindsParam = (list: string[]) => (kinds ??= scope.param(list));
  /** A holding in scope of a standard the prepared value `p` names (`s` is bound to the standard). */
  const holding = (s: string, names: string) => {
    const h = scope.variable('h');
    return `MATCH (${n})-[${h}:HOLDS_CERTIFICATION]->(${s}:Standard) WHERE ${names}${holderKinds ? ` AND ${holderKindOf(h)} IN ${kindsParam(holderKinds)}` : ''}`;
  };
  const named = (values: readonly string[], at: string) => {
    scope.require(standardLookup, values, `holdsStandards.${at}`);
    return scope.param(values.map((v) => standardLookup.param?.(v) ?? v));
  };
  if (all) {
    const id = scope.variable('sid');
    const s = scope.variable('s');
    parts.push(`all(${id} IN ${named(all, 'all')} WHERE EXISTS { ${holding(s, standardLookup.matches(s, id))} })`);
  }
  for (const [at, values, negate] of [['any', any, false], ['none', none, true]] as const) {
    if (!values) continue;
    const id = scope.variable('sid');
    const s = scope.variable('s');
    parts.push(`${negate ? 'NOT ' : ''}EXISTS { ${holding(s, `any(${id} IN ${named(values, at)} WHERE ${standardLookup.matches(s, id)})`)} }`);
  }
  return parts.length > 0 ? parts.join(' AND ') : undefined;
};

const hasReports: CustomFilter = (n, value) => `${z.boolean().parse(value) ? '' : 'NOT '}EXISTS { (${n})-[:PUBLISHED]->(:Report) }`;

const anchorFilter = z.looseObject({ holdsStandards: z.looseObject({ all: z.array(z.string()).nullish(), holderKinds: z.array(z.string()).nullish() }).nullish() }).nullish();

/**
/**
 * `holdsStandards.all`: the standards' holders read from the standards' side, each kept when it holds
 * every one of them (through holdings of `holderKinds`, when given). A company's relationships are not
 * grouped by type (it is not a dense node), so testing whether a company holds a standard reads all of
 * them; reading a standard's holders reads about one relationship each. So this reads every holder of
 * the standards once, instead of testing each holder of one of them against the others.
 */
const standardsHolders: Anchor = (where, node, scope) => {
  const parsed = anchorFilter.safeParse(where).data;
  const all = parsed?.holdsStandards?.all;
  if (!parsed || !all || all.length === 0) return undefined;
  const names = [...new Set(all)];
  scope.require(standardLookup, names, 'holdsStandards.all');
  const named = scope.param(names.map((v) => standardLookup.param?.(v) ?? v));
  const kinds = parsed.holdsStandards?.holderKinds;
  const s = scope.variable('s');
  const h = scope.variable('h');
  const id = scope.variable('sid');
  const held = scope.variable('held');
  const x = scope.variable('x');
  const { all: _all, ...otherSets } = parsed.holdsStandards ?? {};
  const rest = { ...parsed, holdsStandards: otherSets };
  return {
    source:
      `MATCH (${s}:Standard)<-[${h}:HOLDS_CERTIFICATION]-(${node}) WHERE any(${id} IN ${named} WHERE ${standardLookup.matches(s, id)})` +
      `${kinds ? ` AND ${holderKindOf(h)} IN ${scope.param(kinds)}` : ''} ` +
      `WITH ${node}, collect(DISTINCT ${s}) AS ${held} WHERE all(${id} IN ${named} WHERE any(${x} IN ${held} WHERE ${standardLookup.matches(x, id)})) WITH ${node}`,
    rest,
  };
};

export default declare({
  entities: [
    {
      label: 'Company',
      properties: {
        id: prop,
        name: prop,
        nameZh: chineseName,
        nameZhHans: prop,
        shortNames: prop,
        aliases: prop,
        tickers: prop,
        headquarters: prop,
        founded: prop,
        industry: prop,
        website: prop,
      },
      fields: {
        certifications: relationships(
          outgoing('HOLDS_CERTIFICATION'),
          (v) => [`${v.far}.code`, `${v.r}.holderKind`, `coalesce(${v.r}.holder, '')`, `coalesce(${v.r}.report, '')`],
          undefined,
          holderScope,
        ),
        memberships: relationships(outgoing('MEMBER_OF'), (v) => [`${v.far}.name`, `${v.r}.role`, `coalesce(${v.r}.report, '')`]),
        programmes: nodes(outgoing('RUNS'), (p) => [`${p}.name`, `${p}.id`]),
        partners: relationships(outgoing('PARTNERS_WITH'), (v) => [`${v.far}.name`, `${v.r}.relation`]),
        suppliers: relationships(outgoing('SUPPLIED_BY'), (v) => [`${v.far}.name`]),
        supplierRequirements: relationships(outgoing('REQUIRES_OF_SUPPLIERS'), (v) => [`${v.r}.text`, `coalesce(${v.r}.report, '')`]),
        sdgs: relationships(outgoing('SUPPORTS'), (v) => [`${v.far}.number`]),
        metrics: relationships(
          outgoing('REPORTED'),
          (v) => [`${v.far}.key`, `${v.r}.year`, `coalesce(${v.r}.segment, '')`],
          { keys: { expr: (v) => `${v.far}.key`, lookup: metricLookup }, years: (v) => `${v.r}.year`, dimension: (v) => `${v.r}.dimension` },
          breakdownScope,
        ),
        reports: nodes(outgoing('PUBLISHED'), (rep) => [`${rep}.year DESC`, `${rep}.id`]),
        parents: relationships(outgoing('SUBSIDIARY_OF'), (v) => [`${v.far}.name`]),
        subsidiaries: relationships(incoming('SUBSIDIARY_OF'), (v) => [`${v.far}.name`]),
        peers: resolver,
      },
      filters: { hasReports, holdsStandards },
      root: {
        byId: { field: 'company' },
        list: { field: 'companies', sort: [{ field: 'name', direction: 'ASC' }], anchor: standardsHolders },
      },
      search: true,
      indexes: { range: ['name', 'nameZhHans'], text: ['name', 'nameZhHans'] },
      resolution: { namespace: 'party' },
      removeWhenOrphaned: true,
      sources: [
        { section: 'company', node: companyNode },
        { section: 'relatedCompanies', node: companyNode },
      ],
    },
  ],
  relationships: [
    {
      type: 'SUBSIDIARY_OF',
      from: 'Company',
      to: 'Company',
      object: { type: 'CompanyLink', ends: { company: 'far' }, properties: {}, evidence: 'evidence' },
      path: true,
      facts: [
        {
          section: 'relatedCompanies',
          rows: (c, facts) => [
            c.relation === 'PARENT'
              ? { from: facts.company.id, to: c.id, evidence: c.evidence }
              : { from: c.id, to: facts.company.id, evidence: c.evidence },
          ],
        },
      ],
    },
  ],
});
