import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { CompanyResolvers, QueryResolvers } from '../../generated/graphql';
import { Compiler } from '../compile/compiler';
import { projectEvidence } from '../compile/project';
import { bind, each, entityOf, objectOf, shape } from '../compile/shape';
import type { GraphQLContext } from '../context';
import { notFound, userError } from '../errors';
import { limitsOf, resolveTree, run } from '../execute';
import { projectionModel as model } from '../model';

/** Weight of one shared item, by what kind of thing it is. */
export const PEER_WEIGHTS = { STANDARDS: 3, ALLIANCES: 3, SUPPLIERS: 2, PARTNERS: 2, PROGRAMME_PARTNERS: 2, FRAMEWORKS: 1, SDGS: 1 } as const;
type Dimension = keyof typeof PEER_WEIGHTS;
const ALL_DIMENSIONS = Object.keys(PEER_WEIGHTS) as Dimension[];

/** Where two companies meet, per dimension: a pattern from (me) to the shared item (x) to (other). */
const SHARED_PATTERNS: Record<Dimension, string> = {
  STANDARDS: '(me)-[:HOLDS_CERTIFICATION]->(x:Standard)<-[:HOLDS_CERTIFICATION]-(other:Company)',
  ALLIANCES: '(me)-[:MEMBER_OF]->(x:Alliance)<-[:MEMBER_OF]-(other:Company)',
  SUPPLIERS: '(me)-[:SUPPLIED_BY]->(x:Organization)<-[:SUPPLIED_BY]-(other:Company)',
  PARTNERS: '(me)-[:PARTNERS_WITH]->(x:Organization)<-[:PARTNERS_WITH]-(other:Company)',
  PROGRAMME_PARTNERS:
    '(me)-[:RUNS]->(:Programme)-[:IN_PARTNERSHIP_WITH]->(x:Organization)<-[:IN_PARTNERSHIP_WITH]-(:Programme)<-[:RUNS]-(other:Company)',
  FRAMEWORKS: '(me)-[:PUBLISHED]->(:Report)-[:FOLLOWS]->(x:Framework)<-[:FOLLOWS]-(:Report)<-[:PUBLISHED]-(other:Company)',
  SDGS: '(me)-[:SUPPORTS]->(x:SDG)<-[:SUPPORTS]-(other:Company)',
};

const itemName = (x: string) =>
  `CASE WHEN ${x}:SDG THEN 'SDG ' + toString(${x}.number) + ': ' + ${x}.title ELSE coalesce(${x}.code, ${x}.name, ${x}.title, ${x}.id) END`;

function peersStatement(c: Compiler, companyId: string, by: Dimension[], first: number, tree: ResolveTree): string {
  const branches = by.map(
    (d) => `WITH me MATCH ${SHARED_PATTERNS[d]} WHERE other <> me RETURN DISTINCT other, x, ${c.param(d)} AS dimension`,
  );
  const peer = shape('Peer', tree, {
    company: (t) => entityOf(model, c, 'Company', 'other', t),
    score: () => 'score',
    shared: (t) =>
      each(c, 'shared', (s) =>
        shape('SharedItem', t, {
          dimension: () => `${s}.dimension`,
          name: () => itemName(`${s}.x`),
          node: (nt) => entityOf(model, c, 'Node', `${s}.x`, nt),
        }),
      ),
  });
  return (
    `MATCH (me:Company {id: ${c.param(companyId)}}) ` +
    `CALL { ${branches.join(' UNION ')} } ` +
    `WITH other, dimension, x, ${c.param(PEER_WEIGHTS)}[dimension] AS weight ORDER BY dimension, ${itemName('x')} ` +
    `WITH other, sum(weight) AS score, collect({dimension: dimension, x: x}) AS shared ` +
    `ORDER BY score DESC, other.name ASC LIMIT ${c.int(first)} ` +
    `RETURN ${peer} AS result`
  );
}

function checkIds(ids: readonly string[], max: number, argument: string): void {
  if (ids.length === 0) throw userError(`${argument} must list at least one id`);
  if (ids.length > max) throw userError(`${argument} may list at most ${max} ids`);
}

async function requireExisting(ctx: GraphQLContext, label: 'Company' | 'Standard', ids: readonly string[]): Promise<void> {
  const c = new Compiler(limitsOf(ctx));
  const found = await run<string>(ctx, `MATCH (n:${label}) WHERE n.id IN ${c.param(ids)} RETURN n.id AS result`, c.params);
  const missing = ids.filter((id) => !found.includes(id));
  if (missing.length > 0) throw notFound(label, missing.length === 1 ? missing[0] : missing);
}

export const peerResolvers: CompanyResolvers = {
  peers: async (company, { by, first }, ctx, info) => {
    const dimensions = [...new Set((by && by.length > 0 ? by : ALL_DIMENSIONS) as Dimension[])];
    const size = first ?? 10;
    if (size < 0 || size > ctx.config.MAX_PAGE_SIZE) throw userError(`first must be between 0 and ${ctx.config.MAX_PAGE_SIZE}`);
    const c = new Compiler(limitsOf(ctx));
    return run(ctx, peersStatement(c, company.__id, dimensions, size, resolveTree(info)), c.params);
  },
};

function comparisonStatement(c: Compiler, ids: readonly string[], tree: ResolveTree): string {
  const standardsHeld = (t: ResolveTree) =>
    each(c, 'cs', (co) =>
      shape('CompanyStandards', t, {
        company: (ct) => entityOf(model, c, 'Company', co, ct),
        standards: (st) => each(c, `[h IN standardHolders WHERE ${co} IN h.holders | h.s]`, (s) => entityOf(model, c, 'Standard', s, st)),
      }),
    );
  const heldByOne = (t: ResolveTree) =>
    each(c, 'cs', (co) =>
      shape('CompanyStandards', t, {
        company: (ct) => entityOf(model, c, 'Company', co, ct),
        standards: (st) =>
          each(c, `[h IN standardHolders WHERE size(h.holders) = 1 AND ${co} IN h.holders | h.s]`, (s) => entityOf(model, c, 'Standard', s, st)),
      }),
    );
  const membership = (rel: string, t: ResolveTree) =>
    objectOf(model, c, 'Membership', { r: rel, company: `startNode(${rel})`, alliance: `endNode(${rel})` }, t);
  const comparison = shape('Comparison', tree, {
    companies: (t) => each(c, 'cs', (co) => entityOf(model, c, 'Company', co, t)),
    standards: (t) =>
      shape('StandardComparison', t, {
        byCompany: standardsHeld,
        heldByAll: (st) => each(c, '[h IN standardHolders WHERE size(h.holders) = size(cs) | h.s]', (s) => entityOf(model, c, 'Standard', s, st)),
        heldByOne,
      }),
    alliances: (t) =>
      shape('AllianceComparison', t, {
        shared: (st) =>
          each(c, '[m IN allianceMembers WHERE size(m.members) >= 2]', (m) =>
            shape('SharedAlliance', st, {
              alliance: (at) => entityOf(model, c, 'Alliance', `${m}.a`, at),
              members: (mt) => each(c, `${m}.rels`, (r) => membership(r, mt)),
            }),
          ),
        unique: (ut) =>
          each(c, 'cs', (co) =>
            shape('CompanyAlliances', ut, {
              company: (ct) => entityOf(model, c, 'Company', co, ct),
              alliances: (at) =>
                each(c, `[m IN allianceMembers WHERE size(m.members) = 1 AND ${co} IN m.members | m.a]`, (a) => entityOf(model, c, 'Alliance', a, at)),
            }),
          ),
      }),
    metrics: (t) =>
      each(c, 'metricValues', (mv) =>
        shape('MetricComparison', t, {
          metric: (mt) => entityOf(model, c, 'Metric', `${mv}.m`, mt),
          values: (vt) => each(c, `${mv}.rels`, (r) => objectOf(model, c, 'MetricValue', { r, company: `startNode(${r})`, metric: `endNode(${r})` }, vt)),
        }),
      ),
  });
  const idList = c.param(ids);
  return (
    `UNWIND range(0, size(${idList}) - 1) AS ci MATCH (co:Company {id: ${idList}[ci]}) WITH co, ci ORDER BY ci WITH collect(co) AS cs ` +
    `CALL { WITH cs UNWIND cs AS co MATCH (co)-[:HOLDS_CERTIFICATION]->(s:Standard) ` +
    `  WITH s, collect(DISTINCT co) AS holders ORDER BY s.code RETURN collect({s: s, holders: holders}) AS standardHolders } ` +
    `CALL { WITH cs UNWIND cs AS co MATCH (co)-[r:MEMBER_OF]->(a:Alliance) ` +
    `  WITH a, collect(DISTINCT co) AS members, collect(r) AS rels ORDER BY a.name RETURN collect({a: a, members: members, rels: rels}) AS allianceMembers } ` +
    `CALL { WITH cs UNWIND cs AS co MATCH (co)-[r:REPORTED]->(m:Metric) WITH m, co, r ORDER BY m.key, co.name, r.year, coalesce(r.segment, '') ` +
    `  WITH m, collect(r) AS rels RETURN collect({m: m, rels: rels}) AS metricValues } ` +
    `RETURN ${comparison} AS result`
  );
}

/** Default coverage columns: the management-system certifications most often compared. */
export const DEFAULT_COVERAGE_STANDARDS = ['iso-iec-27001', 'iso-14001', 'iso-45001', 'iso-9001'];

function coverageStatement(c: Compiler, standardIds: readonly string[], companyIds: readonly string[] | null, tree: ResolveTree): string {
  const idList = companyIds ? c.param(companyIds) : '';
  const companies = companyIds
    ? `UNWIND range(0, size(${idList}) - 1) AS ci MATCH (co:Company {id: ${idList}[ci]}) WITH ss, co, ci ORDER BY ci`
    : `MATCH (co:Company) WHERE EXISTS { (co)-[:PUBLISHED]->(:Report) } WITH ss, co ORDER BY co.name`;
  const holds = (co: string, s: string) => `EXISTS { (${co})-[:HOLDS_CERTIFICATION]->(${s}) }`;
  const coverage = shape('Coverage', tree, {
    standards: (t) => each(c, 'ss', (s) => entityOf(model, c, 'Standard', s, t)),
    rows: (t) =>
      each(c, 'cs', (co) =>
        shape('CoverageRow', t, {
          company: (ct) => entityOf(model, c, 'Company', co, ct),
          heldCount: () => `size([s IN ss WHERE ${holds(co, 's')}])`,
          cells: (cellTree) =>
            each(c, 'ss', (s) =>
              shape('CoverageCell', cellTree, {
                company: (ct) => entityOf(model, c, 'Company', co, ct),
                standard: (st) => entityOf(model, c, 'Standard', s, st),
                held: () => holds(co, s),
                holdings: (ht) => {
                  const r = c.variable('r');
                  const cert = objectOf(model, c, 'Certification', { r, company: co, standard: s }, ht);
                  return `COLLECT { MATCH (${co})-[${r}:HOLDS_CERTIFICATION]->(${s}) RETURN ${cert} ORDER BY ${r}.holderKind, coalesce(${r}.holder, '') }`;
                },
              }),
            ),
        }),
      ),
  });
  const standardList = c.param(standardIds);
  return (
    `UNWIND range(0, size(${standardList}) - 1) AS si MATCH (s:Standard {id: ${standardList}[si]}) ` +
    `WITH s, si ORDER BY si WITH collect(s) AS ss ` +
    `${companies} WITH ss, collect(co) AS cs ` +
    `RETURN ${coverage} AS result`
  );
}

/** Relationship types a path may walk, in either direction: every fact but reported metrics. */
const PATH_TYPES =
  'HOLDS_CERTIFICATION|MEMBER_OF|RUNS|IN_PARTNERSHIP_WITH|ADVANCES|PARTNERS_WITH|SUPPLIED_BY|REQUIRES_OF_SUPPLIERS|PUBLISHED|FOLLOWS|SUPPORTS|SUBSIDIARY_OF';
export const MAX_HOPS = 6;

function pathStatement(c: Compiler, from: string, to: string, maxHops: number, first: number, tree: ResolveTree): string {
  const path = shape('Path', tree, {
    length: () => 'length(p)',
    hops: (t) =>
      each(c, 'range(0, length(p) - 1)', (i) =>
        bind(c, `relationships(p)[${i}]`, (r) =>
          shape('PathHop', t, {
            from: (ft) => entityOf(model, c, 'Node', `nodes(p)[${i}]`, ft),
            to: (tt) => entityOf(model, c, 'Node', `nodes(p)[${i} + 1]`, tt),
            relationship: () => `type(${r})`,
            forward: () => `startNode(${r}) = nodes(p)[${i}]`,
            evidence: (et) => projectEvidence(model, `[${r}]`, et, c),
          }),
        ),
      ),
  });
  // The hop bound must be a literal in Cypher; it is an integer checked to be within 1..MAX_HOPS.
  return (
    `MATCH (a:Entity {id: ${c.param(from)}}), (b:Entity {id: ${c.param(to)}}) ` +
    `MATCH p = allShortestPaths((a)-[:${PATH_TYPES}*..${maxHops}]-(b)) ` +
    `WITH p LIMIT ${c.int(first)} RETURN ${path} AS result`
  );
}

async function single<T>(ctx: GraphQLContext, statement: string, c: Compiler): Promise<T> {
  const [result] = await run<T>(ctx, statement, c.params);
  if (result === undefined) throw new Error('statement returned no row');
  return result;
}

export const crossCompanyQueries: QueryResolvers = {
  compareCompanies: async (_root, { ids }, ctx, info: GraphQLResolveInfo) => {
    const unique = [...new Set(ids)];
    checkIds(unique, 20, 'ids');
    await requireExisting(ctx, 'Company', unique);
    const c = new Compiler(limitsOf(ctx));
    return single(ctx, comparisonStatement(c, unique, resolveTree(info)), c);
  },
  coverage: async (_root, { standardIds, companyIds }, ctx, info) => {
    const standards = [...new Set(standardIds ?? DEFAULT_COVERAGE_STANDARDS)];
    checkIds(standards, 50, 'standardIds');
    await requireExisting(ctx, 'Standard', standards);
    const companies = companyIds ? [...new Set(companyIds)] : null;
    if (companies) {
      checkIds(companies, ctx.config.MAX_PAGE_SIZE, 'companyIds');
      await requireExisting(ctx, 'Company', companies);
    }
    const c = new Compiler(limitsOf(ctx));
    return single(ctx, coverageStatement(c, standards, companies, resolveTree(info)), c);
  },
  connection: async (_root, { from, to, maxHops, first }, ctx, info) => {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) throw userError(`maxHops must be between 1 and ${MAX_HOPS}`);
    const count = first ?? 5;
    if (count < 1 || count > 50) throw userError('first must be between 1 and 50');
    if (from === to) throw userError('from and to must be different nodes');
    const c = new Compiler(limitsOf(ctx));
    const found = await run<string>(ctx, `MATCH (n:Entity) WHERE n.id IN ${c.param([from, to])} RETURN n.id AS result`, c.params);
    for (const id of [from, to]) if (!found.includes(id)) throw notFound('Node', id);
    const q = new Compiler(limitsOf(ctx));
    return run(ctx, pathStatement(q, from, to, hops, count, resolveTree(info)), q.params);
  },
};
