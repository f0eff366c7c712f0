import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { RelVars } from '../../model/declare';
import { missing } from '../model/model';
import type { Compiling } from './context';
import { key, literal } from './names';
import { afterCursor, orderBy, pageSize, sortSignature, type SortKey } from './paging';
import { selectionOn } from './selection';

/**
 * Projections: a selection becomes one Cypher map per object, keyed by response key (alias), with
 * `__typename` (and `__id` for entities) for the resolvers. Nested lists and connections become
 * subqueries inside the map, so a root field is one statement however deep the selection goes.
 */

/** An entity of a concrete type held in the variable `node`. */
export function projectEntity(cx: Compiling, type: string, node: string, tree: ResolveTree): string {
  const entity = cx.model.entities.get(type);
  if (!entity) throw missing(`entity type ${type}`);
  const entries = [`__typename: ${literal(type)}`, `__id: ${node}.id`];
  for (const [alias, field] of Object.entries(selectionOn(tree, type, entity.interfaces))) {
    if (field.name === '__typename') continue;
    const write = entity.fields.get(field.name);
    if (!write) throw missing(`projection of ${type}.${field.name}`);
    const value = write({ n: node }, field, cx);
    if (value !== undefined) entries.push(`${key(alias)}: ${value}`);
  }
  return `{${entries.join(', ')}}`;
}

/** An entity held in `node` whose GraphQL type may be abstract (Node, SearchResult): one branch per concrete type. */
export function projectNode(cx: Compiling, type: string, node: string, tree: ResolveTree): string {
  const concrete = cx.model.abstracts.get(type);
  if (!concrete) return projectEntity(cx, type, node, tree);
  const branches = [...concrete].map(([name, label]) => `WHEN ${node}:${label} THEN ${projectEntity(cx, name, node, tree)}`);
  return `CASE ${branches.join(' ')} END`;
}

/** A relationship object (Certification, Membership, ...) of the relationship and ends in `v`. */
export function projectRelationship(cx: Compiling, type: string, v: RelVars, tree: ResolveTree): string {
  const object = cx.model.relationships.get(type);
  if (!object) throw missing(`relationship object ${type}`);
  const entries = [`__typename: ${literal(type)}`];
  for (const [alias, field] of Object.entries(selectionOn(tree, type))) {
    if (field.name === '__typename') continue;
    const write = object.fields.get(field.name);
    if (!write) throw missing(`projection of ${type}.${field.name}`);
    entries.push(`${key(alias)}: ${write(v, field, cx)}`);
  }
  return `{${entries.join(', ')}}`;
}

/** The fields of Evidence, each projected below. */
export const EVIDENCE_FIELDS = ['report', 'line', 'quote'] as const;

/**
 * Evidence of relationships stored as parallel lists (evidenceReports, evidenceLines, evidenceQuotes),
 * for the relationships `relationships` evaluates to (`[r]`, or a COLLECT of several). The report is
 * looked up only when more than its id is selected.
 */
export function projectEvidence(cx: Compiling, relationships: string, tree: ResolveTree): string {
  const rel = cx.names.variable('er');
  const i = cx.names.variable('ei');
  const item = evidenceOf(cx, { report: `${rel}.evidenceReports[${i}]`, line: `${rel}.evidenceLines[${i}]`, quote: `${rel}.evidenceQuotes[${i}]` }, tree);
  const acc = cx.names.variable('acc');
  return (
    `reduce(${acc} = [], ${rel} IN ${relationships} | ${acc} + ` +
    `[${i} IN range(0, size(coalesce(${rel}.evidenceLines, [])) - 1) | ${item}])`
  );
}

/** One Evidence object from the expressions of its report id, line and quote. */
export function evidenceOf(cx: Compiling, from: { report: string; line: string; quote: string }, tree: ResolveTree): string {
  const entries = [`__typename: 'Evidence'`];
  for (const [alias, t] of Object.entries(selectionOn(tree, 'Evidence'))) {
    if (t.name === 'line') entries.push(`${key(alias)}: ${from.line}`);
    else if (t.name === 'quote') entries.push(`${key(alias)}: ${from.quote}`);
    else if (t.name === 'report') {
      const report = cx.model.entities.get('Report');
      if (!report) throw missing('entity type Report');
      const fields = selectionOn(t, 'Report', report.interfaces);
      const onlyId = Object.values(fields).every((f) => f.name === 'id' || f.name === '__typename');
      if (onlyId) {
        const idKeys = Object.entries(fields)
          .filter(([, f]) => f.name === 'id')
          .map(([a]) => `, ${key(a)}: ${from.report}`)
          .join('');
        entries.push(`${key(alias)}: {__typename: 'Report', __id: ${from.report}${idKeys}}`);
      } else {
        const rp = cx.names.variable('report');
        entries.push(`${key(alias)}: head(COLLECT { MATCH (${rp}:Report {id: ${from.report}}) RETURN ${projectEntity(cx, 'Report', rp, t)} })`);
      }
    }
  }
  return `{${entries.join(', ')}}`;
}

/** A paginated connection: distinct `node` values matched by `match`, sorted by `keys`, paged by cursor. */
export interface ConnectionQuery {
  /** MATCH pattern(s) binding `node`, written once the rest of the statement is known (to leave out unused variables). */
  match: (mentioned: readonly string[]) => string;
  node: string;
  where?: string | undefined;
  keys: readonly SortKey[];
  nodeType: string;
  edgeType: string;
  connectionType: string;
  /** Fields an edge has besides `cursor` and `node`, each written for the edge's node. */
  edgeFields?: ReadonlyMap<string, (node: string, tree: ResolveTree, cx: Compiling) => string>;
  /** Fields the connection has besides edges, pageInfo and totalCount (what it counted). */
  fields?: ReadonlyMap<string, (tree: ResolveTree) => string>;
}

/**
 * A connection as the map the connection resolvers read: `rows` holds up to first+1 edges (the extra
 * one tells whether a next page exists), `total` is counted only when `totalCount` is selected.
 *
 * Paging is keyset: `after` decodes to the sort values of the last edge seen, and the page is the
 * matches beyond them (`WITH node WHERE <after> WITH node ORDER BY <keys> LIMIT first+1`), never
 * SKIP, so a page costs the same wherever it starts. `hasPrevious` is simply whether a cursor was
 * given: walking backwards (`last`/`before`) is not offered.
 */
export function projectConnection(cx: Compiling, q: ConnectionQuery, tree: ResolveTree): string {
  const first = pageSize(tree.args.first, cx.limits);
  const selection = selectionOn(tree, q.connectionType);
  const edges = Object.values(selection).filter((t) => t.name === 'edges');
  const wantsTotal = Object.values(selection).some((t) => t.name === 'totalCount');
  const parts = [
    `__typename: ${literal(q.connectionType)}`,
    `sort: ${cx.names.param(sortSignature(q.keys))}`,
    `limit: ${cx.names.int(first)}`,
    `hasPrevious: ${tree.args.after ? 'true' : 'false'}`,
  ];
  for (const [alias, t] of Object.entries(selection)) {
    const write = q.fields?.get(t.name);
    if (write) parts.push(`${key(alias)}: ${write(t)}`);
  }
  const edgeEntries = [`__typename: ${literal(q.edgeType)}`, `__key: [${q.keys.map((k) => k.expr).join(', ')}]`];
  for (const edgeTree of edges) {
    for (const [alias, t] of Object.entries(selectionOn(edgeTree, q.edgeType))) {
      if (t.name === 'node') edgeEntries.push(`${key(alias)}: ${projectNode(cx, q.nodeType, q.node, t)}`);
      else if (t.name !== 'cursor' && t.name !== '__typename') {
        const write = q.edgeFields?.get(t.name);
        if (!write) throw missing(`projection of ${q.edgeType}.${t.name}`);
        edgeEntries.push(`${key(alias)}: ${write(q.node, t, cx)}`);
      }
    }
  }
  const after = afterCursor(q.keys, tree.args.after, cx.names);
  const page = `ORDER BY ${orderBy(q.keys)} LIMIT ${cx.names.int(first + 1)} RETURN {${edgeEntries.join(', ')}}`;
  const where = q.where ? ` WHERE ${q.where}` : '';
  if (!wantsTotal) {
    // The page alone: ordering and LIMIT may stop the match early.
    const distinct = `WITH DISTINCT ${q.node}${after ? ` WHERE ${after} WITH ${q.node}` : ''}`;
    parts.push(`rows: COLLECT { MATCH ${q.match([q.where ?? '', page])}${where} ${distinct} ${page} }`);
    return `{${parts.join(', ')}}`;
  }
  // totalCount needs every match anyway: match once, then count the list and take the page from it.
  // `head([matched IN [COLLECT {...}] | {...}])` binds the collected list to a variable inside an
  // expression (a projection cannot hold a WITH), so the map below reads it twice without matching twice.
  const matched = cx.names.variable('matched');
  const unwound = `UNWIND ${matched} AS ${q.node}${after ? ` WITH ${q.node} WHERE ${after}` : ''} WITH ${q.node}`;
  parts.push(`rows: COLLECT { ${unwound} ${page} }`, `total: size(${matched})`);
  return `head([${matched} IN [COLLECT { MATCH ${q.match([q.where ?? ''])}${where} RETURN DISTINCT ${q.node} }] | {${parts.join(', ')}}])`;
}
