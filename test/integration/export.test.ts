import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Database } from '../../src/db/database';
import { exportGraph } from '../../src/export/export';
import { exportCommand } from '../../src/export/export-command';
import { loadShippedDataset } from '../support/dataset';
import { graphCounts, openTestDatabase, testConfig, type GraphCounts } from '../support/neo4j';

const OUT = '.neo4j/test-tmp/export';

type Row = Record<string, string>;
const readCsv = (path: string): Row[] => parse(readFileSync(path, 'utf8'), { columns: true }) as Row[];

let db: Database;
let counts: GraphCounts;
let nodeTotal: number;
let relationshipTotal: number;

/** Runs the command as `npm run export` does, against the tests' Neo4j, with its output kept quiet. */
async function runExport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await exportCommand(testConfig(), args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Label counts as exported: `Entity` (the id-constraint label on every node) is not written. */
function dataLabels(): Record<string, number> {
  const { Entity: _entity, ...labels } = counts.labels;
  return labels;
}

beforeAll(async () => {
  db = openTestDatabase();
  await loadShippedDataset(db);
  counts = await graphCounts(db);
  nodeTotal = (await db.read<{ n: number }>('MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion RETURN count(n) AS n'))[0]!.n;
  relationshipTotal = Object.values(counts.relationships).reduce((a, b) => a + b, 0);
  rmSync(OUT, { recursive: true, force: true });
});
afterAll(async () => {
  // The round-trip case adds facts of its own; later suites expect the shipped dataset.
  if (db) await loadShippedDataset(db);
  await db?.close();
});

describe('export --format csv', () => {
  const dir = join(OUT, 'csv');
  let stdout: string;
  beforeAll(async () => {
    const run = await runExport(['--format', 'csv', '--out', dir]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    stdout = run.stdout;
  });

  it('writes one file per label and one per relationship type, and reports the counts', () => {
    const expected = [
      ...Object.keys(dataLabels()).map((l) => `nodes-${l}.csv`),
      ...Object.keys(counts.relationships).map((t) => `relationships-${t}.csv`),
    ];
    expect(readdirSync(dir).sort()).toEqual(expected.sort());
    expect(stdout).toContain(`${nodeTotal} nodes, ${relationshipTotal} relationships`);
  });

  it('has as many rows per file as the graph has nodes with the label or relationships of the type', () => {
    for (const [label, n] of Object.entries(dataLabels())) expect({ label, rows: readCsv(join(dir, `nodes-${label}.csv`)).length }).toEqual({ label, rows: n });
    for (const [type, n] of Object.entries(counts.relationships)) {
      expect({ type, rows: readCsv(join(dir, `relationships-${type}.csv`)).length }).toEqual({ type, rows: n });
    }
  });

  it('gives nodes their id and properties, lists joined with |', () => {
    const companies = readCsv(join(dir, 'nodes-Company.csv'));
    expect(Object.keys(companies[0]!)[0]).toBe('id');
    const sensetime = companies.find((r) => r.id === 'sensetime')!;
    expect(sensetime).toMatchObject({ name: 'SenseTime Group Inc.', nameZh: '商汤集团股份有限公司', tickers: '0020.HK', founded: '2014' });
    const kingsoft = companies.find((r) => r.id === 'kingsoft-cloud')!;
    expect(kingsoft.tickers!.split('|').sort()).toEqual(['3896.HK', 'KC']);
  });

  it('gives relationships their endpoints, properties and evidence as JSON', () => {
    const rows = readCsv(join(dir, 'relationships-HOLDS_CERTIFICATION.csv'));
    expect(Object.keys(rows[0]!).slice(0, 2)).toEqual(['from', 'to']);
    expect(Object.keys(rows[0]!).at(-1)).toBe('evidence');
    expect(Object.keys(rows[0]!)).not.toEqual(expect.arrayContaining(['evidenceQuotes']));
    const hik14001 = rows.find((r) => r.from === 'hikvision' && r.to === 'iso-14001')!;
    expect(hik14001).toMatchObject({ holderKind: 'GROUP', year: '2024', report: 'hikvision-esg-2024' });
    expect(JSON.parse(hik14001.evidence!)).toEqual([{ report: 'hikvision-esg-2024', line: 966, quote: '2024 年,公司持续通过 ISO 14001 环境管理体系认证' }]);
    const received = readCsv(join(dir, 'relationships-RECEIVED.csv')).find((r) => r.from === 'hikvision' && r.to === 'ecovadis-rating')!;
    expect(received).toMatchObject({ level: 'Silver', year: '2025', report: 'hikvision-esg-2024' });
    expect(JSON.parse(received.evidence!)[0]).toMatchObject({ report: 'hikvision-esg-2024', line: 105 });
    expect(readCsv(join(dir, 'nodes-Recognition.csv')).find((r) => r.id === 'ecovadis-rating')).toMatchObject({ kind: 'RATING', nameZh: 'EcoVadis 可持续发展评估' });
    // PUBLISHED facts carry no evidence: no evidence column.
    expect(Object.keys(readCsv(join(dir, 'relationships-PUBLISHED.csv'))[0]!)).toEqual(['from', 'to', 'report']);
  });
});

describe('export --format json', () => {
  type Graph = {
    nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
    relationships: { type: string; from: string; to: string; properties: Record<string, unknown>; evidence?: { report: string; line: number; quote: string }[] }[];
  };
  let graph: Graph;
  beforeAll(async () => {
    expect(await runExport(['--format', 'json', '--out', join(OUT, 'json')])).toMatchObject({ code: 0 });
    graph = JSON.parse(readFileSync(join(OUT, 'json', 'graph.json'), 'utf8')) as Graph;
  });

  it('has every node and relationship, by label and type', () => {
    expect(graph.nodes).toHaveLength(nodeTotal);
    expect(graph.relationships).toHaveLength(relationshipTotal);
    const byLabel: Record<string, number> = {};
    for (const n of graph.nodes) for (const l of n.labels) byLabel[l] = (byLabel[l] ?? 0) + 1;
    expect(byLabel).toEqual(dataLabels());
    const byType: Record<string, number> = {};
    for (const r of graph.relationships) byType[r.type] = (byType[r.type] ?? 0) + 1;
    expect(byType).toEqual(counts.relationships);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(nodeTotal);
  });

  it('keeps lists as lists and evidence as items', () => {
    const kingsoft = graph.nodes.find((n) => n.id === 'kingsoft-cloud')!;
    expect(kingsoft).toMatchObject({ labels: ['Company'], properties: { nameZh: '金山云控股有限公司' } });
    expect((kingsoft.properties.tickers as string[]).sort()).toEqual(['3896.HK', 'KC']);
    const membership = graph.relationships.find((r) => r.type === 'MEMBER_OF' && r.from === 'hikvision' && r.to === 'un-global-compact')!;
    expect(membership.properties).toMatchObject({ role: 'SIGNATORY', report: 'hikvision-esg-2024' });
    expect(membership.evidence!.length).toBeGreaterThan(0);
    expect(membership.evidence![0]).toEqual({ report: 'hikvision-esg-2024', line: expect.any(Number), quote: expect.stringContaining('联合国全球契约') });
  });
});

describe('internal properties', () => {
  const INTERNAL = ['searchText', 'nameZhHans', 'codeKeys', 'factsDigest'];
  type Graph = { nodes: { id: string; properties: Record<string, unknown> }[] };
  const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as Graph;
  const internalKeys = (graph: Graph) => [...new Set(graph.nodes.flatMap((n) => Object.keys(n.properties)))].filter((k) => INTERNAL.includes(k)).sort();

  it('are left out of every format unless --internal is given', async () => {
    expect(await runExport(['--format', 'json', '--out', join(OUT, 'json-public')])).toMatchObject({ code: 0 });
    expect(internalKeys(read(join(OUT, 'json-public')))).toEqual([]);
    expect(await runExport(['--format', 'csv', '--out', join(OUT, 'csv-public')])).toMatchObject({ code: 0 });
    const header = readFileSync(join(OUT, 'csv-public', 'nodes-Company.csv'), 'utf8').split('\n')[0]!.split(',');
    expect(header.filter((h) => INTERNAL.includes(h))).toEqual([]);

    expect(await runExport(['--format', 'json', '--out', join(OUT, 'json-internal'), '--internal'])).toMatchObject({ code: 0 });
    expect(internalKeys(read(join(OUT, 'json-internal')))).toEqual([...INTERNAL].sort());
  });
});

describe('export --format graphml', () => {
  type Data = { '@_key': string; '#text'?: string | number };
  type Element = { '@_id': string; data?: Data[] };
  type Doc = {
    graphml: {
      key: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
      graph: { '@_edgedefault': string; node: Element[]; edge: (Element & { '@_source': string; '@_target': string })[] };
    };
  };
  let xml: string;
  let doc: Doc;
  beforeAll(async () => {
    expect(await runExport(['--format', 'graphml', '--out', join(OUT, 'graphml')])).toMatchObject({ code: 0 });
    xml = readFileSync(join(OUT, 'graphml', 'graph.graphml'), 'utf8');
    const parser = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
    });
    doc = parser.parse(xml) as Doc;
  });

  const value = (element: Element, keyId: string) => element.data?.find((d) => d['@_key'] === keyId)?.['#text'];

  it('is well-formed GraphML with typed keys', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(doc.graphml.graph['@_edgedefault']).toBe('directed');
    for (const key of doc.graphml.key) {
      expect(['node', 'edge']).toContain(key['@_for']);
      expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(key['@_attr.type']);
    }
    const declared = new Set(doc.graphml.key.map((k) => k['@_id']));
    for (const element of [...doc.graphml.graph.node, ...doc.graphml.graph.edge]) {
      for (const d of element.data ?? []) expect(declared.has(d['@_key'])).toBe(true);
    }
  });

  it('has every node and every edge, each edge between exported nodes', () => {
    const { node, edge } = doc.graphml.graph;
    expect(node).toHaveLength(nodeTotal);
    expect(edge).toHaveLength(relationshipTotal);
    const nodeIds = new Set(node.map((n) => n['@_id']));
    expect(nodeIds.size).toBe(nodeTotal);
    for (const e of edge) {
      expect(nodeIds.has(e['@_source'])).toBe(true);
      expect(nodeIds.has(e['@_target'])).toBe(true);
    }
    const keyOf = (domain: string, name: string) => doc.graphml.key.find((k) => k['@_for'] === domain && k['@_attr.name'] === name)!['@_id'];
    const byType: Record<string, number> = {};
    for (const e of edge) {
      const type = String(value(e, keyOf('edge', 'type')));
      byType[type] = (byType[type] ?? 0) + 1;
    }
    expect(byType).toEqual(counts.relationships);
    const sensetime = node.find((n) => n['@_id'] === 'sensetime')!;
    expect(value(sensetime, keyOf('node', 'labels'))).toBe('Company');
    expect(value(sensetime, keyOf('node', 'nameZh'))).toBe('商汤集团股份有限公司');
    expect(doc.graphml.key.find((k) => k['@_attr.name'] === 'value')).toMatchObject({ '@_for': 'edge', '@_attr.type': 'double' });
    // Whole numbers are integers: a year reads 2024, not 2024.0.
    for (const [domain, name] of [['node', 'founded'], ['node', 'year'], ['edge', 'year'], ['edge', 'since']]) {
      expect(doc.graphml.key.find((k) => k['@_for'] === domain && k['@_attr.name'] === name)).toMatchObject({ '@_attr.type': 'long' });
    }
    const ainnovation = node.find((n) => n['@_id'] === 'ainnovation')!;
    expect(String(value(ainnovation, keyOf('node', 'founded')))).toBe('2018');
    expect(xml).not.toMatch(/>\d{4}\.0</);
  });
});

describe('reading in batches', () => {
  it('gives the same export with batches far smaller than the graph as with one batch', async () => {
    for (const format of ['json', 'csv'] as const) {
      const whole = join(OUT, `${format}-one-batch`);
      const small = join(OUT, `${format}-small-batches`);
      const a = await exportGraph(db, format, whole, { batchSize: 10_000 });
      const b = await exportGraph(db, format, small, { batchSize: 7 });
      expect(b).toEqual({ ...a, files: a.files.map((f) => f.replace(whole, small)) });
      expect(b.nodeTotal).toBe(nodeTotal);
      for (const file of readdirSync(whole)) expect(readFileSync(join(small, file), 'utf8')).toBe(readFileSync(join(whole, file), 'utf8'));
    }
  });
});

describe('CSV round-trip of awkward text', () => {
  const quote = 'He said, "certified, again";\nthen: 商湯 “引號”, 100%';
  const headquarters = '1 Road, "Tower A"\r\nShanghai, 上海';
  let dir: string;
  beforeAll(async () => {
    await db.write(
      `MATCH (c:Company {id: 'sensetime'}), (s:Standard {id: 'iso-22301'})
       SET c.headquarters = $headquarters
       CREATE (c)-[:HOLDS_CERTIFICATION {holderKind: 'GROUP', report: 'sensetime-esg-2022', evidenceReports: ['sensetime-esg-2022'], evidenceLines: [1], evidenceQuotes: [$quote]}]->(s)`,
      { quote, headquarters },
    );
    dir = join(OUT, 'csv-awkward');
    await exportGraph(db, 'csv', dir);
  });

  it('keeps a Chinese name and a quote with commas, quotes and newlines exactly', () => {
    const company = readCsv(join(dir, 'nodes-Company.csv')).find((r) => r.id === 'sensetime')!;
    expect(company.nameZh).toBe('商汤集团股份有限公司');
    expect(company.headquarters).toBe(headquarters);
    const row = readCsv(join(dir, 'relationships-HOLDS_CERTIFICATION.csv')).find((r) => r.from === 'sensetime' && r.to === 'iso-22301')!;
    expect(JSON.parse(row.evidence!)).toEqual([{ report: 'sensetime-esg-2022', line: 1, quote }]);
  });
});

describe('export command line', () => {
  it('refuses a missing or unknown format, or an unknown option, with usage and status 2', async () => {
    for (const args of [[], ['--format', 'xlsx'], ['--format', 'csv', '--bogus']]) {
      const run = await runExport(args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).toContain('usage: npm run export -- --format csv|json|graphml');
    }
  });
});
