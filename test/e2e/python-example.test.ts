import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../src/db/database';
import { fromRoot } from '../../src/paths';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { ensureVenv } from '../support/python-venv';
import { startTestServer, type TestServer } from '../support/server';

const SCRIPT = fromRoot('examples', 'python', 'cross_company_table.py');
const REQUIREMENTS = fromRoot('examples', 'python', 'requirements.txt');
const OUT = '.neo4j/test-tmp/python-example';

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parse(readFileSync(join(OUT, file), 'utf8'), { columns: true }) as Row[];

let db: Database;
let server: TestServer;
let python: string;

/** Runs the script without blocking the event loop: the API it calls is served by this process. */
async function script(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(python, [SCRIPT, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(err) };
  }
}

beforeAll(async () => {
  python = ensureVenv(REQUIREMENTS, (line) => console.log(line));
  db = openTestDatabase();
  await loadShippedDataset(db);
  server = await startTestServer(testConfig(), db);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
}, 600_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('examples/python/cross_company_table.py', () => {
  it('writes the standards coverage, the like-for-like table and the GHG series of the real API as CSV', async () => {
    const run = await script([`${server.url}/graphql`, '--out', OUT]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain('Standards coverage');

    const coverage = readCsv('coverage.csv');
    expect(Object.keys(coverage[0]!)).toEqual(['company_id', 'company', 'ISO/IEC 27001', 'ISO 14001', 'ISO 45001', 'ISO 9001', 'held_count']);
    const held = Object.fromEntries(coverage.map((r) => [r.company_id, [r['ISO/IEC 27001'], r['ISO 14001'], r['ISO 45001'], r['ISO 9001'], r.held_count]]));
    // Kingsoft Cloud's ISO 45001 is the certificate of the building it occupies: not its own.
    expect(held).toEqual({
      ainnovation: ['True', 'True', 'False', 'True', '3'],
      hikvision: ['True', 'True', 'True', 'True', '4'],
      'kingsoft-cloud': ['True', 'False', 'False', 'False', '1'],
      sensetime: ['True', 'True', 'True', 'True', '4'],
    });
    const heldAs = Object.fromEntries(readCsv('held_as.csv').map((r) => [r.company_id, r]));
    expect(heldAs.sensetime).toMatchObject({ 'ISO/IEC 27001': 'group', 'ISO 9001': 'business unit: 商汤绝影智能汽车平台' });
    expect(heldAs['kingsoft-cloud']).toMatchObject({ 'ISO 45001': '' });

    const table = Object.fromEntries(readCsv('like_for_like.csv').map((r) => [r.company_id, r]));
    expect(Object.keys(table).sort()).toEqual(['ainnovation', 'hikvision', 'kingsoft-cloud', 'sensetime']);
    expect(table.hikvision).toMatchObject({ year: '2024', 'ghg_scope1_tco2e (tCO2e)': '14385.48', 'employees_total (persons)': '59689' });
    expect(Number(table.hikvision!['energy_total_mwh (MWh)'])).toBeCloseTo(51758.7 / 0.1229, 3);
    expect(table.hikvision!.notes).toMatch(/energy_total_mwh reported as 51758.7 tce .*BOUNDARY_CHANGE \(line 2358\)/);
    expect(table.ainnovation).toMatchObject({ year: '2024', 'ghg_scope1_tco2e (tCO2e)': '', 'ghg_scope3_tco2e (tCO2e)': '392.62' });
    expect(table.ainnovation!.notes).toContain('ghg_scope3_tco2e is partial: ');
    expect(table.sensetime).toMatchObject({ year: '2022', 'water_withdrawal_t (t)': '110571.3' });

    const series = readCsv('ghg_series.csv');
    const scope2 = series.filter((r) => r.metric === 'ghg_scope2_tco2e' && r.company_id === 'hikvision');
    expect(scope2.map((r) => [r.year, r.value, r.unit])).toEqual([
      ['2022', '154300.2', 'tCO2e'],
      ['2023', '150848.8', 'tCO2e'],
      ['2024', '175492.31', 'tCO2e'],
    ]);
    expect(new Set(series.map((r) => r.metric))).toEqual(new Set(['ghg_scope1_tco2e', 'ghg_scope2_tco2e', 'ghg_scope3_tco2e', 'ghg_total_tco2e']));

    const pivot = readCsv('ghg_by_year.csv');
    expect(pivot.find((r) => r.metric === 'ghg_scope3_tco2e' && r.company_id === 'kingsoft-cloud')).toMatchObject({ '2023': '133245.19', '2022': '' });
    expect(series.find((r) => r.metric === 'ghg_scope3_tco2e' && r.company_id === 'ainnovation')).toMatchObject({ breakdown: 'PARTIAL', covers: expect.stringContaining('business travel') });
    expect(series.find((r) => r.metric === 'ghg_scope1_tco2e' && r.company_id === 'hikvision' && r.year === '2024')!.caveats).toContain('BOUNDARY_CHANGE (line 2358)');
  });

  it('takes the endpoint from ESG_GRAPH_URL, and other standards, holder kinds and metrics from its options', async () => {
    const run = await script(['--standards', 'iso-22301', 'ISO 45001', '--holder-kinds', 'GROUP', 'FACILITY', '--metrics', 'ghg_scope1_tco2e'], {
      ESG_GRAPH_URL: `${server.url}/graphql`,
    });
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/ISO 22301/);
    expect(run.stdout).toContain('holdings counted: GROUP, FACILITY');
    expect(run.stdout).toContain('facility: 小米科技園');
    const series = run.stdout.slice(run.stdout.indexOf('Metric series by year'));
    expect(series).toMatch(/ghg_scope1_tco2e\s+hikvision/);
    expect(series).not.toContain('ghg_scope2_tco2e');
  });

  it('exits 1 with the API\'s message when a query fails', async () => {
    const run = await script([`${server.url}/graphql`, '--standards', 'no-such-standard']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('standardIds: "no-such-standard" names no standard');
  });
});
