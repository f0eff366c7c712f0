import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR, factsFilesIn, readAllFacts } from '../../src/ingest/facts/files';
import { LIKE_FOR_LIKE, likeForLike } from '../../src/ingest/metrics-table';
import { apiOverDataset } from '../support/api';
import { dataOf } from '../support/server';

/**
 * Cross-company answers that compare like with like, on the shipped data: what every rollup counts
 * of who holds a certificate, one breakdown rule on every metric field, caveats and conversions on
 * every value, and filters that forgive spelling but not unknown names.
 */

const api = apiOverDataset();
const gql = <T>(query: string, variables?: Record<string, unknown>) => api.server().gql<T>(query, variables);
const errorOf = async (query: string, variables?: Record<string, unknown>) => {
  const body = await gql(query, variables);
  expect(body.data ?? null).toBeNull();
  return body.errors?.[0];
};

const FOUR = ['ainnovation', 'hikvision', 'kingsoft-cloud', 'sensetime'];
const EVERY_KIND = '[GROUP, SUBSIDIARY, BUSINESS_UNIT, FACILITY, PRODUCT]';
const OWN = ['GROUP', 'SUBSIDIARY', 'BUSINESS_UNIT'];
type Ids = { id: string }[];
const ids = (nodes: Ids) => nodes.map((n) => n.id);

describe('holder scope: what every rollup counts of who holds a certificate', () => {
  const holding = async (where: string) =>
    dataOf(await gql<{ companies: { edges: { node: { id: string } }[] } }>(`{ companies(where: ${where}) { edges { node { id } } } }`)).companies.edges.map((e) => e.node.id);

  it('holdsStandards counts the company\'s own holdings: Kingsoft Cloud\'s ISO 45001 is its building\'s', async () => {
    expect(await holding('{ holdsStandards: { all: ["iso-45001"] } }')).toEqual(['hikvision', 'sensetime']);
    expect(await holding(`{ holdsStandards: { all: ["iso-45001"], holderKinds: ${EVERY_KIND} } }`)).toEqual(['hikvision', 'kingsoft-cloud', 'sensetime']);
    expect(await holding('{ holdsStandards: { all: ["iso-45001"], holderKinds: [FACILITY] } }')).toEqual(['kingsoft-cloud']);
  });

  it('holdsStandards takes codes in any spelling as well as ids', async () => {
    expect(await holding('{ holdsStandards: { all: ["ISO 45001", "ISO27001"] } }')).toEqual(['hikvision', 'sensetime']);
    expect(await holding('{ holdsStandards: { any: ["GB/T 22080-2016"] }, hasReports: true }')).toEqual(FOUR);
    expect(await holding('{ holdsStandards: { none: ["ISO 45001:2018"] }, hasReports: true }')).toEqual(['ainnovation', 'kingsoft-cloud']);
  });

  it('applies the same scope to certifications filters', async () => {
    const iso45001 = '{ standard: { code: { eq: "ISO 45001" } } }';
    expect(await holding(`{ certifications: { some: ${iso45001} } }`)).toEqual(['hikvision', 'sensetime']);
    expect(await holding(`{ certifications: { some: ${iso45001}, holderKinds: ${EVERY_KIND} } }`)).toEqual(['hikvision', 'kingsoft-cloud', 'sensetime']);
    // The buildings' LEED certificates are not AInnovation's or Kingsoft Cloud's own.
    expect(await holding('{ certifications: { some: { standard: { id: { eq: "leed" } } } } }')).toEqual([]);
  });

  it('Standard.holders and its totalCount count own holdings by default, and say what they counted', async () => {
    type Holders = { standard: { holders: { totalCount: number; holderKinds: string[]; edges: { node: { id: string }; holdings: { holderKind: string }[] }[] } } };
    const holders = async (args: string) =>
      dataOf(await gql<Holders>(`{ standard(code: "ISO 45001") { holders${args} { totalCount holderKinds edges { node { id } holdings { holderKind } } } } }`)).standard.holders;
    const own = await holders('');
    expect(own).toMatchObject({ totalCount: 2, holderKinds: OWN });
    expect(own.edges.map((e) => e.node.id)).toEqual(['hikvision', 'sensetime']);
    const every = await holders(`(holderKinds: ${EVERY_KIND})`);
    expect(every.totalCount).toBe(3);
    expect(every.edges.find((e) => e.node.id === 'kingsoft-cloud')?.holdings).toEqual([{ holderKind: 'FACILITY' }]);
  });

  it('the group-only holders filter is about the holdings of THAT standard', async () => {
    type Holders = { standard: { holders: { totalCount: number; edges: { node: { id: string } }[] } } };
    // Kingsoft Cloud's group holds other standards (ISO/IEC 27001, ...); its ISO 45001 is a facility's.
    const groupOnly = `where: { certifications: { some: { holderKind: { eq: GROUP } }, holderKinds: ${EVERY_KIND} } }`;
    const { standard } = dataOf(await gql<Holders>(`{ standard(id: "iso-45001") { holders(holderKinds: ${EVERY_KIND}, ${groupOnly}) { totalCount edges { node { id } } } } }`));
    expect(standard.holders.edges.map((e) => e.node.id)).toEqual(['hikvision', 'sensetime']);
    expect(standard.holders.totalCount).toBe(2);
    const natural = dataOf(
      await gql<Holders>('{ standard(id: "iso-45001") { holders(where: { certifications: { some: { holderKind: { eq: GROUP } } } }) { totalCount edges { node { id } } } } }'),
    );
    expect(natural.standard.holders.edges.map((e) => e.node.id)).toEqual(['hikvision', 'sensetime']);
    // Other standards are asked about with holdsStandards, which is not tied to the standard listed.
    const also = dataOf(await gql<Holders>('{ standard(id: "iso-iec-27001") { holders(where: { holdsStandards: { all: ["ISO 45001"] } }) { totalCount edges { node { id } } } } }'));
    expect(also.standard.holders.edges.map((e) => e.node.id)).toEqual(['hikvision', 'sensetime']);
  });

  it('refuses a holder kind filter its scope leaves out, rather than answer nothing', async () => {
    const error = await errorOf('{ companies(where: { certifications: { some: { holderKind: { eq: FACILITY } } } }) { edges { node { id } } } }');
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(error?.message).toMatch(/FACILITY.*holderKinds/);
    expect(await holding('{ certifications: { some: { holderKind: { eq: FACILITY } }, holderKinds: [FACILITY] } }')).toEqual(['ainnovation', 'kingsoft-cloud']);
  });

  it('peers share only standards both hold as their own', async () => {
    type Peers = { company: { peers: { company: { id: string }; holderKinds: string[]; shared: { node: { id: string } }[] }[] } };
    const peers = async (id: string, args = '') =>
      dataOf(await gql<Peers>(`{ company(id: "${id}") { peers(by: [STANDARDS]${args}) { company { id } holderKinds shared { node { ... on Node { id } } } } } }`)).company.peers;
    const sharedWith = (list: Peers['company']['peers'], id: string) => list.find((p) => p.company.id === id)?.shared.map((s) => s.node.id) ?? [];
    const own = await peers('hikvision');
    expect(own.every((p) => p.holderKinds.join() === OWN.join())).toBe(true);
    expect(sharedWith(own, 'kingsoft-cloud')).not.toContain('iso-45001');
    expect(sharedWith(await peers('hikvision', `, holderKinds: ${EVERY_KIND}`), 'kingsoft-cloud')).toContain('iso-45001');
    expect(sharedWith(await peers('ainnovation'), 'kingsoft-cloud')).not.toContain('leed');
    expect(sharedWith(await peers('ainnovation', `, holderKinds: ${EVERY_KIND}`), 'kingsoft-cloud')).toContain('leed');
  });

  it('coverage says how each cell is held and shows what it did not count', async () => {
    type Cell = { held: boolean; heldAs: string | null; holdings: { holderKind: string }[]; notCounted: { holderKind: string; holder: string }[] };
    type Coverage = { coverage: { holderKinds: string[]; standards: Ids; rows: { company: { id: string }; heldCount: number; cells: Cell[] }[] } };
    const query = (args: string) => `{ coverage(standardIds: ["ISO 27001", "iso-14001", "ISO 45001"]${args}) {
      holderKinds standards { id } rows { company { id } heldCount cells { held heldAs holdings { holderKind } notCounted { holderKind holder } } } } }`;
    const { coverage } = dataOf(await gql<Coverage>(query('')));
    expect(coverage.holderKinds).toEqual(OWN);
    expect(ids(coverage.standards)).toEqual(['iso-iec-27001', 'iso-14001', 'iso-45001']);
    const cell = (c: Coverage['coverage'], company: string, i: number) => c.rows.find((r) => r.company.id === company)!.cells[i]!;
    expect(cell(coverage, 'hikvision', 0)).toMatchObject({ held: true, heldAs: 'group' });
    expect(cell(coverage, 'sensetime', 1)).toMatchObject({ held: true, heldAs: 'subsidiary: 上海商汤智能科技有限公司; subsidiary: 北京市商汤科技开发有限公司' });
    expect(cell(coverage, 'kingsoft-cloud', 2)).toEqual({ held: false, heldAs: null, holdings: [], notCounted: [{ holderKind: 'FACILITY', holder: '小米科技園' }] });
    const every = dataOf(await gql<Coverage>(query(`, holderKinds: ${EVERY_KIND}`))).coverage;
    expect(cell(every, 'kingsoft-cloud', 2)).toMatchObject({ held: true, heldAs: 'facility: 小米科技園', notCounted: [] });
    for (const row of coverage.rows) expect(row.heldCount).toBe(row.cells.filter((c) => c.held).length);
  });

  it('compareCompanies counts own holdings and says so', async () => {
    type Compare = { compareCompanies: { holderKinds: string[]; standards: { heldByAll: Ids } } };
    const held = async (args: string) =>
      dataOf(await gql<Compare>(`{ compareCompanies(ids: ["hikvision", "sensetime", "kingsoft-cloud"]${args}) { holderKinds standards { heldByAll { id } } } }`)).compareCompanies;
    expect(await held('')).toEqual({ holderKinds: OWN, standards: { heldByAll: [{ id: 'iso-iec-27001' }] } });
    expect(ids((await held(`, holderKinds: ${EVERY_KIND}`)).standards.heldByAll)).toEqual(['iso-45001', 'iso-iec-27001']);
  });

  it('gives every holder scope the same default, and refuses an empty one', async () => {
    type Introspection = { __schema: { types: { name: string; fields: { name: string; args: { name: string; defaultValue: string | null }[] }[] | null; inputFields: { name: string; defaultValue: string | null }[] | null }[] } };
    const { __schema } = dataOf(
      await gql<Introspection>('{ __schema { types { name fields { name args { name defaultValue } } inputFields { name defaultValue } } } }'),
    );
    const defaults = new Map<string, string | null>();
    for (const t of __schema.types) {
      for (const f of t.fields ?? []) for (const a of f.args) if (a.name === 'holderKinds' || a.name === 'breakdowns') defaults.set(`${t.name}.${f.name}(${a.name})`, a.defaultValue);
      for (const f of t.inputFields ?? []) if (f.name === 'holderKinds') defaults.set(`${t.name}.${f.name}`, f.defaultValue);
    }
    const holderScopes = [...defaults].filter(([k]) => k.includes('holderKinds'));
    expect(holderScopes.map(([k]) => k).sort()).toEqual(
      [
        'CertificationListFilter.holderKinds',
        'Company.peers(holderKinds)',
        'Query.compareCompanies(holderKinds)',
        'Query.coverage(holderKinds)',
        'Standard.holders(holderKinds)',
        'StandardSetFilter.holderKinds',
      ].sort(),
    );
    expect(new Set(holderScopes.map(([, d]) => d))).toEqual(new Set(['[GROUP, SUBSIDIARY, BUSINESS_UNIT]']));
    const breakdowns = [...defaults].filter(([k]) => k.includes('breakdowns'));
    expect(breakdowns.map(([k]) => k).sort()).toEqual(['Company.metrics(breakdowns)', 'Comparison.metrics(breakdowns)', 'Metric.values(breakdowns)', 'Query.metricSeries(breakdowns)']);
    expect(new Set(breakdowns.map(([, d]) => d))).toEqual(new Set(['[TOTAL, PARTIAL]']));
    expect(await errorOf('{ coverage(holderKinds: []) { holderKinds } }')).toMatchObject({ message: 'holderKinds must list at least one value', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('metrics compared like with like', () => {
  type Caveat = { kind: string; note: string; evidence: { line: number; quote: string; report: { id: string } } };
  type Value = {
    company: { id: string };
    metric?: { key: string };
    year: number;
    value: number;
    unit?: string;
    reportedValue: number;
    reportedUnit: string;
    conversion: { factor: number; from: string; to: string; source: string | null } | null;
    breakdown: string;
    segment: string | null;
    covers: string | null;
    caveats: Caveat[];
  };
  const VALUE = 'company { id } year value reportedValue reportedUnit conversion { factor from to source } breakdown segment covers caveats { kind note evidence { line quote report { id } } }';
  const series = async (key: string, args = '') =>
    dataOf(await gql<{ metricSeries: { unit: string; points: Value[] } }>(`{ metricSeries(key: "${key}"${args}) { unit points { ${VALUE} } } }`)).metricSeries;

  it('gives total energy of all four companies in MWh, with the reported tce and the factor\'s source', async () => {
    const { unit, points } = await series('energy_total_mwh');
    expect(unit).toBe('MWh');
    expect(new Set(points.map((p) => p.company.id))).toEqual(new Set(FOUR));
    const hik = points.find((p) => p.company.id === 'hikvision' && p.year === 2024)!;
    expect(hik).toMatchObject({ reportedValue: 51758.7, reportedUnit: 'tce', value: expect.closeTo(51758.7 / 0.1229, 3) });
    expect(hik.conversion).toEqual({ factor: expect.closeTo(1 / 0.1229, 9), from: 'tce', to: 'MWh', source: expect.stringContaining('GB/T 2589-2020') });
    for (const p of points.filter((x) => x.reportedUnit === 'MWh')) expect(p).toMatchObject({ value: p.reportedValue, conversion: null });
  });

  it('never mixes denominators: every metric\'s series is in its own unit, whatever breakdowns are asked for', async () => {
    type Metrics = { metrics: { edges: { node: { key: string; unit: string; denominator: string | null; definition: string } }[] } };
    const all: Metrics['metrics']['edges'] = [];
    for (let after: string | null = null; ; ) {
      const page: { metrics: Metrics['metrics'] & { pageInfo: { hasNextPage: boolean; endCursor: string } } } = dataOf(
        await gql(`query($after: String) { metrics(first: 100, after: $after) { edges { node { key unit denominator definition } } pageInfo { hasNextPage endCursor } } }`, { after }),
      );
      all.push(...page.metrics.edges);
      if (!page.metrics.pageInfo.hasNextPage) break;
      after = page.metrics.pageInfo.endCursor;
    }
    expect(all.length).toBeGreaterThan(60);
    const per = { REVENUE: ' per CNY million revenue', EMPLOYEE: ' per employee', FLOOR_AREA: ' per m²', IT_ENERGY: ' per kWh' } as Record<string, string>;
    for (const { node } of all) {
      expect(node.definition.length).toBeGreaterThan(0);
      if (node.denominator) expect(node.unit.endsWith(per[node.denominator]!)).toBe(true);
      const { unit, points } = await series(node.key, ', breakdowns: [TOTAL, PARTIAL, PARTITION, COMPONENT]');
      expect(unit).toBe(node.unit);
      for (const p of points) expect(p.conversion === null || p.conversion.to === node.unit).toBe(true);
    }
    const perEmployee = all.find((m) => m.node.key === 'ghg_intensity_tco2e_per_employee')!.node;
    expect(perEmployee).toMatchObject({ unit: 'tCO2e per employee', denominator: 'EMPLOYEE' });
  });

  it('shows AInnovation\'s partial scope 3 by default, flagged with what it covers', async () => {
    const { points } = await series('ghg_scope3_tco2e');
    const ainnovation = points.find((p) => p.company.id === 'ainnovation')!;
    expect(ainnovation).toMatchObject({ year: 2024, value: 392.62, breakdown: 'PARTIAL', segment: null, covers: expect.stringContaining('business travel') });
    expect(points.every((p) => p.breakdown === 'TOTAL' || p.breakdown === 'PARTIAL')).toBe(true);
  });

  it('carries Hikvision\'s 2024 boundary change, with its evidence, on its GHG values in every field', async () => {
    const boundary = (caveats: Caveat[]) => caveats.find((c) => c.kind === 'BOUNDARY_CHANGE');
    for (const key of ['ghg_scope1_tco2e', 'ghg_scope2_tco2e']) {
      const { points } = await series(key);
      const hik = points.filter((p) => p.company.id === 'hikvision');
      expect(boundary(hik.find((p) => p.year === 2024)!.caveats)).toMatchObject({ evidence: { line: 2358, report: { id: 'hikvision-esg-2024' }, quote: expect.any(String) } });
      expect(hik.filter((p) => p.year < 2024).every((p) => !boundary(p.caveats))).toBe(true);
    }
    const { company } = dataOf(await gql<{ company: { metrics: Value[] } }>(`{ company(id: "hikvision") { metrics(keys: ["ghg_scope1_tco2e"], years: [2024]) { ${VALUE} } } }`));
    expect(company.metrics).toHaveLength(1);
    expect(boundary(company.metrics[0]!.caveats)?.evidence.line).toBe(2358);
  });

  it('applies one breakdown rule, with one default, on metricSeries, Company.metrics, compareCompanies.metrics and Metric.values', async () => {
    const keys = ['employees_total', 'ghg_scope3_tco2e', 'ghg_scope1_tco2e'];
    const row = (key: string, v: Value) => `${v.company.id} ${key} ${v.year} ${v.breakdown} ${v.segment ?? ''}`;
    const fromAll = async (args: string) => {
      const bySeries: string[] = [];
      const byMetric: string[] = [];
      for (const key of keys) {
        bySeries.push(...(await series(key, args)).points.map((p) => row(key, p)));
        const { metric } = dataOf(await gql<{ metric: { values: Value[] } }>(`{ metric(key: "${key}") { values${args ? `(${args.slice(2)})` : ''} { ${VALUE} } } }`));
        byMetric.push(...metric.values.map((v) => row(key, v)));
      }
      const list = JSON.stringify(keys);
      const { companies } = dataOf(
        await gql<{ companies: { edges: { node: { metrics: (Value & { metric: { key: string } })[] } }[] } }>(
          `{ companies(where: { hasReports: true }) { edges { node { metrics(keys: ${list}${args}) { metric { key } ${VALUE} } } } } }`,
        ),
      );
      const byCompany = companies.edges.flatMap((e) => e.node.metrics.map((v) => row(v.metric.key, v)));
      const { compareCompanies } = dataOf(
        await gql<{ compareCompanies: { metrics: { metric: { key: string }; values: Value[] }[] } }>(
          `{ compareCompanies(ids: ${JSON.stringify(FOUR)}) { metrics(keys: ${list}${args}) { metric { key } values { ${VALUE} } } } }`,
        ),
      );
      const byComparison = compareCompanies.metrics.flatMap((m) => m.values.map((v) => row(m.metric.key, v)));
      return [bySeries, byMetric, byCompany, byComparison].map((r) => [...r].sort());
    };
    const defaults = await fromAll('');
    for (const rows of defaults) expect(rows).toEqual(defaults[0]);
    expect(defaults[0]!.every((r) => / (TOTAL|PARTIAL) /.test(r))).toBe(true);
    expect(defaults[0]).toContain('ainnovation ghg_scope3_tco2e 2024 PARTIAL ');
    const partitions = await fromAll(', breakdowns: [PARTITION], dimension: "gender"');
    for (const rows of partitions) expect(rows).toEqual(partitions[0]);
    expect(partitions[0]).toEqual(expect.arrayContaining(['hikvision employees_total 2024 PARTITION female', 'sensetime employees_total 2022 PARTITION male']));
    // The deprecated switch of metricSeries is every breakdown.
    const everything = (await series('employees_total', ', segments: true')).points.map((p) => row('employees_total', p)).sort();
    expect(everything).toEqual((await series('employees_total', ', breakdowns: [TOTAL, PARTIAL, PARTITION, COMPONENT]')).points.map((p) => row('employees_total', p)).sort());
  });

  it('answers the like-for-like table in one query, exactly as `npm run metrics:table` computes it from the facts', async () => {
    const { compareCompanies } = dataOf(
      await gql<{ compareCompanies: { metrics: { metric: { key: string; unit: string }; values: (Value & { unit: string })[] }[] } }>(
        `query($ids: [ID!]!, $keys: [String!]) { compareCompanies(ids: $ids) { metrics(keys: $keys, latestYear: true) { metric { key unit } values { unit ${VALUE} } } } }`,
        { ids: FOUR, keys: LIKE_FOR_LIKE },
      ),
    );
    const files = readAllFacts(factsFilesIn(FACTS_DIR)).map((f) => f.facts);
    const expected = likeForLike(files, loadCatalog()).flatMap((r) =>
      r.cells.flatMap((c) =>
        c
          ? [
              {
                cell: `${r.company} ${c.key} ${r.year}`,
                value: c.value,
                unit: c.unit,
                reported: `${c.reported.value} ${c.reported.unit}`,
                covers: c.partial ?? null,
                caveats: c.caveats.map((cv) => `${cv.kind}@${cv.evidence.line}`),
              },
            ]
          : [],
      ),
    );
    const answered = compareCompanies.metrics.flatMap((m) =>
      m.values.map((v) => ({
        cell: `${v.company.id} ${m.metric.key} ${v.year}`,
        value: v.value,
        unit: v.unit,
        reported: `${v.reportedValue} ${v.reportedUnit}`,
        covers: v.covers,
        caveats: v.caveats.map((cv) => `${cv.kind}@${cv.evidence.line}`),
      })),
    );
    const byCell = (a: { cell: string }, b: { cell: string }) => a.cell.localeCompare(b.cell);
    expect(answered.sort(byCell).map((a) => ({ ...a, value: Number(a.value.toFixed(6)) }))).toEqual(expected.sort(byCell).map((e) => ({ ...e, value: Number(e.value.toFixed(6)) })));
    expect(answered.map((a) => a.cell)).toEqual(expect.arrayContaining(['hikvision energy_total_mwh 2024', 'kingsoft-cloud ghg_scope3_tco2e 2023', 'sensetime employees_total 2022']));
  });

  it('answers an old metric key with BAD_USER_INPUT naming what replaced it', async () => {
    const error = await errorOf('{ metricSeries(key: "ghg_intensity") { unit } }');
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(error?.message).toMatch(/"ghg_intensity" is not a metric key \(replaced by .*ghg_intensity_tco2e_per_cny_m/);
    const inCompany = await errorOf('{ company(id: "hikvision") { metrics(keys: ["energy_total_tce", "employees_total"]) { value } } }');
    expect(inCompany).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/keys: "energy_total_tce" is not a metric key \(replaced by energy_total_mwh/) });
    expect(await errorOf('{ metrics(where: { key: { in: ["ghg_scope1_tco2e", "nonsense_key"] } }) { totalCount } }')).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'key.in: "nonsense_key" is not a metric key',
    });
    expect(await errorOf('{ metric(key: "water_intensity") { key } }')).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('replaced by water_withdrawal_intensity') });
  });
});

describe('filters that forgive spelling, but not unknown names', () => {
  it('matches a standard code in any spelling standard(code:) accepts', async () => {
    const codes = async (where: string) =>
      dataOf(await gql<{ standards: { edges: { node: { id: string } }[] } }>(`{ standards(where: ${where}) { edges { node { id } } } }`)).standards.edges.map((e) => e.node.id);
    expect(await codes('{ code: { eq: "ISO 27001" } }')).toEqual(['iso-iec-27001']);
    expect(await codes('{ code: { eq: "ISO/IEC 27001:2013" } }')).toEqual(['iso-iec-27001']);
    expect(await codes('{ code: { in: ["GB/T 22080-2016", "iso45001", "iso-9001"] } }')).toEqual(['iso-45001', 'iso-9001', 'iso-iec-27001']);
    // A valid filter may match nothing.
    expect(await codes('{ code: { eq: "ISO 27001" }, category: { eq: ENVIRONMENT } }')).toEqual([]);
    const standard = dataOf(await gql<{ standard: { id: string } }>('{ standard(code: "ISO 27001") { id } }')).standard;
    expect(standard.id).toBe('iso-iec-27001');
  });

  it('names an unknown standard code or id wherever it is given', async () => {
    for (const [query, at] of [
      ['{ standards(where: { code: { eq: "ISO 99999" } }) { totalCount } }', 'code.eq'],
      ['{ companies(where: { certifications: { some: { standard: { code: { in: ["ISO 27001", "ISO 99999"] } } } } }) { totalCount } }', 'code.in'],
      ['{ companies(where: { holdsStandards: { all: ["iso-45001", "ISO 99999"] } }) { totalCount } }', 'holdsStandards.all'],
      ['{ coverage(standardIds: ["ISO 99999"]) { holderKinds } }', 'standardIds'],
    ]) {
      expect(await errorOf(query!)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining(`${at}: "ISO 99999" names no standard`) });
    }
  });

  it('has case-insensitive string operators, @neo4j/graphql style, and filterable aliases', async () => {
    const frameworks = async (where: string) =>
      dataOf(await gql<{ frameworks: { edges: { node: { id: string } }[] } }>(`{ frameworks(where: ${where}) { edges { node { id } } } }`)).frameworks.edges.map((e) => e.node.id);
    expect(await frameworks('{ name: { contains: "tcfd" } }')).toEqual([]);
    expect(await frameworks('{ name: { caseInsensitive: { contains: "tcfd" } } }')).toEqual(['tcfd']);
    expect(await frameworks('{ aliases: { caseInsensitive: { eq: "ungc" } } }')).toEqual(['ungc-ten-principles']);
    expect(await frameworks('{ aliases: { caseInsensitive: { in: ["gri", "sasb"] } } }')).toEqual(['gri-standards', 'sasb']);
    const companies = dataOf(
      await gql<{ companies: { edges: { node: { id: string } }[] } }>('{ companies(where: { name: { caseInsensitive: { startsWith: "SENSE" } } }) { edges { node { id } } } }'),
    ).companies.edges.map((e) => e.node.id);
    expect(companies).toEqual(['sensetime']);
    const standards = dataOf(
      await gql<{ standards: { edges: { node: { id: string } }[] } }>('{ standards(where: { aliases: { startsWith: "OHSAS" } }) { edges { node { id } } } }'),
    ).standards.edges.map((e) => e.node.id);
    expect(standards).toEqual(['iso-45001']);
  });
});
