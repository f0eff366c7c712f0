import { graphChecksum } from '../../src/db/checksum';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { readValidFacts } from '../../src/ingest/load-command';
import { loadFacts } from '../../src/ingest/load/load';
import type { Database } from '../../src/db/database';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { dataOf, startTestServer, type TestServer } from '../support/server';

const TOKEN = 'curation-token-for-tests-0123456789';
const CERTIFY = `mutation($e: [EvidenceInput!]!) {
  upsertCertification(input: { company: "hikvision", standard: "iso-22301", year: 2024, evidence: $e }) {
    company { id } standard { code } year holderKind evidence { report { id } line quote }
  } }`;
const EVIDENCE = [{ report: 'hikvision-esg-2024', line: 1403, quote: '通过 ISO 27001、ISO 27701' }];

let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadShippedDataset(db);
  server = await startTestServer(testConfig({ CURATION_TOKEN: TOKEN }), db);
});
afterAll(async () => {
  await server.close();
  await loadShippedDataset(db);
  await db.close();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe('curation mutations', () => {
  it('refuse a request without the token, or with a wrong one, with UNAUTHENTICATED and change nothing', async () => {
    const before = await graphChecksum(db);
    for (const headers of [{}, auth('wrong-token-wrong-token-wrong'), { authorization: TOKEN }]) {
      const body = await server.gql(CERTIFY, { e: EVIDENCE }, headers);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('write a holding with its evidence, idempotently', async () => {
    const first = await server.gql<{ upsertCertification: unknown }>(CERTIFY, { e: EVIDENCE }, auth(TOKEN));
    expect(dataOf(first).upsertCertification).toEqual({
      company: { id: 'hikvision' },
      standard: { code: 'ISO 22301' },
      year: 2024,
      holderKind: 'GROUP',
      evidence: [{ report: { id: 'hikvision-esg-2024' }, line: 1403, quote: EVIDENCE[0]!.quote }],
    });
    const once = await graphChecksum(db);
    dataOf(await server.gql(CERTIFY, { e: EVIDENCE }, auth(TOKEN)));
    expect(await graphChecksum(db)).toEqual(once);
    const { standard } = dataOf(
      await server.gql<{ standard: { holders: { edges: { node: { id: string } }[] } } }>('{ standard(id: "iso-22301") { holders { edges { node { id } } } } }'),
    );
    expect(standard.holders.edges.map((e) => e.node.id)).toContain('hikvision');
  });

  it('keep curated facts when the report is reloaded', async () => {
    await loadFacts(db, readValidFacts(['data/facts/hikvision-esg-2024.json']), loadCatalog());
    const rows = await db.read<{ n: number }>("MATCH (:Company {id: 'hikvision'})-[r:HOLDS_CERTIFICATION {curated: true}]->(:Standard {id: 'iso-22301'}) RETURN count(r) AS n");
    expect(rows[0]!.n).toBe(1);
  });

  it('write memberships, programmes and companies', async () => {
    const membership = await server.gql<{ upsertMembership: { role: string; alliance: { id: string }; company: { memberships: { alliance: { id: string } }[] } } }>(
      `mutation { upsertMembership(input: { company: "kingsoft-cloud", alliance: "tech4sdg", role: MEMBER, since: 2023,
        evidence: [{ report: "kingsoftcloud-esg-2023", line: 861, quote: "ISO 45001" }] }) { role alliance { id } company { memberships { alliance { id } } } } }`,
      {},
      auth(TOKEN),
    );
    expect(dataOf(membership).upsertMembership.company.memberships.map((m) => m.alliance.id)).toContain('tech4sdg');
    const programme = await server.gql<{ upsertProgramme: { id: string; runBy: { id: string }[]; evidence: { line: number }[] } }>(
      `mutation { upsertProgramme(input: { company: "ainnovation", id: "curated-test-programme", name: "Curated test programme", kind: EDUCATION,
        evidence: [{ report: "ainnovation-esg-2024", line: 971, quote: "GB/T19001-2016/ISO9001:2015" }] }) { id runBy { id } evidence { line } } }`,
      {},
      auth(TOKEN),
    );
    expect(dataOf(programme).upsertProgramme).toEqual({ id: 'curated-test-programme', runBy: [{ id: 'ainnovation' }], evidence: [{ line: 971 }] });
    const company = await server.gql<{ upsertCompany: { id: string; nameZhHans: string } }>(
      'mutation { upsertCompany(input: { id: "example-co", name: "Example Co", nameZh: "範例公司" }) { id nameZhHans } }',
      {},
      auth(TOKEN),
    );
    expect(dataOf(company).upsertCompany).toEqual({ id: 'example-co', nameZhHans: '范例公司' });
  });

  it('store whole numbers (years, founded, line numbers) as integers', async () => {
    dataOf(
      await server.gql(
        `mutation { upsertCompany(input: { id: "whole-numbers-co", name: "Whole Numbers Co", founded: 2014 }) { id }
          upsertProgramme(input: { company: "ainnovation", id: "whole-numbers-programme", name: "Whole numbers programme", kind: OTHER, startYear: 2021,
            evidence: [{ report: "ainnovation-esg-2024", line: 971, quote: "GB/T19001-2016/ISO9001:2015" }] }) { id } }`,
        {},
        auth(TOKEN),
      ),
    );
    const types = await db.read<{ what: string; type: string }>(
      `MATCH (co:Company {id: 'whole-numbers-co'}) RETURN 'founded' AS what, valueType(co.founded) AS type
       UNION ALL MATCH (p:Programme {id: 'whole-numbers-programme'}) RETURN 'startYear' AS what, valueType(p.startYear) AS type
       UNION ALL MATCH ()-[r:RUNS {curated: true}]->(:Programme {id: 'whole-numbers-programme'}) RETURN 'evidenceLines' AS what, valueType(r.evidenceLines) AS type
       UNION ALL MATCH (:Company {id: 'hikvision'})-[r:HOLDS_CERTIFICATION {curated: true}]->(:Standard {id: 'iso-22301'}) RETURN 'year' AS what, valueType(r.year) AS type
       UNION ALL MATCH (:Company {id: 'kingsoft-cloud'})-[r:MEMBER_OF {curated: true}]->(:Alliance {id: 'tech4sdg'}) RETURN 'since' AS what, valueType(r.since) AS type`,
    );
    expect(Object.fromEntries(types.map((t) => [t.what, t.type]))).toEqual({
      founded: 'INTEGER NOT NULL',
      startYear: 'INTEGER NOT NULL',
      evidenceLines: 'LIST<INTEGER NOT NULL> NOT NULL',
      year: 'INTEGER NOT NULL',
      since: 'INTEGER NOT NULL',
    });
  });

  it('reject bad input with BAD_USER_INPUT or NOT_FOUND and write nothing', async () => {
    const before = await graphChecksum(db);
    const cases: [string, string][] = [
      [`mutation { upsertCertification(input: { company: "hikvision", standard: "iso-22301", evidence: [{ report: "hikvision-esg-2024", line: 1403, quote: "words the report never says" }] }) { year } }`, 'BAD_USER_INPUT'],
      [`mutation { upsertCertification(input: { company: "nobody", standard: "iso-22301", evidence: [{ report: "hikvision-esg-2024", line: 1403, quote: "ISO 27017" }] }) { year } }`, 'NOT_FOUND'],
      [`mutation { upsertCertification(input: { company: "hikvision", standard: "iso-22301", evidence: [] }) { year } }`, 'BAD_USER_INPUT'],
      [`mutation { upsertCertification(input: { company: "hikvision", standard: "iso-22301", holderKind: FACILITY, evidence: [{ report: "hikvision-esg-2024", line: 1403, quote: "ISO 27017" }] }) { year } }`, 'BAD_USER_INPUT'],
      [`mutation { upsertMembership(input: { company: "hikvision", alliance: "iso-9001", role: MEMBER, evidence: [{ report: "hikvision-esg-2024", line: 1403, quote: "ISO 27017" }] }) { role } }`, 'NOT_FOUND'],
      ['mutation { upsertCompany(input: { id: "Not A Slug", name: "x" }) { id } }', 'BAD_USER_INPUT'],
      ['mutation { upsertCompany(input: { id: "tech4sdg", name: "x" }) { id } }', 'BAD_USER_INPUT'],
      ['mutation { upsertCompany(input: { id: "ok-id", name: "x", founded: 12 }) { id } }', 'BAD_USER_INPUT'],
    ];
    for (const [mutation, code] of cases) {
      const body = await server.gql(mutation, {}, auth(TOKEN));
      expect({ mutation, code: body.errors?.[0]?.extensions?.code }).toEqual({ mutation, code });
    }
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe('without a configured token', () => {
  it('mutations are disabled', async () => {
    const plain = await startTestServer(testConfig(), db);
    try {
      const body = await plain.gql(CERTIFY, { e: EVIDENCE }, auth(TOKEN));
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/disabled/), extensions: { code: 'FORBIDDEN' } });
    } finally {
      await plain.close();
    }
  });
});
