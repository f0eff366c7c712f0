import { dataOf } from '../support/server';
import { apiOverDataset } from '../support/api';

const api = apiOverDataset();
const gql = <T>(query: string, variables?: Record<string, unknown>) => api.server().gql<T>(query, variables);

describe('Company.peers', () => {
  it('ranks SenseTime\'s peers by shared standards, listing the standards they share', async () => {
    const { company } = dataOf(
      await gql<{ company: { peers: { company: { id: string }; score: number; shared: { dimension: string; name: string; node: { __typename: string; id: string } }[] }[] } }>(
        '{ company(id: "sensetime") { peers(by: [STANDARDS], first: 5) { company { id } score shared { dimension name node { __typename id } } } } }',
      ),
    );
    const peers = company.peers;
    expect(peers.map((p) => p.company.id)).toEqual(expect.arrayContaining(['hikvision', 'ainnovation', 'kingsoft-cloud']));
    const scores = peers.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const hik = peers.find((p) => p.company.id === 'hikvision')!;
    expect(hik.score).toBe(3 * hik.shared.length);
    expect(hik.shared.map((s) => s.node.id)).toEqual(expect.arrayContaining(['iso-iec-27001', 'iso-45001', 'iso-14001']));
    for (const s of hik.shared) expect(s).toMatchObject({ dimension: 'STANDARDS', node: { __typename: 'Standard' } });
    expect(peers.map((p) => p.company.id)).not.toContain('sensetime');
  });

  it('weighs each dimension and excludes the company itself', async () => {
    const { company } = dataOf(
      await gql<{ company: { peers: { score: number; shared: { dimension: string }[] }[] } }>(
        '{ company(id: "hikvision") { peers(first: 10) { score shared { dimension } } } }',
      ),
    );
    const weights: Record<string, number> = { STANDARDS: 3, ALLIANCES: 3, SUPPLIERS: 2, PARTNERS: 2, PROGRAMME_PARTNERS: 2, FRAMEWORKS: 1, SDGS: 1, RECOGNITIONS: 1 };
    expect(company.peers.length).toBeGreaterThan(0);
    for (const peer of company.peers) {
      expect(peer.score).toBe(peer.shared.reduce((sum, s) => sum + weights[s.dimension]!, 0));
    }
    expect(company.peers.some((p) => p.shared.some((s) => s.dimension === 'FRAMEWORKS'))).toBe(true);
  });
});

describe('compareCompanies', () => {
  it('puts standards held by each, by all and by only one side by side, with alliances and metrics', async () => {
    const { compareCompanies: c } = dataOf(
      await gql<{
        compareCompanies: {
          companies: { id: string }[];
          standards: { byCompany: { company: { id: string }; standards: { id: string }[] }[]; heldByAll: { id: string }[]; heldByOne: { company: { id: string }; standards: { id: string }[] }[] };
          alliances: { shared: unknown[]; unique: { company: { id: string }; alliances: { id: string }[] }[] };
          metrics: { metric: { key: string }; values: { company: { id: string }; year: number; unit: string }[] }[];
        };
      }>(`{ compareCompanies(ids: ["sensetime", "hikvision", "kingsoft-cloud"]) {
        companies { id }
        standards { byCompany { company { id } standards { id } } heldByAll { id } heldByOne { company { id } standards { id } } }
        alliances { shared { alliance { id } } unique { company { id } alliances { id } } }
        metrics { metric { key } values { company { id } year unit } }
      } }`),
    );
    expect(c.companies.map((x) => x.id)).toEqual(['sensetime', 'hikvision', 'kingsoft-cloud']);
    const held = Object.fromEntries(c.standards.byCompany.map((b) => [b.company.id, b.standards.map((s) => s.id)]));
    for (const s of c.standards.heldByAll) for (const id of ['sensetime', 'hikvision', 'kingsoft-cloud']) expect(held[id]).toContain(s.id);
    // Kingsoft Cloud's ISO 45001 is the certificate of the building it occupies: not counted by default.
    expect(c.standards.heldByAll.map((s) => s.id)).toEqual(['iso-iec-27001']);
    const onlyHik = c.standards.heldByOne.find((x) => x.company.id === 'hikvision')!.standards.map((s) => s.id);
    for (const s of onlyHik) {
      expect(held.sensetime).not.toContain(s);
      expect(held['kingsoft-cloud']).not.toContain(s);
    }
    expect(c.alliances.unique.find((u) => u.company.id === 'hikvision')!.alliances.map((a) => a.id)).toContain('un-global-compact');
    const scope2 = c.metrics.find((m) => m.metric.key === 'ghg_scope2_tco2e')!;
    expect(new Set(scope2.values.map((v) => v.company.id))).toEqual(new Set(['sensetime', 'hikvision', 'kingsoft-cloud']));
    expect(scope2.values.every((v) => v.unit === 'tCO2e')).toBe(true);
  });

  it('says which ids are unknown', async () => {
    const body = await gql('{ compareCompanies(ids: ["sensetime", "acme"]) { companies { id } } }');
    expect(body.errors?.[0]).toMatchObject({ message: 'Company "acme" not found', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('coverage', () => {
  it('is the companies × standards matrix, with holder and year in each cell', async () => {
    const { coverage } = dataOf(
      await gql<{ coverage: { standards: { id: string }[]; rows: { company: { id: string }; heldCount: number; cells: { held: boolean; standard: { id: string }; holdings: { holder: string | null; holderKind: string; year: number | null }[] }[] }[] } }>(
        '{ coverage(standardIds: ["iso-iec-27001", "iso-14001", "iso-45001"]) { standards { id } rows { company { id } heldCount cells { held standard { id } holdings { holder holderKind year } } } } }',
      ),
    );
    expect(coverage.standards.map((s) => s.id)).toEqual(['iso-iec-27001', 'iso-14001', 'iso-45001']);
    const row = (id: string) => coverage.rows.find((r) => r.company.id === id)!;
    expect(row('hikvision').heldCount).toBe(3);
    expect(row('sensetime').heldCount).toBe(3);
    expect(row('kingsoft-cloud').cells.map((c) => c.held)).toEqual([true, false, false]);
    expect(row('kingsoft-cloud').cells[2]!.holdings).toEqual([]);
    expect(row('sensetime').cells[1]!.holdings.every((h) => h.holderKind === 'SUBSIDIARY')).toBe(true);
    for (const r of coverage.rows) {
      expect(r.cells.map((c) => c.standard.id)).toEqual(['iso-iec-27001', 'iso-14001', 'iso-45001']);
      expect(r.heldCount).toBe(r.cells.filter((c) => c.held).length);
      for (const cell of r.cells) expect(cell.held).toBe(cell.holdings.length > 0);
    }
  });
});

describe('connection (shortest paths)', () => {
  it('links two companies through shared facts, each hop with its relationship and evidence', async () => {
    const { connection } = dataOf(
      await gql<{ connection: { length: number; hops: { from: { id: string }; to: { id: string }; relationship: string; forward: boolean; evidence: { quote: string; line: number; report: { id: string } }[] }[] }[] }>(
        '{ connection(from: "ainnovation", to: "kingsoft-cloud", maxHops: 4, first: 3) { length hops { from { id } to { id } relationship forward evidence { quote line report { id } } } } }',
      ),
    );
    expect(connection.length).toBeGreaterThan(0);
    for (const path of connection) {
      expect(path.hops).toHaveLength(path.length);
      expect(path.hops[0]!.from.id).toBe('ainnovation');
      expect(path.hops.at(-1)!.to.id).toBe('kingsoft-cloud');
      for (const [i, hop] of path.hops.entries()) {
        if (i > 0) expect(hop.from.id).toBe(path.hops[i - 1]!.to.id);
        expect(hop.evidence.length).toBeGreaterThan(0);
      }
    }
    expect(connection[0]!.length).toBe(2);
  });

  it('refuses a hop bound outside 1..6', async () => {
    const body = await gql('{ connection(from: "sensetime", to: "hikvision", maxHops: 9) { length } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('metricSeries', () => {
  it('lists one metric across companies and years in the metric\'s unit', async () => {
    const { metricSeries } = dataOf(
      await gql<{ metricSeries: { unit: string; points: { company: { id: string }; year: number; value: number; converted: boolean; evidence: { line: number }[] }[] } }>(
        '{ metricSeries(key: "ghg_scope2_tco2e") { unit points { company { id } year value converted evidence { line } } } }',
      ),
    );
    expect(metricSeries.unit).toBe('tCO2e');
    const hik = metricSeries.points.filter((p) => p.company.id === 'hikvision');
    expect(hik.map((p) => p.year)).toEqual([2022, 2023, 2024]);
    expect(metricSeries.points.every((p) => p.converted && p.evidence.length > 0)).toBe(true);
  });

  it('converts reported units where they measure the same quantity', async () => {
    const { metricSeries } = dataOf(
      await gql<{ metricSeries: { unit: string; points: { company: { id: string }; value: number; reportedValue: number; reportedUnit: string; converted: boolean }[] } }>(
        '{ metricSeries(key: "packaging_material_intensity_t_per_cny_m", segments: true) { unit points { company { id } value reportedValue reportedUnit converted } } }',
      ),
    );
    expect(metricSeries.unit).toBe('t per CNY million revenue');
    const kg = metricSeries.points.filter((p) => p.reportedUnit === 'kg per CNY million revenue');
    expect(kg.length).toBeGreaterThan(0);
    for (const p of kg) expect(p).toMatchObject({ converted: true, value: expect.closeTo(p.reportedValue / 1000, 9) });
    for (const p of metricSeries.points.filter((x) => x.reportedUnit.startsWith('t'))) expect(p.value).toBe(p.reportedValue);
  });

  it('gives total energy of all four companies in MWh, Hikvision\'s converted from tce at 0.1229 kgce/kWh', async () => {
    const { metricSeries } = dataOf(
      await gql<{ metricSeries: { unit: string; points: { company: { id: string }; year: number; value: number; reportedValue: number; reportedUnit: string; converted: boolean }[] } }>(
        '{ metricSeries(key: "energy_total_mwh") { unit points { company { id } year value reportedValue reportedUnit converted } } }',
      ),
    );
    expect(metricSeries.unit).toBe('MWh');
    expect(new Set(metricSeries.points.map((p) => p.company.id))).toEqual(new Set(['ainnovation', 'hikvision', 'kingsoft-cloud', 'sensetime']));
    expect(metricSeries.points.every((p) => p.converted)).toBe(true);
    const hik2024 = metricSeries.points.find((p) => p.company.id === 'hikvision' && p.year === 2024)!;
    expect(hik2024).toMatchObject({ reportedValue: 51758.7, reportedUnit: 'tce', value: expect.closeTo(51758.7 / 0.1229, 3) });
  });

  it('keeps one denominator per intensity key: every point converts to the metric\'s own unit', async () => {
    for (const [key, unit] of [
      ['ghg_intensity_tco2e_per_cny_m', 'tCO2e per CNY million revenue'],
      ['ghg_intensity_tco2e_per_employee', 'tCO2e per employee'],
      ['ghg_intensity_tco2e_per_m2', 'tCO2e per m²'],
      ['energy_intensity_mwh_per_cny_m', 'MWh per CNY million revenue'],
    ] as const) {
      const { metricSeries } = dataOf(
        await gql<{ metricSeries: { unit: string; points: { converted: boolean }[] } }>(`{ metricSeries(key: "${key}", segments: true) { unit points { converted } } }`),
      );
      expect(metricSeries.unit).toBe(unit);
      expect(metricSeries.points.length).toBeGreaterThan(0);
      expect(metricSeries.points.every((p) => p.converted)).toBe(true);
    }
  });
});

describe('search', () => {
  type Hit = { score: number; node: { __typename: string; id: string } };
  const search = async (text: string, types?: string[]) =>
    dataOf(
      await gql<{ search: Hit[] }>('query($t: String!, $types: [SearchType!]) { search(text: $t, types: $types, first: 5) { score node { __typename ... on Node { id } } } }', {
        t: text,
        types,
      }),
    ).search;

  it('finds a name written in the other Chinese script, both ways', async () => {
    expect((await search('亞洲科技促進可持續發展目標聯盟'))[0]?.node.id).toBe('tech4sdg');
    expect((await search('亚洲科技促进可持续发展目标联盟'))[0]?.node.id).toBe('tech4sdg');
    expect((await search('金山云', ['COMPANY']))[0]?.node.id).toBe('kingsoft-cloud');
    expect((await search('商湯', ['COMPANY']))[0]?.node.id).toBe('sensetime');
  });

  it('finds English names and aliases, ranked, filtered by type', async () => {
    const hits = await search('Global Compact');
    expect(hits.slice(0, 2).map((h) => h.node.id)).toContain('un-global-compact');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect((await search('Tech4SDG'))[0]?.node.id).toBe('tech4sdg');
    const standards = await search('27001', ['STANDARD']);
    expect(standards[0]?.node).toEqual({ __typename: 'Standard', id: 'iso-iec-27001' });
    expect(standards.every((h) => h.node.__typename === 'Standard')).toBe(true);
  });

  it('treats query syntax in the text as plain text', async () => {
    for (const text of ['AND (', '"', 'title:* OR 1=1', '\\', '((((((', 'a~999999 b^100']) {
      const body = await gql('query($t: String!) { search(text: $t) { score } }', { t: text });
      expect(body.errors).toBeUndefined();
    }
  });
});
