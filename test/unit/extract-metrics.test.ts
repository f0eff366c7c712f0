import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/ingest/extract/index';
import { EntityRegistry } from '../../src/ingest/extract/registry';
import { REPORTS_DIR } from '../../src/ingest/facts/files';
import type { FactsFile } from '../../src/ingest/facts/schema';

/** Real lines of a report (1-based, inclusive). */
function lines(report: string, from: number, to = from): string {
  return readFileSync(join(REPORTS_DIR, report), 'utf8').split(/\r?\n/).slice(from - 1, to).join('\n');
}

/** Metrics of an excerpt as [key, year, segment, value, unit], in output order. */
function metrics(text: string): [string, number, string, number, string][] {
  const facts: FactsFile = extractFacts({ text, sourceFile: 'excerpt.txt', registry: EntityRegistry.empty() });
  return facts.metrics.map((m) => [m.key, m.year, m.segment ?? '', m.value, m.unit]);
}

/** A period statement, so excerpts know their report year. */
const PERIOD_2022 = '报告时间范围为2022年1月1日至2022年12月31日。';

describe('tab-separated KPI tables', () => {
  test('one value per year column, in the header order (traditional script)', () => {
    expect(metrics(lines('kingsoftcloud-esg-2023.txt', 1500, 1504))).toEqual([
      ['ghg_total_tco2e', 2022, '', 35850.34, 'tCO2e'],
      ['ghg_total_tco2e', 2023, '', 59007.89, 'tCO2e'],
      ['ghg_scope1_tco2e', 2022, '', 53.43, 'tCO2e'],
      ['ghg_scope1_tco2e', 2023, '', 66.57, 'tCO2e'],
      ['ghg_scope2_tco2e', 2022, '', 35796.91, 'tCO2e'],
      ['ghg_scope2_tco2e', 2023, '', 58941.32, 'tCO2e'],
      ['ghg_scope3_tco2e', 2023, '', 133245.19, 'tCO2e'],
    ]);
  });

  test('rows under "其中：" break down the metric above them', () => {
    const scope3 = metrics(lines('kingsoftcloud-esg-2023.txt', 1500, 1510)).filter(([key]) => key === 'ghg_scope3_tco2e');
    expect(scope3.map(([, , segment]) => segment)).toEqual([
      '',
      'purchased goods and services',
      'capital goods',
      'employee commuting',
      'business travel',
      'fuel and energy related activities',
    ]);
  });

  test('breakdown rows by gender, age and region; the year from the header', () => {
    const rows = metrics(lines('kingsoftcloud-esg-2023.txt', 1006, 1019));
    expect(rows).toContainEqual(['employees_total', 2023, '', 10493, 'persons']);
    expect(rows).toContainEqual(['employees_total', 2023, 'female', 3570, 'persons']);
    expect(rows).toContainEqual(['employees_total', 2023, 'under 30', 6278, 'persons']);
    expect(rows).toContainEqual(['employees_total', 2023, 'Mainland China', 10473, 'persons']);
    expect(rows).toContainEqual(['employee_turnover_pct', 2023, '', 5.32, '%']);
    expect(rows).toContainEqual(['employee_turnover_pct', 2023, 'male', 5.05, '%']);
  });

  test('three year columns; a "/" keeps its column; units scale to the catalogue unit', () => {
    const rows = metrics(lines('hikvision-esg-2024.txt', 2368, 2402));
    expect(rows).toContainEqual(['employees_total', 2022, '', 58284, 'persons']);
    expect(rows).toContainEqual(['employees_total', 2024, 'female', 16217, 'persons']);
    expect(rows).toContainEqual(['rd_expenditure_cny', 2024, '', 11864010000, 'CNY']);
    expect(rows).toContainEqual(['volunteer_hours', 2023, '', 20000, 'hours']);
    expect(rows).toContainEqual(['volunteer_hours', 2024, '', 8000, 'hours']);
    expect(rows.filter(([key, year]) => key === 'volunteer_hours' && year === 2022)).toEqual([]);
  });

  test('a year written in the row label', () => {
    expect(metrics(lines('kingsoftcloud-esg-2023.txt', 1046, 1050))).toEqual([
      ['work_related_fatalities', 2021, '', 0, 'persons'],
      ['work_related_fatalities', 2022, '', 0, 'persons'],
      ['work_related_fatalities', 2023, '', 0, 'persons'],
      ['lost_days_injury', 2023, '', 96, 'days'],
    ]);
  });
});

describe('space-separated and column-block tables', () => {
  test('years in descending order; footnote markers after the label are not values', () => {
    const rows = metrics(lines('ainnovation-esg-2024.txt', 2004, 2021));
    expect(rows).toContainEqual(['ghg_scope2_tco2e', 2024, '', 422.86, 'tCO2e']);
    expect(rows).toContainEqual(['ghg_scope2_tco2e', 2023, '', 522.26, 'tCO2e']);
    expect(rows).toContainEqual(['water_consumption_t', 2024, '', 1833, 't']);
    expect(rows).toContainEqual(['water_consumption_t', 2023, '', 2711, 't']);
    expect(rows).toContainEqual(['energy_intensity_mwh_per_m2', 2024, '', 0.04, 'MWh/m²']);
  });

  test('metric columns with breakdown rows', () => {
    const rows = metrics(`${lines('ainnovation-esg-2024.txt', 1, 23)}\n${lines('ainnovation-esg-2024.txt', 1510, 1538)}`);
    expect(rows).toContainEqual(['employees_total', 2024, 'male', 678, 'persons']);
    expect(rows).toContainEqual(['employee_turnover_pct', 2024, 'under 30', 35, '%']);
    expect(rows).toContainEqual(['employees_total', 2024, 'East China', 618, 'persons']);
  });

  test('a header read right to left ("2022 年 2021 年 种类") lists the columns reversed', () => {
    expect(metrics(lines('sensetime-esg-2022.txt', 2915, 2929))).toEqual([
      ['packaging_material_t', 2021, '', 2.8, 't'],
      ['packaging_material_t', 2022, '', 67, 't'],
    ]);
  });

  test('labels one per line, then values column after column', () => {
    const rows = metrics(`${PERIOD_2022}\n${lines('sensetime-esg-2022.txt', 2930, 3027)}`);
    expect(rows).toContainEqual(['energy_total_mwh', 2021, '', 13980.1, 'MWh']);
    expect(rows).toContainEqual(['energy_total_mwh', 2022, '', 54265.7, 'MWh']);
    expect(rows).toContainEqual(['electricity_purchased_mwh', 2022, '', 53434.5, 'MWh']);
    expect(rows).toContainEqual(['ghg_scope1_tco2e', 2022, '', 169.6, 'tCO2e']);
    expect(rows).toContainEqual(['ghg_scope2_tco2e', 2022, 'purchased electricity', 30404, 'tCO2e']);
    expect(rows).toContainEqual(['ghg_intensity_tco2e_per_employee', 2022, '', 6, 'tCO2e/employee']);
  });

  test('two metric columns of one year; headings between the labels are skipped', () => {
    const rows = metrics(`${PERIOD_2022}\n${lines('sensetime-esg-2022.txt', 2202, 2269)}`);
    expect(rows).toContainEqual(['employees_total', 2022, '', 5098, 'persons']);
    expect(rows).toContainEqual(['employees_total', 2022, '30-50', 3127, 'persons']);
    expect(rows).toContainEqual(['employee_turnover_pct', 2022, 'other countries and regions', 16.1, '%']);
  });
});

describe('prose and highlight boxes', () => {
  test('headcount, donations in 万元, patents, suppliers', () => {
    expect(metrics(`${PERIOD_2022}\n${lines('sensetime-esg-2022.txt', 2593, 2594)}`)).toEqual([['donations_cny', 2022, '', 3440000, 'CNY']]);
    expect(metrics(lines('kingsoftcloud-esg-2023.txt', 1549))).toEqual([['suppliers_total', 2023, '', 2742, 'suppliers']]);
    const patents = metrics(lines('kingsoftcloud-esg-2023.txt', 436, 446));
    expect(patents).toContainEqual(['patents_granted', 2023, '', 904, 'patents']);
    expect(patents).toContainEqual(['patents_granted', 2023, 'invention patents, cumulative', 753, 'patents']);
  });

  test('a female share, and zero cases stated by negation', () => {
    const shares = metrics(lines('kingsoftcloud-esg-2023.txt', 851));
    expect(shares).toHaveLength(2);
    expect(shares).toEqual(
      expect.arrayContaining([
        ['employees_female_pct', 2023, 'executive management', 20.93, '%'],
        ['employees_female_pct', 2023, '', 34.02, '%'],
      ]),
    );
    expect(metrics(`${PERIOD_2022}\n${lines('sensetime-esg-2022.txt', 1022)}`)).toEqual([['corruption_cases', 2022, '', 0, 'cases']]);
  });

  test('revenue for a range of years ("分别为")', () => {
    const rows = metrics(lines('sensetime-news-2022-04-24.txt', 1, 11));
    expect(rows).toEqual([
      ['revenue_cny', 2018, '', 1853000000, 'CNY'],
      ['revenue_cny', 2019, '', 3027000000, 'CNY'],
      ['revenue_cny', 2020, '', 3451000000, 'CNY'],
      ['revenue_cny', 2021, '', 5205000000, 'CNY'],
    ]);
  });

  test('a label line followed by its figure, the year from the box heading', () => {
    expect(metrics(lines('hikvision-esg-2024.txt', 2075, 2083))).toEqual([['training_hours_per_employee', 2024, '', 26.73, 'hours per employee']]);
  });
});
