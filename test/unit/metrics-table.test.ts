import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR, factsFilesIn, readAllFacts } from '../../src/ingest/facts/files';
import { formatTable, likeForLike, LIKE_FOR_LIKE } from '../../src/ingest/metrics-table';

const catalog = loadCatalog();
const rows = likeForLike(readAllFacts(factsFilesIn(FACTS_DIR)).map((f) => f.facts), catalog);
const cell = (company: string, key: string) => rows.find((r) => r.company === company)!.cells[LIKE_FOR_LIKE.indexOf(key)];

describe('the like-for-like table', () => {
  it('has each company at its latest year', () => {
    expect(rows.map((r) => [r.company, r.year])).toEqual([
      ['ainnovation', 2024],
      ['hikvision', 2024],
      ['kingsoft-cloud', 2023],
      ['sensetime', 2022],
    ]);
  });

  it('gives total energy of every company in MWh, Hikvision\'s converted from tce with the named factor', () => {
    expect(rows.every((r) => r.cells[LIKE_FOR_LIKE.indexOf('energy_total_mwh')]?.unit === 'MWh')).toBe(true);
    const hik = cell('hikvision', 'energy_total_mwh')!;
    expect(hik).toMatchObject({ reported: { value: 51758.7, unit: 'tce' }, value: expect.closeTo(51758.7 / 0.1229, 6) });
    expect(hik.conversion?.sources.join(' ')).toContain('GB/T 2589-2020');
    expect(hik.caveats.map((c) => c.kind)).toEqual(['BOUNDARY_CHANGE']);
    expect(cell('kingsoft-cloud', 'energy_total_mwh')).toMatchObject({ value: 82274.99, reported: { value: 82274.99, unit: 'MWh' } });
  });

  it('shows a partial figure flagged with what it covers, and leaves out what a company does not report', () => {
    expect(cell('ainnovation', 'ghg_scope3_tco2e')).toMatchObject({ value: 392.62, partial: expect.stringContaining('business travel') });
    expect(cell('kingsoft-cloud', 'ghg_scope3_tco2e')).toMatchObject({ value: 133245.19, partial: expect.stringContaining('5 of the 15') });
    expect(cell('sensetime', 'ghg_scope3_tco2e')).toBeUndefined();
    expect(cell('ainnovation', 'ghg_scope1_tco2e')).toBeUndefined();
  });

  it('takes water withdrawal and the employee total, never a segment', () => {
    expect(rows.map((r) => cell(r.company, 'water_withdrawal_t')?.value)).toEqual([1833, 2178073.27, 147188.78, 110571.3]);
    expect(rows.map((r) => cell(r.company, 'employees_total')?.value)).toEqual([962, 59689, 10493, 5098]);
  });

  it('prints as Markdown with numbered notes', () => {
    const table = formatTable(rows, LIKE_FOR_LIKE, catalog);
    expect(table.split('\n')[0]).toBe(
      '| company | year | ghg_scope1_tco2e (tCO2e) | ghg_scope2_tco2e (tCO2e) | ghg_scope3_tco2e (tCO2e) | energy_total_mwh (MWh) | water_withdrawal_t (t) | employees_total (persons) |',
    );
    expect(table).toContain('| hikvision | 2024 | 14,385.48 [');
    expect(table).toMatch(/\[\d+\] energy_total_mwh of hikvision: reported 51,758.7 tce, × 8\.1367/);
  });
});
