import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import type { GraphReader, GraphSchema } from './graph-reader';
import { Tally, type ExportSummary } from './summary';
import { EVIDENCE_COLUMN, type Properties, type Value } from './values';

/** Labels and types are Cypher identifiers; anything unusual in one is kept out of the file name. */
export function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A cell: lists joined with `|`, booleans and numbers as text, absent values empty. */
export function cell(value: Value | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join('|');
  return String(value);
}

const cells = (properties: Properties, keys: readonly string[]) => keys.map((k) => cell(properties[k]));

/** Several CSV files written side by side, each row waiting for its file to drain when it is behind. */
class CsvFiles {
  private readonly files = new Map<string, { csv: Stringifier; done: Promise<void> }>();
  readonly paths: string[] = [];

  open(name: string, path: string, header: readonly string[]): void {
    const csv = stringify({ header: true, columns: [...header] });
    const done = pipeline(csv, createWriteStream(path));
    // Awaited in close(); handled here so a failure surfaces there, not as an unhandled rejection.
    done.catch(() => undefined);
    this.files.set(name, { csv, done });
    this.paths.push(path);
  }

  async write(name: string, row: string[]): Promise<void> {
    const file = this.files.get(name);
    if (!file) throw new Error(`"${name}" appeared after the export read the graph's labels and types: the graph changed during the export; run it again`);
    if (!file.csv.write(row)) await once(file.csv, 'drain');
  }

  async close(): Promise<void> {
    for (const { csv } of this.files.values()) csv.end();
    await Promise.all([...this.files.values()].map((f) => f.done));
  }

  destroy(): void {
    for (const { csv } of this.files.values()) csv.destroy();
  }
}

/**
 * One CSV file per label (`nodes-<Label>.csv`: id, then each property) and one per relationship type
 * (`relationships-<TYPE>.csv`: from id, to id, each property, and the evidence as a JSON list), all
 * filled in one pass over the nodes and one over the relationships.
 */
export async function exportCsv(reader: GraphReader, schema: GraphSchema, outDir: string): Promise<ExportSummary> {
  const tally = new Tally();
  const nodeFiles = new CsvFiles();
  const relFiles = new CsvFiles();
  try {
    const nodeKeys = new Map([...schema.labels].map(([label, columns]) => [label, columns.map((c) => c.name)]));
    for (const [label, keys] of nodeKeys) nodeFiles.open(label, join(outDir, `nodes-${fileSafe(label)}.csv`), ['id', ...keys]);
    for await (const node of reader.nodes()) {
      tally.node(node.labels);
      for (const label of node.labels) await nodeFiles.write(label, [node.id, ...cells(node.properties, nodeKeys.get(label) ?? [])]);
    }
    await nodeFiles.close();

    const relKeys = new Map(
      [...schema.relationshipTypes].map(([type, columns]) => [type, { keys: columns.map((c) => c.name).filter((k) => k !== EVIDENCE_COLUMN), evidence: columns.some((c) => c.name === EVIDENCE_COLUMN) }]),
    );
    for (const [type, { keys, evidence }] of relKeys) {
      relFiles.open(type, join(outDir, `relationships-${fileSafe(type)}.csv`), ['from', 'to', ...keys, ...(evidence ? [EVIDENCE_COLUMN] : [])]);
    }
    for await (const rel of reader.relationships()) {
      tally.relationship(rel.type);
      const { keys, evidence } = relKeys.get(rel.type) ?? { keys: [], evidence: false };
      const evidenceCell = evidence ? [rel.evidence ? JSON.stringify(rel.evidence) : ''] : [];
      await relFiles.write(rel.type, [rel.from, rel.to, ...cells(rel.properties, keys), ...evidenceCell]);
    }
    await relFiles.close();
  } catch (err) {
    nodeFiles.destroy();
    relFiles.destroy();
    throw err;
  }
  return tally.summary([...nodeFiles.paths, ...relFiles.paths]);
}
