import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { RelVars } from '../../model/declare';
import { missing } from '../model/model';
import type { Compiling } from './context';
import { key, literal } from './names';
import { afterCursor, orderBy, pageSize, sortSignature, type SortKey } from './paging';
import { selectionOn } from './selection';

/**
 * Projections: a selection becomes one Cypher map per object, keyed by response key (alias). Nested
 * lists and connections become subqueries inside the map, so a root field is one statement however
 * deep the selection goes. A map carries nothing else, except `__typename` where the GraphQL type is
 * abstract (a union or interface must know which type it holds) and `__id` where a field below is
 * answered by a resolver of its own that needs the node's id.
 */

/** An entity of a concrete type held in the variable `node`; `typed`: it stands where the GraphQL type is abstract. */
export function projectEntity(cx: Compiling, type: string, node: string, tree: ResolveTree, typed = false): string {
  const entity = cx.model.entities.get(type);
  if (!entity) throw missing(`entity type ${type}`);
  const entries = typed ? [`__typename: ${literal(type)}`] : [];
  let needsId = false;
  for (const [alias, field] of Object.entries(selectionOn(tree, type, entity.interfaces))) {
    if (field.name === '__typename') continue;
    const write = entity.fields.get(field.name);
    if (!write) throw missing(`projection of ${type}.${field.name}`);
    const value = write({ n: node }, field, cx);
    if (value !== undefined) entries.push(`${key(alias)}: ${value}`);
    else needsId = true;
  }
  if (needsId) entries.push(`__id: ${node}.id`);
  return `{${entries.join(', ')}}`;
}

/**
 * An entity held in `node` whose GraphQL type may be abstract (Node, SearchResult): the node's type
 * is read once from its labels, then one branch per concrete type (or one map for all when they
 * select the same fields).
 */
export function projectNode(cx: Compiling, type: string, node: string, tree: ResolveTree): string {
  const concrete = cx.model.abstracts.get(type);
  if (!concrete) return projectEntity(cx, type, node, tree);
  if ([...concrete].some(([name, label]) => name !== label)) {
    const branches = [...concrete].map(([name, label]) => `WHEN ${node}:${label} THEN ${projectEntity(cx, name, node, tree, true)}`);
    return `CASE ${branches.join(' ')} END`;
  }
  const names = [...concrete.keys()];
  const typeOf = `[l IN labels(${node}) WHERE l IN [${names.map(literal).join(', ')}]][0]`;
  const maps = names.map((name) => projectEntity(cx, name, node, tree));
  if (maps.every((m) => m === maps[0])) {
    const fields = maps[0]!.slice(1, -1);
    return `{__typename: ${typeOf}${fields ? `, ${fields}` : ''}}`;
  }
  const branches = names.map((name, i) => `WHEN ${literal(name)} THEN {__typename: ${literal(name)}${maps[i] === '{}' ? '}' : `, ${maps[i]!.slice(1)}`}`);
  return `CASE ${typeOf} ${branches.join(' ')} END`;
}

/** A relationship object (Certification, Membership, ...) of the relationship and ends in `v`. */
export function projectRelationship(cx: Compiling, type: string, v: RelVars, tree: ResolveTree): string {
  const object = cx.model.relationships.get(type);
  if (!object) throw missing(`relationship object ${type}`);
  const entries: string[] = [];
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
  const entries: string[] = [];
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
          .map(([a]) => `${key(a)}: ${from.report}`)
          .join(', ');
        entries.push(`${key(alias)}: {${idKeys}}`);
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
  /** `match` is every node of this label (a root list without an anchor): counted from the count store, no DISTINCT needed. */
  everyNodeOf?: string;
  /** Clauses binding each distinct `node` (an anchor), instead of `match`; they end with `WITH node`. */
  source?: string;
  /**
   * A nested connection (Standard.holders): the owner's node, and how its nodes are reached from a
   * node standing for the owner (`near`): the pattern, and the owner's degree (from the store).
   */
  nested?: { owner: string; label: string; pattern: (near: string) => string; degree: (near: string) => string };
  /** Fields the connection has besides edges, pageInfo and totalCount (what it counted). */
  fields?: ReadonlyMap<string, (tree: ResolveTree) => string>;
}

/**
 * The property a range index orders, when the first sort key reads it as it is (no coalesce): the
 * page can then be read in index order, stopping after first+1 rows.
 */
function indexOrdered(cx: Compiling, label: string, node: string, keys: readonly SortKey[]): string | undefined {
  const declaration = cx.model.entities.get(label)?.declaration;
  const indexed = ['id', ...(declaration?.unique ?? []), ...(declaration?.indexes?.range ?? [])];
  const first = keys[0]?.expr;
  return indexed.find((p) => first === `${node}.${p}`);
}

/**
 * A connection as the map the connection resolvers read: `rows` holds up to first+1 edges (the extra
 * one tells whether a next page exists), `total` is counted only when `totalCount` is selected, and
 * an edge carries its sort values (`__key`) only when a cursor is selected.
 *
 * Paging is keyset: `after` decodes to the sort values of the last edge seen, and the page is the
 * matches beyond them, never SKIP, so a page costs the same wherever it starts. `hasPrevious` is
 * simply whether a cursor was given: walking backwards (`last`/`before`) is not offered.
 *
 * A page costs what it returns, not what matches: sorted by an indexed property, a root list walks
 * that index in order and stops when the page is full; a nested one does the same when its owner
 * has so many nodes that walking the index (testing each node passed) reads less than reading and
 * sorting all of them, and reads and sorts them otherwise (the choice is made per owner, from its
 * degree and the label's count, both in the store). The total is a COUNT that never collects the
 * matches (from the count store for a whole label).
 */
export function projectConnection(cx: Compiling, q: ConnectionQuery, tree: ResolveTree): string {
  const first = pageSize(tree.args.first, cx.limits);
  const selection = selectionOn(tree, q.connectionType);
  const edges = Object.values(selection).filter((t) => t.name === 'edges');
  const wantsTotal = Object.values(selection).some((t) => t.name === 'totalCount');
  const pageInfo = Object.values(selection).filter((t) => t.name === 'pageInfo');
  const wantsCursors =
    edges.some((t) => Object.values(selectionOn(t, q.edgeType)).some((f) => f.name === 'cursor')) ||
    pageInfo.some((t) => Object.values(selectionOn(t, 'PageInfo')).some((f) => f.name === 'startCursor' || f.name === 'endCursor'));
  const parts = [`sort: ${cx.names.param(sortSignature(q.keys))}`, `limit: ${cx.names.int(first)}`, `hasPrevious: ${tree.args.after ? 'true' : 'false'}`];
  const edgeEntries = wantsCursors ? [`__key: [${q.keys.map((k) => k.expr).join(', ')}]`] : [];
  for (const [alias, t] of Object.entries(selection)) {
    const write = q.fields?.get(t.name);
    if (write) parts.push(`${key(alias)}: ${write(t)}`);
  }
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
  const { node } = q;
  const after = afterCursor(q.keys, tree.args.after, cx.names);
  const limit = cx.names.int(first + 1);
  const page = `ORDER BY ${orderBy(q.keys)} LIMIT ${limit}`;
  const row = `RETURN {${edgeEntries.join(', ')}}`;
  const filters = (...more: (string | undefined)[]) => {
    const all = [q.where, ...more].filter((p): p is string => p !== undefined);
    return all.length > 0 ? ` WHERE ${all.map((p) => (all.length > 1 ? `(${p})` : p)).join(' AND ')}` : '';
  };
  const label = q.everyNodeOf ?? q.nested?.label;
  const indexed = label ? indexOrdered(cx, label, node, q.keys) : undefined;
  const mentioned = [q.where ?? '', after ?? '', row, orderBy(q.keys)];

  let rows: string;
  if (q.source) {
    const narrowed = (more?: string) => `${q.source}${filters(more) ? ` WITH ${node}${filters(more)}` : ''}`;
    if (wantsTotal) {
      // The anchor's matches are read once: counted, and the page taken from them.
      const matched = cx.names.variable('matched');
      parts.push(`rows: COLLECT { UNWIND ${matched} AS ${node} WITH ${node}${after ? ` WHERE ${after} WITH ${node}` : ''} ${page} ${row} }`, `total: size(${matched})`);
      return `head([${matched} IN [COLLECT { ${narrowed()} RETURN ${node} }] | {${parts.join(', ')}}])`;
    }
    rows = `COLLECT { ${narrowed(after)} WITH ${node} ${page} ${row} }`;
  } else if (q.everyNodeOf) {
    // One node pattern: no DISTINCT, and the planner may walk the sort key's index in order.
    const walk = indexed ? `${node}.${indexed} IS NOT NULL` : undefined;
    rows = `COLLECT { MATCH ${q.match(mentioned)}${filters(walk, after)} WITH ${node} ${page} ${row} }`;
  } else if (q.nested && indexed && q.where === undefined) {
    const { nested } = q;
    const small = cx.names.variable('small');
    const big = cx.names.variable('big');
    const large = `3 * ${nested.degree(nested.owner)} ^ 2 > 25 * ${limit} * COUNT { (:${nested.label}) }`;
    const sorted = `UNWIND CASE WHEN ${large} THEN [] ELSE [${nested.owner}] END AS ${small} MATCH ${nested.pattern(small)} WITH DISTINCT ${node}${after ? ` WHERE ${after} WITH ${node}` : ''} ${page} RETURN ${node}`;
    const walked =
      `UNWIND CASE WHEN ${large} THEN [${nested.owner}] ELSE [] END AS ${big} ` +
      `CALL (${big}) { MATCH (${node}:${nested.label})${filters(`${node}.${indexed} IS NOT NULL`, `EXISTS { ${nested.pattern(big)} }`, after)} WITH ${node} ${page} RETURN ${node} } RETURN ${node}`;
    rows = `COLLECT { CALL (${nested.owner}) { ${sorted} UNION ${walked} } WITH ${node} ${page} ${row} }`;
  } else {
    const distinct = `WITH DISTINCT ${node}${after ? ` WHERE ${after} WITH ${node}` : ''}`;
    rows = `COLLECT { MATCH ${q.match(mentioned)}${filters()} ${distinct} ${page} ${row} }`;
  }
  parts.push(`rows: ${rows}`);
  if (wantsTotal) {
    const total = q.everyNodeOf
      ? q.where === undefined
        ? `COUNT { (:${q.everyNodeOf}) }`
        : `COUNT { MATCH ${q.match([q.where])}${filters()} }`
      : `COUNT { MATCH ${q.match([q.where ?? ''])}${filters()} RETURN DISTINCT ${node} }`;
    parts.push(`total: ${total}`);
  }
  return `{${parts.join(', ')}}`;
}
