import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { INTEGER_PROPERTIES } from '../../src/ingest/load/integers';
import type { LoadPlan } from '../../src/ingest/load/load';
import type { NodeWrite, RelationshipWrite } from '../../src/ingest/load/writes';

/**
 * The rows of load plans (`planLoad`, what `loadFacts` writes) as CSV files for `neo4j-admin database
 * import full`, so an imported store holds the graph the loader would build: the same labels (the
 * entity's and `Entity`), properties and types (whole-number properties as longs, other numbers as
 * doubles, as the loader writes them), and relationships with their properties. The import cannot
 * write an empty list; a row that has one carries a marker, and `emptyListFixups` set those lists
 * once the store is running.
 */

/** Between the items of a list in a cell; no value may contain it. */
const ARRAY_DELIMITER = '\u001f';
export const IMPORT_ARRAY_DELIMITER = 'U+001F';
const EMPTY_LISTS = 'bulkImportEmptyLists';
const EMPTY_LISTS_LABEL = 'BulkImportEmptyLists';
/** Rows buffered per file before they are written. */
const FLUSH_ROWS = 5_000;

type Props = Record<string, unknown>;
type ColumnType = 'string' | 'double' | 'boolean';

function scalarType(value: unknown, where: string): ColumnType {
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'double';
    case 'boolean':
      return 'boolean';
    default:
      throw new Error(`${where}: a ${typeof value} cannot be imported`);
  }
}

/** A property's column type (`string`, `double[]`, ...); undefined for an empty list. */
function columnType(value: unknown, where: string): string | undefined {
  if (!Array.isArray(value)) return scalarType(value, where);
  if (value.length === 0) return undefined;
  const type = scalarType(value[0], where);
  if (value.some((v) => scalarType(v, where) !== type)) throw new Error(`${where}: a list mixes types`);
  return `${type}[]`;
}

/** What a set of CSV files holds, for neo4j-admin and for checking the imported store. */
export interface CsvOutput {
  nodes: string[];
  relationships: string[];
  /** Whether some quoted value holds a line break (neo4j-admin must then parse multiline fields). */
  multilineFields: boolean;
  nodeCount: number;
  relationshipCount: number;
  /** Relationship types some of whose relationships have an empty list to set after the import. */
  emptyListTypes: string[];
}

/**
 * One CSV line: strings always quoted (an empty string stays a property; an empty cell would be no
 * property), quotes doubled; numbers and booleans as they print. Written here rather than with
 * csv-stringify, whose per-record handling was a tenth of the time of writing 2.6 million rows.
 */
function csvLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) line += ',';
    if (typeof v === 'string') line += `"${v.includes('"') ? v.replaceAll('"', '""') : v}"`;
    else if (v !== undefined && v !== null) line += String(v);
  }
  return `${line}\n`;
}

/**
 * CSV files, one per kind of row and set of typed columns (each with its header line), in `dir`,
 * named with `prefix` so that several writers can share a folder.
 */
class CsvFiles {
  private readonly files = new Map<string, { kind: 'nodes' | 'relationships'; path: string; fd: number; rows: unknown[][] }>();
  multiline = false;

  constructor(
    private readonly dir: string,
    private readonly prefix: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** The typed header and the cells of a row's properties (a node's `id` is its ID column), and its empty lists. */
  columns(props: Props, where: string): { header: string[]; values: unknown[]; emptyLists: boolean } {
    const header: string[] = [];
    const values: unknown[] = [];
    const empty: string[] = [];
    for (const key of Object.keys(props).sort()) {
      const value = props[key];
      if (key === 'id' || value === undefined || value === null) continue;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`${where}: property name ${key} cannot be a CSV header`);
      const found = columnType(value, `${where}.${key}`);
      // Whole-number properties are integers, as the loader writes them (src/ingest/load/integers.ts).
      const type = found?.startsWith('double') && INTEGER_PROPERTIES.has(key) ? found.replace('double', 'long') : found;
      if (type === undefined) {
        empty.push(key);
        continue;
      }
      header.push(`${key}:${type}`);
      values.push(this.cell(value, `${where}.${key}`));
    }
    if (empty.length > 0) {
      header.push(`${EMPTY_LISTS}:string[]`);
      values.push(empty.join(ARRAY_DELIMITER));
    }
    return { header, values, emptyLists: empty.length > 0 };
  }

  private cell(value: unknown, where: string): unknown {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v !== 'string') continue;
      if (v.includes(ARRAY_DELIMITER)) throw new Error(`${where}: a value holds the list delimiter U+001F`);
      if (Array.isArray(value) && v === '') throw new Error(`${where}: an empty string in a list cannot be imported`);
      if (v.includes('\n') || v.includes('\r')) this.multiline = true;
    }
    return Array.isArray(value) ? value.join(ARRAY_DELIMITER) : value;
  }

  row(kind: 'nodes' | 'relationships', header: string[], values: unknown[]): void {
    const key = `${kind} ${header.join(',')}`;
    let file = this.files.get(key);
    if (!file) {
      const path = join(this.dir, `${this.prefix}-${kind}-${this.files.size}.csv`);
      file = { kind, path, fd: openSync(path, 'w'), rows: [] };
      writeSync(file.fd, header.join(',') + '\n');
      this.files.set(key, file);
    }
    file.rows.push(values);
    if (file.rows.length >= FLUSH_ROWS) this.flush(file);
  }

  private flush(file: { fd: number; rows: unknown[][] }): void {
    if (file.rows.length === 0) return;
    writeSync(file.fd, file.rows.map(csvLine).join(''));
    file.rows = [];
  }

  close(): { nodes: string[]; relationships: string[] } {
    const out = { nodes: [] as string[], relationships: [] as string[] };
    for (const file of this.files.values()) {
      this.flush(file);
      closeSync(file.fd);
      out[file.kind].push(file.path);
    }
    this.files.clear();
    return out;
  }
}

/** Relationship rows, written as they come (relationships are only ever created by a load). */
export class RelationshipCsv {
  private readonly files: CsvFiles;
  private readonly emptyListTypes = new Set<string>();
  private count = 0;

  constructor(dir: string, prefix: string) {
    this.files = new CsvFiles(dir, prefix);
  }

  add(rows: readonly RelationshipWrite[]): void {
    for (const row of rows) {
      const { header, values, emptyLists } = this.files.columns(row.props, `${row.type} ${row.from}->${row.to}`);
      if (emptyLists) this.emptyListTypes.add(row.type);
      this.files.row('relationships', [':START_ID', ':END_ID', ':TYPE', ...header], [row.from, row.to, row.type, ...values]);
      this.count++;
    }
  }

  close(): Pick<CsvOutput, 'relationships' | 'relationshipCount' | 'emptyListTypes' | 'multilineFields'> {
    return { relationships: this.files.close().relationships, relationshipCount: this.count, emptyListTypes: [...this.emptyListTypes].sort(), multilineFields: this.files.multiline };
  }
}

/**
 * Node writes in load order, merged as the database would: a node's properties are its last write
 * (`SET n = props, n.id = id`), its labels every label written (`SET n:$(label)`) and `Entity`.
 */
export class NodeCsv {
  private readonly nodes = new Map<string, { labels: Set<string>; props: Props }>();

  add(rows: readonly NodeWrite[]): void {
    for (const row of rows) {
      const labels = this.nodes.get(row.id)?.labels ?? new Set(['Entity']);
      labels.add(row.label);
      this.nodes.set(row.id, { labels, props: { ...row.props, id: row.id } });
    }
  }

  write(dir: string, prefix: string): Pick<CsvOutput, 'nodes' | 'nodeCount' | 'multilineFields'> {
    const files = new CsvFiles(dir, prefix);
    for (const [id, node] of this.nodes) {
      const { header, values, emptyLists } = files.columns(node.props, `node ${id}`);
      const labels = emptyLists ? [...node.labels, EMPTY_LISTS_LABEL] : [...node.labels];
      files.row('nodes', ['id:ID', ':LABEL', ...header], [id, labels.sort().join(ARRAY_DELIMITER), ...values]);
    }
    return { nodes: files.close().nodes, nodeCount: this.nodes.size, multilineFields: files.multiline };
  }
}

/** The node writes of a plan, in the order the loader makes them. */
export const nodeWrites = (plan: LoadPlan): NodeWrite[] => [...plan.catalogNodes, ...plan.groups.flatMap((g) => g.nodes)];
export const relationshipRowsOf = (plan: LoadPlan): RelationshipWrite[] => plan.groups.flatMap((g) => g.relationships);
export const reportsOf = (plan: LoadPlan): string[] => plan.groups.flatMap((g) => g.reports);

/** After the import, with Neo4j running: the empty lists the import could not write, markers removed. */
export function emptyListFixups(output: Pick<CsvOutput, 'emptyListTypes'>): { cypher: string; params?: Record<string, unknown> }[] {
  return [
    { cypher: `MATCH (n:${EMPTY_LISTS_LABEL}) FOREACH (k IN n.${EMPTY_LISTS} | SET n[k] = []) REMOVE n.${EMPTY_LISTS}, n:${EMPTY_LISTS_LABEL}` },
    ...output.emptyListTypes.map((type) => ({
      cypher: `MATCH ()-[r:$($type)]->() WHERE r.${EMPTY_LISTS} IS NOT NULL FOREACH (k IN r.${EMPTY_LISTS} | SET r[k] = []) REMOVE r.${EMPTY_LISTS}`,
      params: { type },
    })),
  ];
}
