import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { GraphReader } from './graph-reader';
import { batched } from './batched';
import { Tally, type ExportSummary } from './summary';

/**
 * One file, `graph.json`: `{ "nodes": [{ id, labels, properties }], "relationships": [{ type, from,
 * to, properties, evidence? }] }`, written one element at a time.
 */
export async function exportJson(reader: GraphReader, outDir: string): Promise<ExportSummary> {
  const tally = new Tally();
  const path = join(outDir, 'graph.json');
  async function* chunks(): AsyncGenerator<string> {
    yield '{"nodes":[';
    let first = true;
    for await (const node of reader.nodes()) {
      tally.node(node.labels);
      yield `${first ? '' : ','}\n${JSON.stringify(node)}`;
      first = false;
    }
    yield '\n],"relationships":[';
    first = true;
    for await (const rel of reader.relationships()) {
      tally.relationship(rel.type);
      const { evidence, ...rest } = rel;
      yield `${first ? '' : ','}\n${JSON.stringify(evidence === undefined ? rest : { ...rest, evidence })}`;
      first = false;
    }
    yield '\n]}\n';
  }
  await pipeline(Readable.from(batched(chunks())), createWriteStream(path));
  return tally.summary([path]);
}
