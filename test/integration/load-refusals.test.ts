import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphChecksum } from '../../src/db/checksum';
import type { Database } from '../../src/db/database';
import { FACTS_DIR, readReportLines } from '../../src/ingest/facts/files';
import { LOAD_USAGE, loadCommand } from '../../src/ingest/load-command';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase, testConfig } from '../support/neo4j';

/**
 * `npm run load` refuses a facts file it cannot stand behind, with one line naming the file and the
 * problem, and leaves the graph as it was: each case loads one changed copy of a shipped file into
 * the graph of the shipped dataset and compares the graph's checksum before and after.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let db: Database;
let dir: string;
const shipped = (name: string): Json => JSON.parse(readFileSync(join(FACTS_DIR, `${name}.json`), 'utf8')) as Json;

beforeAll(async () => {
  db = openTestDatabase();
  await loadShippedDataset(db);
  dir = mkdtempSync(join(tmpdir(), 'load-refusals-'));
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterAll(async () => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

/** A copy of a shipped facts file with one change, written under `dir` (or a folder of its own). */
function copy(name: string, file: string, change: (json: Json) => void, folder = dir): string {
  const json = shipped(name);
  change(json);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, file);
  writeFileSync(path, JSON.stringify(json, null, 2));
  return path;
}

/** Loads `path` with the facts directory `factsDir`; the refusal's message, which must be one line, and the graph unchanged. */
async function refusal(path: string, factsDir = FACTS_DIR): Promise<string> {
  const before = await graphChecksum(db);
  let message = 'loaded without a refusal';
  try {
    await loadCommand(testConfig({ FACTS_DIR: factsDir }), [path]);
  } catch (err) {
    message = (err as Error).message;
  }
  expect(message).not.toContain('\n');
  expect(await graphChecksum(db)).toEqual(before);
  return message;
}

describe('the loader refuses, naming the file and the problem, and changes nothing', () => {
  it('a facts file whose report text is not in data/reports', async () => {
    const path = copy('sensetime-news-2022-04-24', 'no-text.json', (j) => {
      j.source.file = 'sensetime-news-2099-01-01.txt';
    });
    expect(await refusal(path)).toBe('no-text.json: source.file: report text sensetime-news-2099-01-01.txt is not in data/reports: no quote can be verified');
  });

  it('a quote that is not verbatim near its line', async () => {
    const path = copy('sensetime-news-2022-04-24', 'made-up-quote.json', (j) => {
      j.received[0].evidence[0].quote = '商汤科技荣获全球第一名';
    });
    expect(await refusal(path)).toMatch(/^made-up-quote\.json: received\[0\]\.evidence\[0\]: quote not found verbatim within 3 lines of line \d+: "商汤科技荣获全球第一名"$/);
  });

  it('a quote on a line past the end of the report', async () => {
    const lines = readReportLines('sensetime-news-2022-04-24.txt').length - 1;
    const path = copy('sensetime-news-2022-04-24', 'past-the-end.json', (j) => {
      j.programmes[0].evidence[0].line = lines + 40;
    });
    expect(await refusal(path)).toBe(`past-the-end.json: programmes[0].evidence[0]: line ${lines + 40} is past the end of the report (${lines} lines)`);
  });

  it('a renamed shared entity that another facts file defines', async () => {
    const path = copy('kingsoftcloud-esg-2023', 'renames-aiia.json', (j) => {
      const aiia = shipped('sensetime-esg-2022').alliances.find((a: Json) => a.id === 'aiia');
      j.alliances.push({ ...aiia, name: 'AI Industry Alliance of Kingsoft' });
      j.memberships.push({ ...j.memberships[0], alliance: 'aiia' });
    });
    expect(await refusal(path)).toMatch(
      /^renames-aiia\.json: alliances\[\d+\]\.id: Alliance "aiia" differs from its definition in sensetime-esg-2022\.json \(alliances\[\d+\]\): name\/kind must agree$/,
    );
  });

  it('a renamed shared entity that the graph holds from another report, when no facts file defines it', async () => {
    // The facts directory holds this file alone: only the graph knows what SenseTime's report says of tech4sdg.
    const alone = join(dir, 'alone');
    const path = copy(
      'kingsoftcloud-esg-2023',
      'renames-tech4sdg.json',
      (j) => {
        const tech4sdg = shipped('sensetime-esg-2022').alliances.find((a: Json) => a.id === 'tech4sdg');
        j.alliances.push({ ...tech4sdg, name: 'Tech for Good Alliance' });
        j.memberships.push({ ...j.memberships[0], alliance: 'tech4sdg' });
      },
      alone,
    );
    expect(await refusal(path, alone)).toMatch(
      /^renames-tech4sdg\.json: alliances\[\d+\]\.id: Alliance "tech4sdg" would change from name "Asia Technology for SDGs Alliance", kind "ALLIANCE" to name "Tech for Good Alliance", kind "ALLIANCE", but the graph holds facts about it from sensetime-esg-2022: /,
    );
  });

  it('a file that is not JSON, with the line and column', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{\n  "source": { "file": "sensetime-news-2022-04-24.txt" }\n  "report": {}\n}\n');
    expect(await refusal(path)).toBe('broken.json:3:3: not valid JSON: comma expected');
  });

  it('a file that does not fit the schema, with the line and column of the value', async () => {
    const path = copy('sensetime-news-2022-04-24', 'bad-kind.json', (j) => {
      j.programmes[1].kind = 'PHILANTHROPY';
    });
    const text = readFileSync(path, 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('"PHILANTHROPY"')) + 1;
    const column = text[line - 1]!.indexOf('"PHILANTHROPY"') + 1;
    expect(await refusal(path)).toMatch(new RegExp(`^bad-kind\\.json:${line}:${column}: programmes\\[1\\]\\.kind: Invalid option: expected one of "CHARITY"\\|`));
  });
});

describe('a load of one file', () => {
  it('of a shipped report gives the graph a load of every file gives: shared entities keep what the other files say', async () => {
    const before = await graphChecksum(db);
    for (const name of ['sensetime-news-2022-04-24', 'sensetime-esg-2022']) {
      const path = join(dir, `${name}.json`);
      copyFileSync(join(FACTS_DIR, `${name}.json`), path);
      await loadCommand(testConfig(), [path]);
      expect(await graphChecksum(db)).toEqual(before);
    }
  });

  it('--help prints the usage and loads nothing', async () => {
    const log = jest.spyOn(console, 'log');
    log.mockClear();
    expect(await loadCommand(testConfig(), ['--help'])).toBe(0);
    expect(log).toHaveBeenCalledWith(LOAD_USAGE);
    expect(LOAD_USAGE).toMatch(/^usage: npm run load/);
  });
});
