import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { XMLBuilder } from 'fast-xml-parser';
import { batched } from './batched';
import type { GraphReader, GraphSchema, PropertyColumn, ValueKind } from './graph-reader';
import { Tally, type ExportSummary } from './summary';
import { EVIDENCE_COLUMN, type Value } from './values';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const GRAPHML_XSD = 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

type AttrType = 'boolean' | 'long' | 'double' | 'string';

interface Key {
  id: string;
  name: string;
  type: AttrType;
}

/** One key per property name across all labels (or types); a name typed differently in two of them becomes a double or a string. */
function keysFor(prefix: string, reserved: string, byOwner: Map<string, PropertyColumn[]>): Map<string, Key> {
  const kinds = new Map<string, ValueKind[]>();
  for (const list of byOwner.values()) for (const c of list) kinds.set(c.name, [...(kinds.get(c.name) ?? []), c.kind]);
  const keys = new Map<string, Key>([[reserved, { id: `${prefix}0`, name: reserved, type: 'string' }]]);
  for (const [name, seen] of [...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name === reserved) continue;
    const unique = [...new Set(seen)];
    const type: AttrType =
      unique.length === 1 && unique[0] !== 'list' ? unique[0]! : unique.every((k) => k === 'long' || k === 'double') ? 'double' : 'string';
    // Key ids are generated: property names need not be valid XML tokens.
    keys.set(name, { id: `${prefix}${keys.size}`, name, type });
  }
  return keys;
}

/** XML 1.0 cannot carry most control characters, lone surrogates or U+FFFE/U+FFFF, even escaped: they are dropped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lists and the evidence are JSON text: GraphML has no list type. */
function text(value: Value | object): string {
  return (typeof value === 'object' ? JSON.stringify(value) : String(value)).replace(NOT_XML, '');
}

/**
 * One GraphML file, `graph.graphml`: typed keys, one node per entity, one directed edge per
 * relationship. Elements are serialized one at a time by fast-xml-parser's builder (which escapes
 * text and attributes) and written as they come.
 */
export async function exportGraphml(reader: GraphReader, schema: GraphSchema, outDir: string): Promise<ExportSummary> {
  const tally = new Tally();
  const path = join(outDir, 'graph.graphml');
  const nodeKeys = keysFor('n', 'labels', schema.labels);
  const edgeKeys = keysFor('e', 'type', schema.relationshipTypes);
  const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, suppressEmptyNode: true });

  const data = (properties: Record<string, Value | object>, keys: Map<string, Key>) =>
    Object.entries(properties).map(([name, value]) => {
      const key = keys.get(name);
      if (!key) throw new Error(`property "${name}" appeared after the export declared its keys: the graph changed during the export; run it again`);
      return { '@key': key.id, '#text': text(value) };
    });
  const keyElements = (domain: string, keys: Map<string, Key>) =>
    [...keys.values()].map((k) => `  ${xml.build({ key: { '@id': k.id, '@for': domain, '@attr.name': k.name, '@attr.type': k.type } })}\n`).join('');

  async function* chunks(): AsyncGenerator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n';
    yield `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_XSD}">\n`;
    yield keyElements('node', nodeKeys) + keyElements('edge', edgeKeys);
    yield '  <graph id="esg-graph" edgedefault="directed">\n';
    for await (const node of reader.nodes()) {
      tally.node(node.labels);
      const element = { '@id': text(node.id), data: data({ labels: node.labels.join(':'), ...node.properties }, nodeKeys) };
      yield `    ${xml.build({ node: element })}\n`;
    }
    let edge = 0;
    for await (const rel of reader.relationships()) {
      tally.relationship(rel.type);
      const properties = { type: rel.type, ...rel.properties, ...(rel.evidence ? { [EVIDENCE_COLUMN]: rel.evidence } : {}) };
      const element = { '@id': `r${edge++}`, '@source': text(rel.from), '@target': text(rel.to), data: data(properties, edgeKeys) };
      yield `    ${xml.build({ edge: element })}\n`;
    }
    yield '  </graph>\n</graphml>\n';
  }

  await pipeline(Readable.from(batched(chunks())), createWriteStream(path));
  return tally.summary([path]);
}
