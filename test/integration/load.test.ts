import { join } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { graphChecksum } from '../../src/db/checksum';
import type { Database } from '../../src/db/database';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR, factsFilesIn } from '../../src/ingest/facts/files';
import { FactsFileError } from '../../src/ingest/facts/read';
import type { FactsFile } from '../../src/ingest/facts/schema';
import { readValidFacts } from '../../src/ingest/load-command';
import { loadFacts } from '../../src/ingest/load/load';
import { staleReports, syncFacts } from '../../src/ingest/load/sync';
import { graphCounts, openTestDatabase, resetGraph } from '../support/neo4j';

let db: Database;
const catalog = loadCatalog();
const shipped = () => readValidFacts(factsFilesIn(FACTS_DIR));

beforeAll(async () => {
  db = openTestDatabase();
  await resetGraph(db);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

describe('loading the curated facts', () => {
  it('loads every source and gives the same graph when loaded twice', async () => {
    const first = await loadFacts(db, shipped(), catalog);
    expect(first.map((r) => r.report).sort()).toEqual([
      'ainnovation-esg-2024',
      'hikvision-esg-2024',
      'kingsoftcloud-esg-2023',
      'sensetime-esg-2022',
      'sensetime-news-2022-04-24',
    ]);
    const once = await graphChecksum(db);
    const countsOnce = await graphCounts(db);
    expect(countsOnce.labels.Company).toBeGreaterThanOrEqual(4);
    expect(countsOnce.relationships.HOLDS_CERTIFICATION).toBeGreaterThan(40);

    await loadFacts(db, shipped(), catalog);
    expect(await graphCounts(db)).toEqual(countsOnce);
    expect(await graphChecksum(db)).toEqual(once);
  });

  it('stores whole numbers as integers: years, founded, SDG numbers, line numbers; only metric values are floats', async () => {
    await loadFacts(db, shipped(), catalog);
    const types = await db.read<{ key: string; types: string[] }>(
      `CALL () { MATCH (n:Entity) RETURN properties(n) AS props UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN properties(r) AS props }
       UNWIND keys(props) AS key
       WITH key, valueType(props[key]) AS type WHERE type STARTS WITH 'INTEGER' OR type STARTS WITH 'FLOAT' OR type STARTS WITH 'LIST<INTEGER' OR type STARTS WITH 'LIST<FLOAT'
       RETURN key, collect(DISTINCT type) AS types ORDER BY key`,
    );
    expect(Object.fromEntries(types.map((t) => [t.key, t.types]))).toEqual({
      caveatLines: ['LIST<INTEGER NOT NULL> NOT NULL'],
      evidenceLines: ['LIST<INTEGER NOT NULL> NOT NULL'],
      founded: ['INTEGER NOT NULL'],
      number: ['INTEGER NOT NULL'],
      since: ['INTEGER NOT NULL'],
      startYear: ['INTEGER NOT NULL'],
      value: ['FLOAT NOT NULL'],
      year: ['INTEGER NOT NULL'],
    });
  });

  it('writes a metric value\'s breakdown, what a partial value covers, and its caveats with their evidence', async () => {
    await loadFacts(db, shipped(), catalog);
    const reported = async (company: string, key: string, year: number) =>
      db.read<Record<string, unknown>>(
        'MATCH (:Company {id: $company})-[r:REPORTED {year: $year}]->(:Metric {key: $key}) WHERE r.segment IS NULL RETURN properties(r) AS r',
        { company, key, year },
      );
    const [scope1] = (await reported('hikvision', 'ghg_scope1_tco2e', 2024)).map((x) => x.r as Record<string, unknown>);
    expect(scope1).toMatchObject({ value: 14385.48, breakdown: 'TOTAL', caveatKinds: ['BOUNDARY_CHANGE'], caveatLines: [2358] });
    expect((scope1!.caveatQuotes as string[])[0]).toContain('由 40 余家子公司增加至 123 家公司');

    const [scope3] = (await reported('ainnovation', 'ghg_scope3_tco2e', 2024)).map((x) => x.r as Record<string, unknown>);
    expect(scope3).toMatchObject({ value: 392.62, breakdown: 'PARTIAL', covers: expect.stringContaining('business travel') });
    expect(scope3).not.toHaveProperty('caveatKinds');

    const [energy] = (await reported('hikvision', 'energy_total_mwh', 2024)).map((x) => x.r as Record<string, unknown>);
    expect(energy).toMatchObject({ value: 51758.7, unit: 'tce' });
  });

  it('replaces a report\'s facts on reload: a fact removed from the file leaves the graph', async () => {
    const files = shipped();
    const kingsoft = files.find((f) => f.report.id === 'kingsoftcloud-esg-2023')!;
    const before = await graphCounts(db);
    const trimmed: FactsFile = { ...kingsoft, certifications: kingsoft.certifications.slice(1) };
    await loadFacts(db, [trimmed], catalog);
    const after = await graphCounts(db);
    expect(after.relationships.HOLDS_CERTIFICATION).toBe(before.relationships.HOLDS_CERTIFICATION! - 1);
    await loadFacts(db, files, catalog);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('at start, loads only the sources whose facts changed since they were loaded', async () => {
    const files = shipped();
    await loadFacts(db, files, catalog);
    const loaded = await graphChecksum(db);
    expect(await syncFacts(db, files, catalog)).toEqual([]);

    const kingsoft = files.find((f) => f.report.id === 'kingsoftcloud-esg-2023')!;
    const edited = files.map((f) => (f === kingsoft ? { ...kingsoft, certifications: kingsoft.certifications.slice(1) } : f));
    expect([...(await staleReports(db, edited))]).toEqual(['kingsoftcloud-esg-2023']);
    const synced = await syncFacts(db, edited, catalog);
    expect(synced.map((r) => r.report)).toEqual(['kingsoftcloud-esg-2023']);
    expect(await staleReports(db, edited)).toEqual(new Set());

    // Back to the shipped files: the same graph as a full load, shared entities included.
    expect((await syncFacts(db, files, catalog)).map((r) => r.report)).toEqual(['kingsoftcloud-esg-2023']);
    expect(await graphChecksum(db)).toEqual(loaded);

    await resetGraph(db);
    expect((await syncFacts(db, files, catalog)).length).toBe(files.length);
    expect(await graphChecksum(db)).toEqual(loaded);
  });

  it('rolls back a source that fails part-way: nothing of it is left, earlier sources stay', async () => {
    await resetGraph(db);
    const [good, bad] = shipped();
    const broken: FactsFile = {
      ...bad!,
      // Passes the TypeScript types but names a standard the graph does not have: fails after the
      // report's nodes and some relationships were written inside the transaction.
      certifications: [...bad!.certifications, { standard: 'no-such-standard', holderKind: 'GROUP', evidence: [{ line: 1, quote: 'xx' }] }],
    };
    await expect(loadFacts(db, [good!, broken], catalog)).rejects.toThrow(/no-such-standard/);
    const reports = await db.read<{ id: string }>('MATCH (r:Report) RETURN r.id AS id ORDER BY id');
    expect(reports.map((r) => r.id)).toEqual([good!.report.id]);
    const leftovers = await db.read<{ n: number }>('MATCH ()-[r]->() WHERE r.report = $id RETURN count(r) AS n', { id: broken.report.id });
    expect(leftovers[0]!.n).toBe(0);
  });
});

describe('a malformed facts file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'facts-'));
  const write = (name: string, mutate: (json: Record<string, unknown>) => void) => {
    const json = JSON.parse(readFileSync(join(FACTS_DIR, 'kingsoftcloud-esg-2023.json'), 'utf8')) as Record<string, unknown>;
    mutate(json);
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(json));
    return path;
  };

  it('is rejected before anything is written, naming the file, the path inside it and the problem', async () => {
    await resetGraph(db);
    const path = write('bad-role.json', (json) => {
      (json.memberships as { role: string }[])[0]!.role = 'OVERLORD';
    });
    let error: unknown;
    try {
      readValidFacts([path]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(FactsFileError);
    expect((error as Error).message).toMatch(/bad-role\.json/);
    expect((error as Error).message).toMatch(/memberships\[0\]\.role/);
    expect((error as Error).message).toMatch(/MEMBER/);
    expect((await graphCounts(db)).labels).toEqual({});
  });

  it('is rejected when a fact cites an entity the file does not define', () => {
    const path = write('dangling.json', (json) => {
      (json.memberships as { alliance: string }[])[0]!.alliance = 'undefined-alliance';
    });
    expect(() => readValidFacts([path])).toThrow(/memberships\[0\]\.alliance: alliance "undefined-alliance" is not defined/);
  });

  it('is rejected when a quote is not in the report', () => {
    const path = write('bad-quote.json', (json) => {
      (json.certifications as { evidence: { quote: string }[] }[])[0]!.evidence[0]!.quote = 'words the report never says';
    });
    expect(() => readValidFacts([path])).toThrow(/certifications\[0\]\.evidence\[0\]: quote not found verbatim/);
  });

  it('is rejected when it is not JSON', () => {
    const path = join(dir, 'not-json.json');
    writeFileSync(path, '{ "source": ');
    expect(() => readValidFacts([path])).toThrow(/^not-json\.json:1:13: not valid JSON: value expected$/);
  });
});
