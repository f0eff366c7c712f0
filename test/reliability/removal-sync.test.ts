import { copyFileSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { graphChecksum } from '../../src/db/checksum';
import type { Database } from '../../src/db/database';
import { factsFilesIn } from '../../src/ingest/facts/files';
import { fromRoot } from '../../src/paths';
import { CURATION_TOKEN, startApi, type ApiProcess } from './support/api-process';
import { runCommand, serverEnv } from './support/cli';
import { reportFigures } from './support/figures';
import { postGraphQL } from './support/graphql';
import { openReliabilityDatabase } from './support/neo4j';

const CERTIFY = `mutation($e: [EvidenceInput!]!) {
  upsertCertification(input: { company: "hikvision", standard: "iso-22301", year: 2024, evidence: $e }) { year } }`;
const EVIDENCE = [{ report: 'hikvision-esg-2024', line: 1403, quote: '通过 ISO 27001、ISO 27701' }];
const CURATED = `{ company(id: "hikvision") { certifications(where: { standard: { id: { eq: "iso-22301" } } }) { evidence { report { id title } line } } } }`;

async function factsOf(db: Database, report: string): Promise<{ facts: number; reportNode: boolean; digest: boolean }> {
  const [row] = await db.read<{ facts: number; reportNode: boolean; digest: boolean }>(
    `RETURN COUNT { ()-[r]->() WHERE r.report = $report } AS facts,
            EXISTS { MATCH (n:Report {id: $report}) } AS reportNode,
            EXISTS { MATCH (n:Report {id: $report}) WHERE n.factsDigest IS NOT NULL } AS digest`,
    { report },
  );
  return row!;
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${url}/ready`)).status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the API did not become ready');
}

describe('a sync that also removes: reports whose facts file is gone', () => {
  let db: Database;
  let api: ApiProcess | undefined;
  let dir: string;
  beforeAll(() => {
    db = openReliabilityDatabase();
    dir = mkdtempSync(join(tmpdir(), 'esg-graph-facts-'));
    for (const file of factsFilesIn(fromRoot('data', 'facts'))) copyFileSync(file, join(dir, basename(file)));
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('removes them at load and at start, in one transaction each, keeps curated facts citing them, and unloads on demand', async () => {
    const original = await graphChecksum(db);
    api = await startApi('removal-curate');
    const curated = await postGraphQL(api.url, CERTIFY, { e: EVIDENCE }, { authorization: `Bearer ${CURATION_TOKEN}` });
    expect(curated.body?.errors).toBeUndefined();
    await api.stop();
    api = undefined;
    expect((await factsOf(db, 'hikvision-esg-2024')).facts).toBeGreaterThan(0);

    // `load <dir>`: the directory is the dataset; a file deleted from it takes its report out.
    unlinkSync(join(dir, 'hikvision-esg-2024.json'));
    const load = await runCommand('removal-load', ['load', dir], serverEnv());
    expect(load.code).toBe(0);
    const removedLine = /^removed 1 report\(s\) \(hikvision-esg-2024\): (\d+) relationships, (\d+) nodes \((\d+) ms\)$/m.exec(load.output);
    expect(removedLine).not.toBeNull();
    expect(load.output).toContain('curated HOLDS_CERTIFICATION hikvision → iso-22301 cites removed report hikvision-esg-2024: kept, with the report node');
    // The loaded facts are gone; the report node stays, no longer loaded, because curated evidence cites it.
    expect(await factsOf(db, 'hikvision-esg-2024')).toEqual({ facts: 0, reportNode: true, digest: false });

    // At start (LOAD_ON_START, FACTS_DIR): the same, logged with counts.
    unlinkSync(join(dir, 'sensetime-news-2022-04-24.json'));
    api = await startApi('removal-start', { LOAD_ON_START: 'true', FACTS_DIR: dir });
    await waitReady(api.url);
    const startLog = api.output().split('\n').find((l) => l.includes('removed reports whose facts file is gone'));
    expect(startLog).toBeDefined();
    expect(JSON.parse(startLog!)).toMatchObject({ reports: ['sensetime-news-2022-04-24'] });
    expect(await factsOf(db, 'sensetime-news-2022-04-24')).toEqual({ facts: 0, reportNode: false, digest: false });
    // The curated fact is still served, with its evidence and the report it cites.
    const served = await postGraphQL(api.url, CURATED);
    expect(served.body?.errors).toBeUndefined();
    expect(served.body?.data).toMatchObject({ company: { certifications: [{ evidence: [{ report: { id: 'hikvision-esg-2024' }, line: 1403 }] }] } });
    await api.stop();
    api = undefined;

    // `unload <report-id>`: explicit; an unknown id removes nothing.
    const unknown = await runCommand('unload-unknown', ['unload', 'no-such-report'], serverEnv());
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('no report "no-such-report" in the graph: nothing removed');
    const unload = await runCommand('unload', ['unload', 'kingsoftcloud-esg-2023'], serverEnv());
    expect(unload.code).toBe(0);
    expect(unload.output).toMatch(/^removed 1 report\(s\) \(kingsoftcloud-esg-2023\): \d+ relationships, \d+ nodes/m);
    expect(await factsOf(db, 'kingsoftcloud-esg-2023')).toEqual({ facts: 0, reportNode: false, digest: false });

    // Loading the full dataset again and dropping the curated fact gives back the original graph.
    const reload = await runCommand('removal-reload', ['load'], serverEnv());
    expect(reload.code).toBe(0);
    expect(reload.output).not.toContain('removed');
    await db.write('MATCH ()-[r:HOLDS_CERTIFICATION {curated: true}]->() DELETE r');
    const restored = await graphChecksum(db);
    expect(restored).toEqual(original);

    reportFigures('removal-sync', {
      command: 'npm run test:reliability -- removal-sync',
      load: removedLine![0],
      start: startLog,
      unload: /^removed .*/m.exec(unload.output)?.[0],
      checksumBefore: original,
      checksumAfterReload: restored,
    });
  }, 300_000);
});
