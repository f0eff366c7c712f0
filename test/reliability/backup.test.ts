import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphChecksum } from '../../src/db/checksum';
import type { Database } from '../../src/db/database';
import { resetGraph } from '../support/neo4j';
import { CURATION_TOKEN, startApi, type ApiProcess } from './support/api-process';
import { localStoreEnv, runCommand } from './support/cli';
import { reportFigures } from './support/figures';
import { postGraphQL } from './support/graphql';
import { openReliabilityDatabase, waitUntilNeo4jAnswers } from './support/neo4j';

const CERTIFY = `mutation($e: [EvidenceInput!]!) {
  upsertCertification(input: { company: "hikvision", standard: "iso-22301", year: 2024, evidence: $e }) { year } }`;
const EVIDENCE = [{ report: 'hikvision-esg-2024', line: 1403, quote: '通过 ISO 27001、ISO 27701' }];
const HOLDINGS = `{ company(id: "hikvision") { certifications(where: { standard: { id: { eq: "iso-22301" } } }) {
  year evidence { report { id } line quote } } } }`;

describe('backup and restore of the local store (neo4j-admin database dump/load)', () => {
  let db: Database;
  let api: ApiProcess;
  let dir: string;
  beforeAll(async () => {
    db = openReliabilityDatabase();
    api = await startApi('backup');
    dir = mkdtempSync(join(tmpdir(), 'esg-graph-backup-'));
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('brings back a curated fact after a wipe, with the same checksum', async () => {
    const original = await graphChecksum(db);
    const curated = await postGraphQL(api.url, CERTIFY, { e: EVIDENCE }, { authorization: `Bearer ${CURATION_TOKEN}` });
    expect(curated.body?.errors).toBeUndefined();
    const before = await graphChecksum(db);
    expect(before.relationships).toBe(original.relationships + 1);

    const file = join(dir, 'store.dump');
    const backup = await runCommand('db-backup', ['db', 'backup', file], localStoreEnv());
    expect(backup.code).toBe(0);
    expect(backup.output).toMatch(/backed up .* \d+ bytes in/);
    const bytes = statSync(file).size;
    expect(bytes).toBeGreaterThan(0);

    // Never over an existing file without --force: the dump stays as it was.
    const again = await runCommand('db-backup-exists', ['db', 'backup', file], localStoreEnv());
    expect(again.code).toBe(1);
    expect(again.output).toContain('exists: choose another file, or pass --force');
    expect(statSync(file).size).toBe(bytes);

    await waitUntilNeo4jAnswers();
    await resetGraph(db);
    expect((await graphChecksum(db)).nodes).toBe(0);

    const refused = await runCommand('db-restore-refused', ['db', 'restore', file], localStoreEnv());
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('pass --force to replace it');
    const restore = await runCommand('db-restore', ['db', 'restore', file, '--force'], localStoreEnv());
    expect(restore.code).toBe(0);
    await waitUntilNeo4jAnswers();
    const after = await graphChecksum(db);
    expect(after).toEqual(before);

    // The API reconnects by itself and serves the curated fact from the restored store.
    let served: unknown;
    for (let i = 0; i < 100 && served === undefined; i++) {
      const answer = await postGraphQL(api.url, HOLDINGS);
      if (!answer.body?.errors) served = answer.body?.data;
      else await new Promise((r) => setTimeout(r, 200));
    }
    expect(served).toEqual({ company: { certifications: [{ year: 2024, evidence: [{ ...EVIDENCE[0]!, report: { id: 'hikvision-esg-2024' } }] }] } });

    reportFigures('backup', {
      command: 'npm run test:reliability -- backup',
      backupBytes: bytes,
      backup: /backed up .*/.exec(backup.output)?.[0],
      restore: /restored .*/.exec(restore.output)?.[0],
      commandMs: { backup: Math.round(backup.ms), restore: Math.round(restore.ms) },
      checksumBefore: before,
      checksumAfter: after,
    });

    await db.write('MATCH ()-[r:HOLDS_CERTIFICATION {curated: true}]->() DELETE r');
    expect(await graphChecksum(db)).toEqual(original);
    expect(existsSync(`${file}.partial`)).toBe(false);
  }, 300_000);
});
