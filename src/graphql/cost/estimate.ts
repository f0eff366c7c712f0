import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { ENTITY_LABELS, FANOUTS, FILTER_PROPERTIES, FILTER_RELATIONS, LOOKUPS, PEER_PATHS, type Fanout, type Walk } from './relations';
import { PATH_RELATIONSHIPS, type GraphStatistics } from './statistics';

/**
 * The price of an operation in Neo4j's own unit, db hits, estimated from the operation, its
 * variables and the graph's statistics before anything runs: how many nodes each filter makes Neo4j
 * visit (an indexed equality visits the matches, an unindexed `contains` every node of the label, a
 * `some`/`none`/`all` filter every related node of every candidate), page sizes multiplied through
 * nesting, the walks of peers and paths, search hits. The weights are fitted to PROFILE on the 100x
 * synthetic graph (bench/calibrate-cost.ts, bench/results/cost-calibration.md).
 */
export const WEIGHTS = {
  /** Finding one node by an indexed value (index seek + the node). */
  seek: 3,
  /** Visiting a candidate node: label or index scan, its label check and a property for ordering. */
  candidate: 3,
  /** One relationship followed, with its other end. */
  expand: 2,
  /** One property read to test a predicate. */
  predicate: 1,
  /** One scalar field of one output row. */
  scalar: 1,
  /**
   * Planning a predicate of a filter, in db-hit equivalents: a cold plan of a filter costs Neo4j's
   * planner time that grows with the number of predicates (an OR over twenty predicates takes
   * hundreds of milliseconds to plan on a busy machine).
   */
  planPredicate: 100,
  /** A fulltext query (Lucene), before its hits. */
  search: 200,
  /** Share of all entities a fulltext query may hit, for a text the estimate cannot look into. */
  searchHitShare: 0.25,
  /**
   * Share of a label's nodes an index scan for `startsWith`/`contains`/`endsWith` may return: the
   * text is not looked into, and a common word matches most names.
   */
  textMatchShare: 0.5,
  /** Properties read per point of a metric series or fact of a comparison. */
  factProperties: 4,
  /**
   * Inside a relationship filter on a small label, Neo4j's planner starts the inner match from the
   * label's index once per outer candidate (PROFILE: `memberships: { some: { alliance: { name:
   * { contains } } } }` reads every matching alliance for every company); on larger labels it follows
   * the candidate's relationships instead. Db hits per index match and outer candidate, and the
   * label size up to which the planner was seen to choose the index.
   */
  indexPerOuterRow: 16,
  smallLabel: 500,
  /** A curation write. */
  write: 50,
};

/** Rows of a list the statistics do not cover (evidence of a fact, shared items of a peer...). */
const SMALL_LIST = 3;

export interface CostLimits {
  defaultPageSize: number;
  maxPageSize: number;
  maxNestedList: number;
}

export interface CostEstimate {
  /** Estimated db hits of the whole operation. */
  cost: number;
  /** The same, by root field (response key). */
  fields: Record<string, number>;
}

interface Filter {
  /** Db hits to test one candidate. */
  perCandidate: number;
  /** Predicates to plan. */
  predicates: number;
  /** How many candidates an index gives, when the filter lets Neo4j start from one. */
  anchored?: number;
  /** Db hits per candidate of index scans for filters on related nodes (Neo4j may run them for each candidate). */
  nested?: number;
}

const NO_FILTER: Filter = { perCandidate: 0, predicates: 0 };

type Args = Record<string, unknown>;

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const size = (v: unknown) => (Array.isArray(v) ? v.length : 0);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

class Estimator {
  /** Rows of lists inside computed results, set by their root field from its arguments. */
  private readonly computedRows: Record<string, number> = {};

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly stats: GraphStatistics,
    private readonly limits: CostLimits,
  ) {}

  /** Fields of a selection set with the type they are selected on (fragments expanded; directives ignored: an upper bound). */
  fields(type: GraphQLCompositeType, set: SelectionSetNode | undefined, depth = 0): [GraphQLCompositeType, FieldNode][] {
    if (!set || depth > 64) return [];
    return set.selections.flatMap((s): [GraphQLCompositeType, FieldNode][] => {
      if (s.kind === Kind.FIELD) return [[type, s]];
      const fragment = s.kind === Kind.FRAGMENT_SPREAD ? this.fragments[s.name.value] : s;
      if (!fragment) return [];
      const condition = fragment.typeCondition ? (this.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
      return condition ? this.fields(condition, fragment.selectionSet, depth + 1) : [];
    });
  }

  selection(type: GraphQLCompositeType, set: SelectionSetNode | undefined, rows: number): number {
    return this.fields(type, set).reduce((sum, [parent, node]) => sum + this.field(parent, node, rows), 0);
  }

  args(def: GraphQLField<unknown, unknown>, node: FieldNode): Args {
    try {
      return getArgumentValues(def, node, this.variables) as Args;
    } catch {
      return {};
    }
  }

  field(parent: GraphQLCompositeType, node: FieldNode, rows: number): number {
    const name = node.name.value;
    if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const def = parent.getFields()[name];
    if (!def) return 0;
    const named = getNamedType(def.type);
    if (isLeafType(named)) return rows * WEIGHTS.scalar;
    const args = this.args(def, node);
    const coordinate = `${parent.name}.${name}`;
    const target = named as GraphQLCompositeType;
    if (parent === this.schema.getQueryType()) return this.root(def, target, node, args);
    if (parent === this.schema.getMutationType()) return WEIGHTS.write + this.selection(target, node.selectionSet, 1);
    if (named.name.endsWith('Connection')) return this.connection(coordinate, def, target, node, args, rows);
    // A connection's edges and an edge's node are the rows the connection already priced.
    if (parent.name.endsWith('Connection') || parent.name.endsWith('Edge')) {
      if (name === 'edges' || name === 'node') return this.selection(target, node.selectionSet, rows);
    }
    if (coordinate === 'Company.peers') return this.peers(target, node, args, rows);
    if (!listOf(def.type)) return rows * WEIGHTS.expand + this.selection(target, node.selectionSet, rows);
    return this.list(coordinate, def, target, node, args, rows);
  }

  /** Total related nodes of `parents` nodes: the average degree each, but at least one node of the largest degree; step by step along a walk. */
  related(parents: number, walk: Fanout | Walk): number {
    return (Array.isArray(walk) ? walk : [walk as Fanout]).reduce((n, fanout) => {
      const { average, max } = this.stats.degree(fanout);
      return Math.min(n * max, Math.max(n * average, max));
    }, parents);
  }

  list(coordinate: string, def: GraphQLField<unknown, unknown>, target: GraphQLCompositeType, node: FieldNode, args: Args, rows: number): number {
    const limit = args.first === undefined || args.first === null ? this.limits.maxNestedList : clamp(Number(args.first) || 0, 0, this.limits.maxNestedList);
    const fanout = FANOUTS[coordinate];
    if (!fanout) {
      const out = rows * Math.min(limit, this.computedRows[coordinate] ?? SMALL_LIST);
      return out * WEIGHTS.expand + this.selection(target, node.selectionSet, out);
    }
    const related = this.related(rows, fanout);
    const filter = this.filter(inputTypeOf(def, 'where'), args.where, target.name);
    const out = Math.min(related, rows * limit);
    return related * (WEIGHTS.expand + filter.perCandidate) + filter.predicates * WEIGHTS.planPredicate + this.selection(target, node.selectionSet, out);
  }

  connection(coordinate: string, def: GraphQLField<unknown, unknown>, type: GraphQLCompositeType, node: FieldNode, args: Args, rows: number, root = false): number {
    const label = connectionNode(type);
    const first = args.first === undefined || args.first === null ? this.limits.defaultPageSize : clamp(Number(args.first) || 0, 0, this.limits.maxPageSize);
    const fanout = FANOUTS[coordinate];
    const all = root ? this.stats.nodes(label) : fanout ? this.related(rows, fanout) : rows * SMALL_LIST;
    // Reached through relationships, each candidate is also an expand.
    const visit = root ? WEIGHTS.candidate : WEIGHTS.candidate + WEIGHTS.expand;
    const filter = this.filter(inputTypeOf(def, 'where'), args.where, root ? label : undefined);
    const candidates = filter.anchored !== undefined ? Math.min(all, filter.anchored) : all;
    // A page is sorted: Neo4j reads every candidate (PROFILE shows a label scan or a full expand
    // and a sort even for a first page without a filter), then keeps `first` of them.
    const out = Math.min(candidates, rows * first);
    return candidates * (visit + filter.perCandidate) + filter.predicates * WEIGHTS.planPredicate + this.selection(type, node.selectionSet, out);
  }

  peers(target: GraphQLCompositeType, node: FieldNode, args: Args, rows: number): number {
    const by = Array.isArray(args.by) && args.by.length > 0 ? (args.by as string[]) : Object.keys(PEER_PATHS);
    // Items shared with others are the well-connected ones: past the first hop, the largest degree.
    const hop = (f: Fanout, i: number) => {
      const { average, max } = this.stats.degree(f);
      return Math.max(1, i === 0 ? average : max);
    };

    // From the companies (one of them may be the best connected) to their items, then on from each item.
    const walk = by.reduce((sum, d) => {
      const [start, ...on] = PEER_PATHS[d] ?? [];
      return start ? sum + on.reduce((n, f, i) => n * hop(f, i + 1), this.related(rows, start)) : sum;
    }, 0);
    const first = args.first === undefined || args.first === null ? 10 : clamp(Number(args.first) || 0, 0, this.limits.maxPageSize);
    return walk * WEIGHTS.expand + this.selection(target, node.selectionSet, rows * first);
  }

  root(def: GraphQLField<unknown, unknown>, type: GraphQLCompositeType, node: FieldNode, args: Args): number {
    const name = def.name;
    const rest = (rows: number) => this.selection(type, node.selectionSet, rows);
    if (LOOKUPS.has(name)) return WEIGHTS.seek + rest(1);
    if (name === 'nodes') return size(args.ids) * WEIGHTS.seek + rest(size(args.ids));
    if (type.name.endsWith('Connection')) return this.connection(`Query.${name}`, def, type, node, args, 1, true);
    if (name === 'search') {
      const first = args.first === undefined || args.first === null ? 10 : clamp(Number(args.first) || 0, 0, this.limits.maxPageSize);
      return WEIGHTS.search + this.stats.nodes('Entity') * WEIGHTS.searchHitShare * WEIGHTS.candidate + rest(first);
    }
    if (name === 'connection') {
      const hops = clamp(Number(args.maxHops ?? 4) || 4, 1, 6);
      const first = clamp(Number(args.first ?? 5) || 5, 1, 50);
      const rels = this.stats.nodes(PATH_RELATIONSHIPS);
      const degree = (2 * rels) / Math.max(1, this.stats.nodes('Entity'));
      // Shortest paths grow a breadth-first search from both ends: about degree^(hops/2) each, at most the whole graph.
      const walked = Math.min(2 * rels, 2 * Math.pow(Math.max(degree, 1), hops / 2));
      this.computedRows['Path.hops'] = hops;
      return walked * hops * WEIGHTS.expand + rest(first);
    }
    if (name === 'coverage') {
      const companies = size(args.companyIds) || this.stats.nodes('Company');
      const standards = size(args.standardIds) || 4;
      this.computedRows['Coverage.rows'] = companies;
      this.computedRows['Coverage.standards'] = standards;
      this.computedRows['CoverageRow.cells'] = standards;
      const held = Math.max(1, this.stats.degree({ from: 'Company', type: 'HOLDS_CERTIFICATION', direction: 'out' }).average);
      return companies * (WEIGHTS.candidate + standards * held * (WEIGHTS.expand + WEIGHTS.factProperties)) + rest(1);
    }
    if (name === 'compareCompanies') {
      const n = size(args.ids);
      const facts = ['HOLDS_CERTIFICATION', 'MEMBER_OF', 'REPORTED'].reduce((sum, t) => sum + this.related(n, { from: 'Company', type: t, direction: 'out' }), 0);
      for (const c of ['Comparison.companies', 'StandardComparison.byCompany', 'StandardComparison.heldByOne', 'AllianceComparison.unique']) this.computedRows[c] = n;
      return n * WEIGHTS.seek + facts * (WEIGHTS.expand + WEIGHTS.factProperties) + rest(1);
    }
    if (name === 'metricSeries') {
      const points = size(args.companyIds) ? size(args.companyIds) * SMALL_LIST : this.related(1, FANOUTS['Metric.values']!);
      this.computedRows['MetricSeries.points'] = points;
      return WEIGHTS.seek + points * (WEIGHTS.expand + WEIGHTS.factProperties) + rest(1);
    }
    return WEIGHTS.seek + rest(1);
  }

  /** What a `where` value makes Neo4j do per candidate, and whether an index gives the candidates. */
  filter(input: GraphQLInputObjectType | undefined, value: unknown, label?: string, depth = 0): Filter {
    if (!input || !isRecord(value) || depth > 64) return NO_FILTER;
    const fields = input.getFields();
    const parts: Filter[] = [];
    let anchored: number | undefined;
    const anchor = (n: number) => (anchored = anchored === undefined ? n : Math.min(anchored, n));
    for (const [name, v] of Object.entries(value)) {
      if (v === undefined || v === null) continue;
      if (name === 'AND' || name === 'OR') {
        const items = (Array.isArray(v) ? v : [v]).map((w) => this.filter(input, w, label, depth + 1));
        parts.push(...items);
        const anchors = items.map((i) => i.anchored);
        if (items.length > 0 && anchors.every((a) => a !== undefined)) {
          anchor(name === 'AND' ? Math.min(...(anchors as number[])) : (anchors as number[]).reduce((a, b) => a + b, 0));
        }
        continue;
      }
      if (name === 'NOT') {
        parts.push(this.filter(input, v, undefined, depth + 1));
        continue;
      }
      const field = fields[name];
      if (!field) continue;
      const type = getNamedType(field.type);
      const relation = FILTER_RELATIONS[`${input.name}.${name}`];
      if (relation) {
        parts.push(this.relationFilter(relation, type, v, depth));
        if (name === 'holdsStandards' && isRecord(v) && size(v.all) > 0) {
          anchor(this.stats.degree({ from: 'Standard', type: 'HOLDS_CERTIFICATION', direction: 'in' }).max);
        }
        continue;
      }
      if (isInputObjectType(type) && type.name.endsWith('Where')) {
        const inner = this.filter(type, v, labelOf(type), depth + 1);
        parts.push({ perCandidate: inner.perCandidate + WEIGHTS.predicate, predicates: inner.predicates, nested: inner.nested ?? 0 });
        continue;
      }
      const ops = isRecord(v) ? Object.entries(v).filter(([, x]) => x !== undefined && x !== null) : [[name, v] as [string, unknown]];
      parts.push({ perCandidate: ops.length * WEIGHTS.predicate, predicates: ops.length });
      if (label && ENTITY_LABELS.has(label)) {
        const n = this.indexed(label, name, ops);
        if (n !== undefined) anchor(n);
      }
    }
    const indexPerOuterRow = label && anchored !== undefined && this.stats.nodes(label) <= WEIGHTS.smallLabel ? anchored * WEIGHTS.indexPerOuterRow : 0;
    return {
      perCandidate: parts.reduce((s, p) => s + p.perCandidate, 0),
      predicates: parts.reduce((s, p) => s + p.predicates, 0),
      nested: indexPerOuterRow + parts.reduce((s, p) => s + (p.nested ?? 0), 0),
      ...(anchored !== undefined ? { anchored } : {}),
    };
  }

  /** Candidates an index gives for operators on one property, or undefined when no index serves them. */
  indexed(label: string, field: string, ops: [string, unknown][]): number | undefined {
    const kinds = this.stats.indexes(label, FILTER_PROPERTIES[field] ?? field);
    const all = this.stats.nodes(label);
    const text = Math.max(1, all * WEIGHTS.textMatchShare);
    let best: number | undefined;
    const take = (n: number) => (best = best === undefined ? n : Math.min(best, n));
    for (const [op, v] of ops) {
      if (op === 'eq' && (kinds.has('RANGE') || kinds.has('TEXT'))) take(1);
      else if (op === 'in' && kinds.has('RANGE')) take(size(v));
      else if (op === 'startsWith' && (kinds.has('RANGE') || kinds.has('TEXT'))) take(text);
      else if ((op === 'contains' || op === 'endsWith') && kinds.has('TEXT')) take(text);
    }
    return best;
  }

  relationFilter(relation: Walk, type: GraphQLNamedType, value: unknown, depth: number): Filter {
    const degree = relation.reduce((n, step) => n * Math.max(1, this.stats.degree(step).average), 1);
    if (!isInputObjectType(type) || !isRecord(value)) return { perCandidate: WEIGHTS.expand, predicates: 1 };
    const fields = type.getFields();
    // some / none / all over related nodes; a *Where straight on the related node; an operator filter on it.
    const quantified = ['some', 'none', 'all'].filter((q) => fields[q] && value[q] !== undefined && value[q] !== null);
    if (quantified.length > 0) {
      return quantified.reduce<Filter>(
        (acc, q) => {
          const innerType = getNamedType(fields[q]!.type) as GraphQLInputObjectType;
          const inner = this.filter(innerType, value[q], labelOf(innerType), depth + 1);
          const perCandidate = degree * (WEIGHTS.expand + inner.perCandidate) + (inner.nested ?? 0);
          return { perCandidate: acc.perCandidate + perCandidate, predicates: acc.predicates + 1 + inner.predicates };
        },
        { perCandidate: 0, predicates: 0 },
      );
    }
    if (type.name.endsWith('Where')) {
      const inner = this.filter(type, value, labelOf(type), depth + 1);
      return { perCandidate: degree * (WEIGHTS.expand + inner.perCandidate) + (inner.nested ?? 0), predicates: 1 + inner.predicates };
    }
    const lists = Object.values(value).filter((v) => v !== undefined && v !== null);
    const tests = lists.reduce<number>((n, v) => n + (Array.isArray(v) ? Math.max(1, v.length) : 1), 0);
    return { perCandidate: tests * degree * (WEIGHTS.expand + WEIGHTS.factProperties), predicates: lists.length };
  }
}

/** The label a `…Where` input tests, when it is an entity's. */
function labelOf(input: GraphQLInputObjectType): string | undefined {
  const label = input.name.replace(/Where$/, '');
  return ENTITY_LABELS.has(label) ? label : undefined;
}

function listOf(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function inputTypeOf(def: GraphQLField<unknown, unknown>, arg: string): GraphQLInputObjectType | undefined {
  const type = def.args.find((a) => a.name === arg)?.type;
  const named = type ? getNamedType(type) : undefined;
  return named && isInputObjectType(named) ? named : undefined;
}

/** The label of a connection's nodes: the type of `edges.node`. */
function connectionNode(connection: GraphQLCompositeType): string {
  if (!isObjectType(connection)) return '';
  const edge = getNamedType(connection.getFields().edges?.type);
  return edge && isObjectType(edge) ? (getNamedType(edge.getFields().node?.type)?.name ?? '') : '';
}

/** Estimates an operation of `document` (the one named, or the only one) with the request's variables. */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  stats: GraphStatistics,
  limits: CostLimits,
): CostEstimate {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const operations = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    else if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = operation?.operation === 'mutation' ? schema.getMutationType() : operation?.operation === 'query' ? schema.getQueryType() : undefined;
  if (!operation || !root) return { cost: 0, fields: {} };
  const estimator = new Estimator(schema, fragments, variables ?? {}, stats, limits);
  const fields: Record<string, number> = {};
  let cost = 0;
  for (const [type, node] of estimator.fields(root, operation.selectionSet)) {
    const c = Math.ceil(estimator.field(type, node, 1));
    const key = node.alias?.value ?? node.name.value;
    fields[key] = (fields[key] ?? 0) + c;
    cost += c;
  }
  return { cost, fields };
}
