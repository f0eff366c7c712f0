import { basename } from 'node:path';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR, factsFilesIn, readAllFacts } from '../../src/ingest/facts/files';
import { metricDefinitionSchema, metricValueSchema, type FactsFile, type MetricValue } from '../../src/ingest/facts/schema';
import { verifyMetrics } from '../../src/ingest/facts/verify-metrics';

const catalog = loadCatalog();
const shipped = readAllFacts(factsFilesIn(FACTS_DIR)).map(({ file, facts }) => ({ file: basename(file), facts }));

/** The shipped files with one changed; the change gets a deep copy of that file's facts. */
function withChange(report: string, change: (facts: FactsFile) => void) {
  return shipped.map((s) => {
    if (s.facts.report.id !== report) return s;
    const facts = structuredClone(s.facts);
    change(facts);
    return { file: s.file, facts };
  });
}

const value = (facts: FactsFile, key: string, year: number, segment?: string): MetricValue =>
  facts.metrics.find((m) => m.key === key && m.year === year && m.segment === segment)!;

const messages = (files: ReturnType<typeof withChange>) => verifyMetrics(files, catalog).map((p) => `${p.file} ${p.path}: ${p.message}`);

describe('metric checks', () => {
  it('pass on the shipped facts', () => {
    expect(messages(shipped)).toEqual([]);
  });

  it('check that a partition sums to its total within rounding', () => {
    const off = withChange('hikvision-esg-2024', (f) => {
      value(f, 'water_withdrawal_t', 2024, 'municipal water').value += 1;
    });
    expect(messages(off)).toEqual([expect.stringContaining('the "water source" partition of hikvision|water_withdrawal_t|2024 sums to 2178074.28, not to its total 2178073.27')]);
    const rounded = withChange('hikvision-esg-2024', (f) => {
      value(f, 'water_withdrawal_t', 2024, 'municipal water').value += 0.004;
    });
    expect(messages(rounded)).toEqual([]);
  });

  it('refuse two values for one company, key, year and segment unless one is a restatement', () => {
    const twice = withChange('ainnovation-esg-2024', (f) => {
      f.metrics.push({ ...value(f, 'ghg_scope2_tco2e', 2024), value: 400 });
    });
    expect(messages(twice)).toEqual([expect.stringContaining('ainnovation|ghg_scope2_tco2e|2024 is stated twice in this file')]);

    // The news article stating SenseTime's 2022 scope 1 (169.6 tCO2e in the report, not restated there).
    const news = (v: number, restated: boolean) =>
      withChange('sensetime-news-2022-04-24', (f) => {
        const revenue = value(f, 'revenue_cny', 2021);
        f.metrics.push({ ...revenue, key: 'ghg_scope1_tco2e', unit: 'tCO2e', year: 2022, value: v, caveats: restated ? [{ ...revenue.caveats[0]!, kind: 'RESTATED' }] : [] });
      });
    expect(messages(news(169.6, false))).toEqual([]);
    expect(messages(news(170, false))).toEqual([expect.stringContaining('sensetime|ghg_scope1_tco2e|2022 is 170 tCO2e here but 169.6 tCO2e in sensetime-esg-2022.json: declare the later one RESTATED')]);
    expect(messages(news(170, true))).toEqual([]);
  });

  it('refuse a unit that does not convert to the metric\'s unit, and a segment without its breakdown', () => {
    const files = withChange('sensetime-esg-2022', (f) => {
      value(f, 'ghg_intensity_tco2e_per_employee', 2022).unit = 'tCO2e per CNY million revenue';
      const petrol = value(f, 'energy_direct_mwh', 2022, 'petrol');
      petrol.breakdown = 'TOTAL';
      delete petrol.dimension;
    });
    expect(messages(files)).toEqual([
      expect.stringContaining('segment "petrol" needs its breakdown'),
      expect.stringContaining('"tCO2e per CNY million revenue" does not convert to "tCO2e per employee"'),
      expect.stringContaining('the "fuel" partition of sensetime|energy_direct_mwh|2022 sums to 795.9'),
    ]);
  });

  it('want a total for a component, and no total for a partial value', () => {
    const files = withChange('kingsoftcloud-esg-2023', (f) => {
      Object.assign(value(f, 'pue', 2023, 'Beijing Yizhuang Data Center (self-built)'), { breakdown: 'COMPONENT', covers: undefined });
      Object.assign(value(f, 'employees_total', 2023, 'male'), { breakdown: 'PARTIAL', dimension: undefined, covers: 'men' });
    });
    expect(messages(files)).toEqual([
      expect.stringContaining('kingsoft-cloud|pue|2023 states no total for this COMPONENT to be part of'),
      expect.stringContaining('kingsoft-cloud|employees_total|2023 has a whole-company total'),
      expect.stringContaining('the "gender" partition of kingsoft-cloud|employees_total|2023 sums to 3570, not to its total 10493'),
    ]);
  });

  it('keep one definition per key: a facts file may not redefine a key defined elsewhere', () => {
    const files = withChange('kingsoftcloud-esg-2023', (f) => {
      f.metricDefinitions.push({ key: 'gasoline_t', label: 'Petrol', definition: 'Petrol burnt.', unit: 't', pillar: 'E' });
      f.metricDefinitions.push({ ...catalog.metrics[0]! });
    });
    expect(messages(files)).toEqual([
      expect.stringContaining('"gasoline_t" is already defined in hikvision-esg-2024.json'),
      expect.stringContaining(`"${catalog.metrics[0]!.key}" is already defined in data/catalog/metrics.json`),
    ]);
  });
});

describe('metric shapes', () => {
  const base = { key: 'employees_total', value: 1, unit: 'persons', year: 2024, evidence: [{ line: 1, quote: 'xx' }] };

  it.each([
    [{ breakdown: 'PARTIAL' }, 'covers is required on a PARTIAL value'],
    [{ covers: 'x' }, 'covers is required on a PARTIAL value and only there'],
    [{ breakdown: 'COMPONENT' }, 'names its segment'],
    [{ breakdown: 'PARTITION', segment: 'male' }, 'dimension is required on a PARTITION value'],
    [{ dimension: 'gender' }, 'dimension is required on a PARTITION value, allowed on a COMPONENT, and nowhere else'],
    [{ caveats: [{ kind: 'RESTATED', note: 'x' }] }, 'expected object'],
  ])('%j is refused: %s', (extra, message) => {
    const parsed = metricValueSchema.safeParse({ ...base, ...extra });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join('; ')).toContain(message);
  });

  it('wants an intensity to name its denominator in its unit, and nothing else to have one', () => {
    const def = { key: 'x_per_cny_m', label: 'x', definition: 'x', pillar: 'E' };
    expect(metricDefinitionSchema.safeParse({ ...def, unit: 't per CNY million revenue', denominator: 'REVENUE' }).success).toBe(true);
    expect(metricDefinitionSchema.safeParse({ ...def, unit: 't per employee', denominator: 'REVENUE' }).success).toBe(false);
    expect(metricDefinitionSchema.safeParse({ ...def, unit: 't per unit (see fact unit)' }).success).toBe(false);
    expect(metricDefinitionSchema.safeParse({ ...def, unit: 't/m²' }).success).toBe(false);
  });
});
