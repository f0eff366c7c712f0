import type { ResolveTree } from 'graphql-parse-resolve-info';
import { key, literal, type Compiler } from './compiler';
import { afterCursor, orderBy, pageSize, sortSignature, type SortKey } from './paging';
import type { Vars } from './where';

export type Args = Readonly<Record<string, unknown>>;

/** A nested list: a pattern from the parent's variables, its filter, order and size. */
export interface ListQuery {
  pattern: string;
  vars: Vars;
  where?: string;
  order: string;
  limit: number;
  /** Variable to de-duplicate on (when several relationships lead to the same node); `order` may use only it. */
  distinct?: string;
}

/** A connection: distinct `node` variables matched from the parent, sorted by keys, paged by cursor. */
export interface ConnectionQuery {
  pattern: string;
  /** Must contain `node`: the variable the edges are about. */
  vars: Vars;
  where?: string;
  keys: SortKey[];
  nodeType: string;
  edgeType: string;
  connectionType: string;
  /** Fields an edge has besides cursor and node, compiled against { node, ...parent vars }. */
  edgeFields?: Record<string, ObjectField>;
}

export type ObjectField =
  /** A value computed from the object's variables. */
  | { kind: 'scalar'; expr: (v: Vars) => string }
  /** Another object projected from (some of) the same variables; `when` makes it null when false. */
  | { kind: 'object'; type: string; vars: (v: Vars) => Vars; when?: (v: Vars) => string }
  /** A list of objects reached by a pattern. */
  | { kind: 'list'; type: string; query: (v: Vars, args: Args, c: Compiler) => ListQuery }
  /** The first object reached by a pattern, or null. */
  | { kind: 'single'; type: string; query: (v: Vars, args: Args, c: Compiler) => ListQuery }
  /** A paginated connection reached by a pattern. */
  | { kind: 'connection'; query: (v: Vars, args: Args, c: Compiler) => ConnectionQuery }
  /** Evidence of the relationships the expression lists (`[r]`, or a COLLECT of several). */
  | { kind: 'evidence'; relationships: (v: Vars) => string }
  /** Computed by a resolver of its own (ranking, path search); only the object's id is projected. */
  | { kind: 'resolver' };

export interface ObjectModel {
  /** The id of the object, when it is an entity (projected as `__id` for resolvers). */
  id?: (v: Vars) => string;
  fields: Record<string, ObjectField>;
}

export interface ProjectionModel {
  objects: Record<string, ObjectModel>;
  /** Abstract types (interfaces, unions) and, for each concrete type, the label that identifies it. */
  abstracts: Record<string, Record<string, string>>;
  /** Interfaces each concrete type implements (their selections apply to it too). */
  interfaces: Record<string, readonly string[]>;
}

type Selection = Record<string, ResolveTree>;

/** Selections that apply to a concrete type: its own and those made on its interfaces. */
function selectionFor(model: ProjectionModel, type: string, byType: ResolveTree['fieldsByTypeName']): Selection {
  const merged: Selection = {};
  for (const name of [...(model.interfaces[type] ?? []), type]) Object.assign(merged, byType[name] ?? {});
  return merged;
}

/** Compiles a selection of a concrete object type into a Cypher map keyed by response keys. */
export function projectObject(model: ProjectionModel, type: string, vars: Vars, selection: Selection, c: Compiler): string {
  const object = model.objects[type];
  if (!object) throw new Error(`no projection model for ${type}`);
  const entries = [`__typename: ${literal(type)}`];
  if (object.id) entries.push(`__id: ${object.id(vars)}`);
  for (const [alias, tree] of Object.entries(selection)) {
    if (tree.name === '__typename') continue;
    const field = object.fields[tree.name];
    if (!field) throw new Error(`no projection for ${type}.${tree.name}`);
    const value = projectField(model, field, vars, tree, c);
    if (value !== undefined) entries.push(`${key(alias)}: ${value}`);
  }
  return `{${entries.join(', ')}}`;
}

/** Projects a node variable whose GraphQL type is abstract: one branch per concrete type by label. */
export function projectAbstract(model: ProjectionModel, type: string, nodeVar: string, tree: ResolveTree, c: Compiler): string {
  const concrete = model.abstracts[type];
  if (!concrete) return projectObject(model, type, { n: nodeVar }, selectionFor(model, type, tree.fieldsByTypeName), c);
  const branches = Object.entries(concrete).map(
    ([name, label]) =>
      `WHEN ${nodeVar}:${label} THEN ${projectObject(model, name, { n: nodeVar }, selectionFor(model, name, tree.fieldsByTypeName), c)}`,
  );
  return `CASE ${branches.join(' ')} END`;
}

function projectTarget(model: ProjectionModel, type: string, vars: Vars, tree: ResolveTree, c: Compiler): string {
  if (model.abstracts[type]) return projectAbstract(model, type, vars.n!, tree, c);
  return projectObject(model, type, vars, selectionFor(model, type, tree.fieldsByTypeName), c);
}

function projectField(model: ProjectionModel, field: ObjectField, vars: Vars, tree: ResolveTree, c: Compiler): string | undefined {
  switch (field.kind) {
    case 'scalar':
      return field.expr(vars);
    case 'object': {
      const projected = projectTarget(model, field.type, field.vars(vars), tree, c);
      return field.when ? `CASE WHEN ${field.when(vars)} THEN ${projected} END` : projected;
    }
    case 'single':
    case 'list': {
      const q = field.query(vars, tree.args, c);
      const projected = projectTarget(model, field.type, q.vars, tree, c);
      const where = q.where ?? 'true';
      const limit = c.int(q.limit);
      const list = q.distinct
        ? `COLLECT { MATCH ${q.pattern} WHERE ${where} WITH DISTINCT ${q.distinct} ORDER BY ${q.order} LIMIT ${limit} RETURN ${projected} }`
        : `COLLECT { MATCH ${q.pattern} WHERE ${where} RETURN ${projected} ORDER BY ${q.order} LIMIT ${limit} }`;
      return field.kind === 'single' ? `head(${list})` : list;
    }
    case 'connection':
      return projectConnection(model, field.query(vars, tree.args, c), tree, c);
    case 'evidence':
      return projectEvidence(model, field.relationships(vars), tree, c);
    case 'resolver':
      return undefined;
  }
}

/**
 * A connection as a map the connection resolvers read: `rows` holds up to first+1 edges (the extra one
 * tells whether a next page exists), `total` is counted only when `totalCount` is selected.
 */
export function projectConnection(model: ProjectionModel, q: ConnectionQuery, tree: ResolveTree, c: Compiler): string {
  const first = pageSize(tree.args.first, c.limits);
  const selection = tree.fieldsByTypeName[q.connectionType] ?? {};
  const edges = Object.values(selection).filter((t) => t.name === 'edges');
  const wantsTotal = Object.values(selection).some((t) => t.name === 'totalCount');
  const node = q.vars.node!;
  const edgeEntries = [`__typename: ${literal(q.edgeType)}`, `__key: [${q.keys.map((k) => k.expr).join(', ')}]`];
  for (const edgeTree of edges) {
    for (const [alias, t] of Object.entries(edgeTree.fieldsByTypeName[q.edgeType] ?? {})) {
      if (t.name === 'node') {
        edgeEntries.push(`${key(alias)}: ${projectTarget(model, q.nodeType, { n: node }, t, c)}`);
      } else if (t.name !== 'cursor' && t.name !== '__typename') {
        const f = q.edgeFields?.[t.name];
        if (!f) throw new Error(`no projection for ${q.edgeType}.${t.name}`);
        const value = projectField(model, f, q.vars, t, c);
        if (value !== undefined) edgeEntries.push(`${key(alias)}: ${value}`);
      }
    }
  }
  const where = q.where ?? 'true';
  const after = afterCursor(q.keys, tree.args.after, c);
  const page = `WITH ${node} WHERE ${after} WITH ${node} ORDER BY ${orderBy(q.keys)} LIMIT ${c.int(first + 1)} RETURN {${edgeEntries.join(', ')}}`;
  const parts = [
    `__typename: ${literal(q.connectionType)}`,
    `sort: ${c.param(sortSignature(q.keys))}`,
    `limit: ${c.int(first)}`,
    `hasPrevious: ${tree.args.after ? 'true' : 'false'}`,
  ];
  if (!wantsTotal) {
    // The page alone: ordering and LIMIT may stop the match early.
    parts.push(`rows: COLLECT { MATCH ${q.pattern} WHERE ${where} WITH DISTINCT ${node} ${page} }`);
    return `{${parts.join(', ')}}`;
  }
  // totalCount reads every match anyway: match once, then count the list and take the page from it.
  const matched = c.variable('matched');
  parts.push(`rows: COLLECT { UNWIND ${matched} AS ${node} ${page} }`, `total: size(${matched})`);
  return `head([${matched} IN [COLLECT { MATCH ${q.pattern} WHERE ${where} RETURN DISTINCT ${node} }] | {${parts.join(', ')}}])`;
}

/**
 * Evidence of relationships stored as parallel lists (evidenceReports, evidenceLines, evidenceQuotes).
 * The report is looked up only when more than its id is selected.
 */
export function projectEvidence(model: ProjectionModel, relationships: string, tree: ResolveTree, c: Compiler): string {
  const rel = c.variable('er');
  const i = c.variable('ei');
  const entries = [`__typename: 'Evidence'`];
  for (const [alias, t] of Object.entries(tree.fieldsByTypeName.Evidence ?? {})) {
    if (t.name === 'line') entries.push(`${key(alias)}: ${rel}.evidenceLines[${i}]`);
    else if (t.name === 'quote') entries.push(`${key(alias)}: ${rel}.evidenceQuotes[${i}]`);
    else if (t.name === 'report') {
      const reportFields = Object.values(selectionFor(model, 'Report', t.fieldsByTypeName));
      const onlyId = reportFields.every((f) => f.name === 'id' || f.name === '__typename');
      if (onlyId) {
        const idKeys = Object.entries(selectionFor(model, 'Report', t.fieldsByTypeName))
          .filter(([, f]) => f.name === 'id')
          .map(([a]) => `, ${key(a)}: ${rel}.evidenceReports[${i}]`)
          .join('');
        entries.push(`${key(alias)}: {__typename: 'Report', __id: ${rel}.evidenceReports[${i}]${idKeys}}`);
      } else {
        const rp = c.variable('rp');
        const projected = projectObject(model, 'Report', { n: rp }, selectionFor(model, 'Report', t.fieldsByTypeName), c);
        entries.push(`${key(alias)}: head(COLLECT { MATCH (${rp}:Report {id: ${rel}.evidenceReports[${i}]}) RETURN ${projected} })`);
      }
    }
  }
  const acc = c.variable('acc');
  return (
    `reduce(${acc} = [], ${rel} IN ${relationships} | ${acc} + ` +
    `[${i} IN range(0, size(coalesce(${rel}.evidenceLines, [])) - 1) | {${entries.join(', ')}}])`
  );
}
