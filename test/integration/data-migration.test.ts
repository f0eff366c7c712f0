import { applyRenamedIds, applyWholeNumbers, readRenamedIds } from '../../src/db/data-migrations';
import type { Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR, factsFilesIn } from '../../src/ingest/facts/files';
import { readFactsFile } from '../../src/ingest/facts/read';
import { readValidFacts } from '../../src/ingest/load-command';
import { loadFacts } from '../../src/ingest/load/load';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { dataOf, startTestServer, type TestServer } from '../support/server';

/**
 * A graph loaded from the facts files before ids were prefixed and recognitions had a kind of
 * their own, with facts a curator added through the curation mutations on the old ids: migrating
 * it moves every curated fact to the new id (a fact on what is now a recognition becomes a
 * recognition received), and reloading the facts keeps them.
 */

const TOKEN = 'migration-curation-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const facts = (name: string) => readFactsFile(`${FACTS_DIR}/${name}.json`);
const kingsoft = facts('kingsoftcloud-esg-2023');
const hikvision = facts('hikvision-esg-2024');
const ainnovation = facts('ainnovation-esg-2024');
const evidence = (report: string, e: { line: number; quote: string }) => [{ report, line: e.line, quote: e.quote }];

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(testConfig({ CURATION_TOKEN: TOKEN }), db);
});
afterAll(async () => {
  await server.close();
  await loadShippedDataset(db);
  await db.close();
});

/** Turns the loaded graph back into what the earlier facts files gave, for the entries this test follows. */
async function ageGraph(): Promise<void> {
  // Renamed: the programme had no company prefix.
  await db.write("MATCH (p:Programme {id: 'kingsoft-cloud-nebula-training-camp'}) SET p.id = 'nebula-training-camp'");
  // Relabelled, same id: the EcoVadis rating was a standard held as a certification.
  await db.write(`MATCH (r:Recognition {id: 'ecovadis-rating'})<-[x:RECEIVED]-(co:Company)
                  CREATE (co)-[c:HOLDS_CERTIFICATION]->(r) SET c = properties(x) REMOVE c.level, c.levelZh DELETE x`);
  await db.write("MATCH (r:Recognition {id: 'ecovadis-rating'}) REMOVE r:Recognition SET r:Standard, r.code = 'EcoVadis', r.title = 'EcoVadis rating', r.category = 'OTHER'");
  // Relabelled, another id: a partner list was an alliance.
  await db.write(`MATCH (co:Company {id: 'kingsoft-cloud'})
                  CREATE (co)-[:MEMBER_OF {role: 'MEMBER', report: 'kingsoftcloud-esg-2023', evidenceReports: ['kingsoftcloud-esg-2023'], evidenceLines: [1674], evidenceQuotes: ['x']}]->
                         (:Alliance:Entity {id: 'beijing-general-ai-industry-innovation-partnership-program', name: 'Beijing General AI Industry Innovation Partnership Program', kind: 'INITIATIVE'})`);
  // Merged: the news article's programme was a node of its own.
  await db.write(`MATCH (co:Company {id: 'sensetime'})-[r:RUNS {report: 'sensetime-news-2022-04-24'}]->(:Programme {id: 'sensetime-2022-shanghai-lockdown-employee-support'})
                  CREATE (co)-[c:RUNS]->(:Programme:Entity {id: 'sensetime-2022-employee-covid-care', name: 'Employee COVID care', kind: 'EMPLOYEE'}) SET c = properties(r) DELETE r`);
  // Removed: a body inferred from a standard-number prefix.
  await db.write(`MATCH (co:Company {id: 'ainnovation'})
                  CREATE (co)-[:MEMBER_OF {role: 'MEMBER', report: 'ainnovation-esg-2024', evidenceReports: ['ainnovation-esg-2024'], evidenceLines: [803], evidenceQuotes: ['x']}]->
                         (:Alliance:Entity {id: 'qingdao-software-industry-association', name: 'Qingdao Software Industry Association', kind: 'ASSOCIATION'})`);
  // The map has not been applied to this graph yet.
  await db.write("MATCH (m:Migration {id: 'data_renamed_ids'}) DELETE m");
}

async function curate(mutation: string, variables: Record<string, unknown>): Promise<void> {
  dataOf(await server.gql(mutation, variables, auth));
}

describe('migrating a graph of the earlier ids', () => {
  it('keeps every curated fact, on the new id, through the migration and the reload', async () => {
    await loadShippedDataset(db);
    await ageGraph();

    const nebula = kingsoft.programmes.find((p) => p.id === 'kingsoft-cloud-nebula-training-camp')!;
    const partnerList = kingsoft.received.find((r) => r.recognition === 'beijing-general-ai-industry-innovation-partner')!;
    const ecovadis = hikvision.received.find((r) => r.recognition === 'ecovadis-rating')!;
    await curate(
      `mutation($e: [EvidenceInput!]!) { upsertProgramme(input: { company: "kingsoft-cloud", id: "nebula-training-camp", name: "Nebula Training Camp", kind: TALENT, startYear: 2023, evidence: $e }) { id } }`,
      { e: evidence('kingsoftcloud-esg-2023', nebula.evidence[0]!) },
    );
    await curate(
      `mutation($e: [EvidenceInput!]!) { upsertCertification(input: { company: "hikvision", standard: "ecovadis-rating", year: 2025, evidence: $e }) { year } }`,
      { e: evidence('hikvision-esg-2024', ecovadis.evidence[0]!) },
    );
    await curate(
      `mutation($e: [EvidenceInput!]!) { upsertMembership(input: { company: "kingsoft-cloud", alliance: "beijing-general-ai-industry-innovation-partnership-program", role: MEMBER, since: 2023, evidence: $e }) { role } }`,
      { e: evidence('kingsoftcloud-esg-2023', partnerList.evidence[0]!) },
    );
    await curate(
      `mutation($e: [EvidenceInput!]!) { upsertMembership(input: { company: "ainnovation", alliance: "qingdao-software-industry-association", role: MEMBER, evidence: $e }) { role } }`,
      { e: evidence('ainnovation-esg-2024', ainnovation.draftedStandards.at(-1)!.evidence[0]!) },
    );

    const applied = await applyRenamedIds(db, readRenamedIds());
    expect(applied).toEqual(
      expect.arrayContaining([
        'merged Programme sensetime-2022-employee-covid-care into sensetime-2022-shanghai-lockdown-employee-support',
        'renamed Programme nebula-training-camp to kingsoft-cloud-nebula-training-camp',
        'Standard ecovadis-rating is now Recognition ecovadis-rating (1 curated fact(s) now RECEIVED)',
        'Alliance beijing-general-ai-industry-innovation-partnership-program is now Recognition beijing-general-ai-industry-innovation-partner (1 curated fact(s) now RECEIVED)',
        'Alliance qingdao-software-industry-association was removed: kept with 1 curated fact(s) for a curator to move',
      ]),
    );
    expect(applied).toHaveLength(5);
    await expectCuratedFactsOnNewIds();

    // Reloading the facts replaces what reports state and keeps what curation added.
    await loadFacts(db, readValidFacts(factsFilesIn(FACTS_DIR)), loadCatalog());
    await expectCuratedFactsOnNewIds();
    const received = await db.read<{ curated: boolean | null }>("MATCH (:Company {id: 'hikvision'})-[r:RECEIVED]->(:Recognition {id: 'ecovadis-rating'}) RETURN r.curated AS curated ORDER BY curated");
    expect(received.map((r) => r.curated)).toEqual([true, null]);

    // Applied once: running the migrations again changes nothing.
    expect(await applyRenamedIds(db, readRenamedIds())).toEqual([]);
    expect(await migrate(db)).toEqual([]);
  });

  it('stores whole numbers written as floats by earlier versions as integers', async () => {
    await db.write("CREATE (:Programme:Entity {id: 'float-years-programme', name: 'Float years', kind: 'OTHER', startYear: 2019.0})");
    await db.write("MATCH (co:Company {id: 'sensetime'}), (p:Programme {id: 'float-years-programme'}) CREATE (co)-[:RUNS {curated: true, evidenceLines: [12.0, 13.0], year: 2022.0}]->(p)");
    await db.write("MATCH (m:Migration {id: 'data_whole_numbers'}) DELETE m");
    expect(await applyWholeNumbers(db)).toEqual(['whole numbers stored as integers on 2 node(s) and relationship(s)']);
    const [types] = await db.read<Record<string, string>>(
      "MATCH (:Company {id: 'sensetime'})-[r:RUNS]->(p:Programme {id: 'float-years-programme'}) RETURN valueType(p.startYear) AS startYear, valueType(r.year) AS year, valueType(r.evidenceLines) AS lines",
    );
    expect(types).toEqual({ startYear: 'INTEGER NOT NULL', year: 'INTEGER NOT NULL', lines: 'LIST<INTEGER NOT NULL> NOT NULL' });
    expect(await applyWholeNumbers(db)).toEqual([]);
    await db.write("MATCH (p:Programme {id: 'float-years-programme'}) DETACH DELETE p");
  });
});

async function expectCuratedFactsOnNewIds(): Promise<void> {
  const old = await db.read<{ id: string }>(
    "MATCH (n:Entity) WHERE n.id IN ['nebula-training-camp', 'beijing-general-ai-industry-innovation-partnership-program', 'sensetime-2022-employee-covid-care'] OR (n:Standard AND n.id = 'ecovadis-rating') RETURN n.id AS id",
  );
  expect(old).toEqual([]);
  const curated = await db.read<{ company: string; type: string; to: string; label: string; lines: number[]; year: number | null }>(
    `MATCH (co:Company)-[r {curated: true}]->(n)
     RETURN co.id AS company, type(r) AS type, n.id AS to, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, r.evidenceLines AS lines, r.year AS year
     ORDER BY to`,
  );
  expect(curated.map(({ company, type, to, label, year }) => ({ company, type, to, label, year }))).toEqual([
    { company: 'kingsoft-cloud', type: 'RECEIVED', to: 'beijing-general-ai-industry-innovation-partner', label: 'Recognition', year: 2023 },
    { company: 'hikvision', type: 'RECEIVED', to: 'ecovadis-rating', label: 'Recognition', year: 2025 },
    { company: 'kingsoft-cloud', type: 'RUNS', to: 'kingsoft-cloud-nebula-training-camp', label: 'Programme', year: null },
    { company: 'ainnovation', type: 'MEMBER_OF', to: 'qingdao-software-industry-association', label: 'Alliance', year: null },
  ]);
  for (const fact of curated) expect(fact.lines.length).toBeGreaterThan(0);
  const runs = await db.read<{ report: string | null }>(
    "MATCH (:Company {id: 'sensetime'})-[r:RUNS]->(:Programme {id: 'sensetime-2022-shanghai-lockdown-employee-support'}) RETURN r.report AS report ORDER BY report",
  );
  expect(runs.map((r) => r.report)).toEqual(['sensetime-esg-2022', 'sensetime-news-2022-04-24']);
}
