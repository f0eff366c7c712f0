import neo4j, { type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import type { Database } from '../db/database';
import { EVIDENCE_COLUMN, EVIDENCE_KEYS, INTERNAL_PROPERTIES, splitEvidence, toProperties, type Evidence, type Properties } from './values';

/** `Entity` marks every node for the global id constraint and `Migration` is the schema log: neither is data. */
const HIDDEN_LABELS = ['Entity', 'Migration'];

export interface NodeRecord {
  id: string;
  labels: string[];
  /** Every property but `id`. */
  properties: Properties;
}

export interface RelationshipRecord {
  type: string;
  from: string;
  to: string;
  /** Every property but the evidence lists. */
  properties: Properties;
  evidence: Evidence[] | undefined;
}

/** How a property's values can be typed in a typed format: GraphML `attr.type`, or JSON text for lists. */
export type ValueKind = 'boolean' | 'long' | 'double' | 'string' | 'list';

export interface PropertyColumn {
  name: string;
  kind: ValueKind;
}

/** The labels and relationship types present, each with the properties its elements have. */
export interface GraphSchema {
  labels: Map<string, PropertyColumn[]>;
  relationshipTypes: Map<string, PropertyColumn[]>;
}

/** Folds the Cypher value types (`valueType()`) seen for one property into one kind. */
export function kindOf(valueTypes: readonly string[]): ValueKind {
  const kinds = new Set(
    valueTypes.map((t): ValueKind => {
      if (t.startsWith('LIST')) return 'list';
      if (t.startsWith('INTEGER')) return 'long';
      if (t.startsWith('FLOAT')) return 'double';
      if (t.startsWith('BOOLEAN')) return 'boolean';
      return 'string';
    }),
  );
  if (kinds.size === 1) return [...kinds][0]!;
  if ([...kinds].every((k) => k === 'long' || k === 'double')) return 'double';
  return 'string';
}

type Seen = Map<string, Map<string, Set<string>>>;

function note(seen: Seen, owner: string, key: string | null, types: readonly string[]): void {
  const keys = seen.get(owner) ?? new Map<string, Set<string>>();
  seen.set(owner, keys);
  if (key === null) return;
  const set = keys.get(key) ?? new Set<string>();
  keys.set(key, set);
  for (const t of types) set.add(t);
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function columns(seen: Seen, omit: readonly string[]): Map<string, PropertyColumn[]> {
  const out = new Map<string, PropertyColumn[]>();
  for (const owner of [...seen.keys()].sort()) {
    const list = [...seen.get(owner)!]
      .filter(([name]) => !omit.includes(name))
      .map(([name, types]): PropertyColumn => ({ name, kind: kindOf([...types]) }));
    out.set(owner, list.sort(byName));
  }
  return out;
}

/** Keys of a relationship type as exported: the three evidence lists become one `evidence` column. */
function withEvidenceColumn(list: PropertyColumn[]): PropertyColumn[] {
  const isEvidence = (c: PropertyColumn) => (EVIDENCE_KEYS as readonly string[]).includes(c.name);
  return list.some(isEvidence) ? [...list.filter((c) => !isEvidence(c)), { name: EVIDENCE_COLUMN, kind: 'string' }] : list;
}

/**
 * The Cypher value type of a property as the export types it: a FLOAT holding a whole number counts
 * as an INTEGER. The loader and the curation writes store whole numbers as integers, but a graph
 * written by an earlier version (or by another client) may hold a year 2014 as 2014.0, and a column
 * of years typed double would read back as 2014.0 in GraphML tools and pandas.
 */
const WHOLE_AS_INTEGER = (value: string) =>
  `CASE WHEN valueType(${value}) STARTS WITH 'FLOAT'
     THEN CASE WHEN ${value} = floor(${value}) AND abs(${value}) <= 9007199254740991 THEN 'INTEGER NOT NULL' ELSE valueType(${value}) END
     ELSE valueType(${value}) END`;

/** Rows per read: small enough for a short transaction, large enough that round-trips do not dominate. */
export const BATCH_SIZE = 5_000;

/**
 * Reads the graph for export in keyset batches over the `:Entity` id index (every data node carries
 * `:Entity`: the loader and the curation writes merge on it): each batch is its own short read
 * transaction under the configured query timeout, so no transaction runs for the length of the
 * export, and its records are streamed, so memory holds one batch at most whatever the graph's size.
 */
export class GraphReader {
  /** Node properties left out of every record and of the schema (`id` is the record's own field). */
  private readonly omit: readonly string[];

  constructor(
    private readonly db: Database,
    readonly batchSize = BATCH_SIZE,
    options: { internal?: boolean } = {},
  ) {
    this.omit = ['id', ...(options.internal ? [] : INTERNAL_PROPERTIES)];
  }

  /** The labels and relationship types with their properties and value types, gathered batch by batch. */
  async schema(): Promise<GraphSchema> {
    const labels: Seen = new Map();
    const types: Seen = new Map();
    type Row = { owner: string; key: string | null; types: string[] };
    for await (const ids of this.idBatches()) {
      const nodeRows = await this.rows<Row>(
        `UNWIND $ids AS id MATCH (n:Entity {id: id})
         UNWIND [l IN labels(n) WHERE NOT l IN $hidden] AS owner
         UNWIND CASE WHEN size(keys(n)) = 0 THEN [null] ELSE keys(n) END AS key
         RETURN owner, key, collect(DISTINCT ${WHOLE_AS_INTEGER('n[key]')}) AS types`,
        { ids, hidden: HIDDEN_LABELS },
      );
      for (const r of nodeRows) note(labels, r.owner, r.key, r.types);
      const relRows = await this.rows<Row>(
        `UNWIND $ids AS id MATCH (:Entity {id: id})-[r]->()
         UNWIND CASE WHEN size(keys(r)) = 0 THEN [null] ELSE keys(r) END AS key
         RETURN type(r) AS owner, key, collect(DISTINCT ${WHOLE_AS_INTEGER('r[key]')}) AS types`,
        { ids },
      );
      for (const r of relRows) note(types, r.owner, r.key, r.types);
    }
    const relationshipTypes = columns(types, []);
    for (const [type, list] of relationshipTypes) relationshipTypes.set(type, withEvidenceColumn(list));
    return { labels: columns(labels, this.omit), relationshipTypes };
  }

  /** Every node, in id order: each batch is a range seek on the id index from the last id seen. */
  async *nodes(): AsyncGenerator<NodeRecord> {
    const query = `MATCH (n:Entity) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $limit
      RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`;
    for (let after = ''; ; ) {
      let last: string | undefined;
      for await (const record of this.stream(query, { after, limit: neo4j.int(this.batchSize) })) {
        last = record.get('id') as string;
        yield {
          id: last,
          labels: (record.get('labels') as string[]).filter((l) => !HIDDEN_LABELS.includes(l)).sort(),
          properties: toProperties(record.get('props') as Record<string, unknown>, this.omit),
        };
      }
      if (last === undefined) return;
      after = last;
    }
  }

  /** Every relationship, by start node in id order. */
  async *relationships(): AsyncGenerator<RelationshipRecord> {
    const query = `UNWIND $ids AS id MATCH (a:Entity {id: id})-[r]->(b:Entity)
      RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`;
    for await (const ids of this.idBatches()) {
      for await (const record of this.stream(query, { ids })) {
        yield {
          type: record.get('type') as string,
          from: record.get('from') as string,
          to: record.get('to') as string,
          ...splitEvidence(record.get('props') as Record<string, unknown>),
        };
      }
    }
  }

  /** Node ids in order, a batch at a time: a range seek on the id index from the last id seen. */
  private async *idBatches(): AsyncGenerator<string[]> {
    for (let after = ''; ; ) {
      const rows = await this.rows<{ id: string }>(
        `MATCH (n:Entity) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT $limit`,
        { after, limit: neo4j.int(this.batchSize) },
      );
      if (rows.length === 0) return;
      yield rows.map((r) => r.id);
      after = rows.at(-1)!.id;
    }
  }

  /**
   * Records as they arrive: the driver pulls more only while the consumer keeps up. Each query has a
   * session of its own, closed when it is done: a session keeps every result it ran until it closes.
   */
  private async *stream(query: string, params: Record<string, unknown>): AsyncGenerator<Neo4jRecord> {
    const session = this.session();
    try {
      for await (const record of session.run(query, params, { timeout: this.db.options.queryTimeoutMs })) yield record;
    } finally {
      await session.close();
    }
  }

  private async rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const rows: T[] = [];
    for await (const record of this.stream(query, params)) rows.push(record.toObject() as T);
    return rows;
  }

  private session(): Session {
    return this.db.driver.session({ database: this.db.options.database, defaultAccessMode: neo4j.session.READ });
  }
}
