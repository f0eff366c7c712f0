import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/db/database';
import { readOperation } from '../../examples/run';
import { readReportLines } from '../../src/ingest/facts/files';
import { fromRoot } from '../../src/paths';
import { loadShippedDataset } from '../support/dataset';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { dataOf, startTestServer, type GraphQLBody, type TestServer } from '../support/server';

/**
 * Runs every operation of examples/operations against the real app over the shipped dataset and
 * checks its answer. Each file needs an entry in CHECKS: adding an example without one fails.
 */

const OPERATIONS_DIR = fromRoot('examples', 'operations');
const TOKEN = 'examples-curation-token-0123456789';

type Variables = Record<string, unknown>;
type Run = <T>(overrides?: Variables, headers?: Record<string, string>) => Promise<GraphQLBody<T>>;

interface EvidenceOut {
  report: { id: string };
  line: number;
  quote: string;
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const nodeIds = (edges: readonly { node: { id: string } }[]) => edges.map((e) => e.node.id);

/** Each quote is in its report's text file, at (or, for PDF line breaks, next to) the line given. */
function expectVerbatim(evidence: readonly EvidenceOut[]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    const lines = readReportLines(`${e.report.id}.txt`);
    const near = lines.slice(Math.max(0, e.line - 3), e.line + 2).join('\n');
    expect({ ...e, found: near.includes(e.quote) }).toMatchObject({ found: true });
  }
}

const CHECKS: Record<string, (run: Run) => Promise<void>> = {
  'first-query': async (run) => {
    type Out = {
      company: {
        name: string;
        certifications: { standard: { code: string }; holderKind: string; evidence: EvidenceOut[] }[];
        memberships: { alliance: { name: string }; role: string }[];
        peers: { company: { name: string }; score: number; shared: { dimension: string; name: string }[] }[];
      };
    };
    const { company } = dataOf(await run<Out>());
    expect(company.name).toBe('SenseTime Group Inc.');
    expect(company.certifications.map((c) => c.standard.code)).toEqual(['ISO/IEC 27001']);
    expectVerbatim(company.certifications[0]!.evidence);
    expect(company.memberships).toHaveLength(3);
    expect(company.peers).toHaveLength(3);
    expect(company.peers.map((p) => p.score)).toEqual([...company.peers.map((p) => p.score)].sort((a, b) => b - a));
    expect(company.peers[0]!.shared.map((s) => s.dimension)).toContain('STANDARDS');
    // Another company through the variable, as the comment suggests.
    expect(dataOf(await run<Out>({ id: 'kingsoft-cloud' })).company.certifications.map((c) => c.standard.code)).toContain('ISO/IEC 27001');
  },

  'company-alliances': async (run) => {
    type Out = { company: { id: string; certifications: { standard: { id: string } }[]; memberships: { role: string; alliance: { id: string; kind: string } }[] } };
    const { company } = dataOf(await run<Out>());
    expect(company.id).toBe('sensetime');
    expect(company.memberships).toHaveLength(13);
    expect(company.memberships.find((m) => m.alliance.id === 'ieee')).toMatchObject({ role: 'MEMBER', alliance: { kind: 'STANDARDS_BODY' } });
    expect(company.certifications.map((c) => c.standard.id)).toEqual(expect.arrayContaining(['iso-iec-27001', 'iso-14001']));
  },

  'alliance-members-certifications': async (run) => {
    type Out = {
      alliance: {
        id: string;
        members: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { memberships: { role: string }[]; node: { id: string; certifications: { standard: { code: string } }[] } }[];
        };
      };
    };
    const { alliance } = dataOf(await run<Out>());
    expect(alliance.members.totalCount).toBe(1);
    expect(alliance.members.pageInfo.hasNextPage).toBe(false);
    expect(nodeIds(alliance.members.edges)).toEqual(['kingsoft-cloud']);
    expect(alliance.members.edges[0]!.node.certifications.map((c) => c.standard.code)).toContain('ISO/IEC 27001');
    // A page of one after the only member is empty and has no next page.
    const next = dataOf(await run<Out>({ first: 1, after: alliance.members.pageInfo.endCursor }));
    expect(next.alliance.members).toMatchObject({ edges: [], pageInfo: { hasNextPage: false } });
  },

  'company-profile': async (run) => {
    type Out = {
      company: {
        id: string;
        nameZh: string;
        tickers: string[];
        certifications: { standard: { id: string }; holderKind: string; evidence: EvidenceOut[] }[];
        memberships: { alliance: { id: string; kind: string }; role: string; evidence: EvidenceOut[] }[];
        programmes: { id: string; evidence: EvidenceOut[] }[];
      };
    };
    const { company } = dataOf(await run<Out>());
    expect(company).toMatchObject({ id: 'sensetime', nameZh: '商汤集团股份有限公司', tickers: ['0020.HK'] });
    expect(company.certifications.map((c) => c.standard.id)).toEqual(
      expect.arrayContaining(['iso-iec-27001', 'iso-14001', 'iso-45001', 'iso-9001', 'iso-iec-27701', 'aspice']),
    );
    const roles = (alliance: string) => company.memberships.filter((m) => m.alliance.id === alliance).map((m) => m.role).sort();
    expect(roles('china-augmented-reality-and-new-technology-industry-alliance')).toEqual(['CHAIR', 'FOUNDER']);
    expect(roles('china-augmented-reality-core-technology-industry-alliance')).toEqual(['MEMBER']);
    expect(company.memberships.find((m) => m.alliance.id === 'ieee')).toMatchObject({ role: 'MEMBER', alliance: { kind: 'STANDARDS_BODY' } });
    expect(company.programmes.length).toBeGreaterThan(0);
    expect(company.programmes.length).toBeLessThanOrEqual(5);
    for (const fact of [...company.certifications, ...company.memberships, ...company.programmes]) expectVerbatim(fact.evidence);
  },

  'iso-27001-holders': async (run) => {
    type Out = {
      standard: {
        id: string;
        code: string;
        holders: { totalCount: number; edges: { node: { id: string }; holdings: { holderKind: string; evidence: EvidenceOut[] }[] }[] };
      };
    };
    const { standard } = dataOf(await run<Out>());
    expect(standard).toMatchObject({ id: 'iso-iec-27001', code: 'ISO/IEC 27001' });
    expect(nodeIds(standard.holders.edges)).toEqual(['ainnovation', 'hikvision', 'kingsoft-cloud', 'sensetime']);
    expect(standard.holders.totalCount).toBe(4);
    for (const edge of standard.holders.edges) {
      expect(edge.holdings.length).toBeGreaterThan(0);
      for (const h of edge.holdings) expectVerbatim(h.evidence);
    }
  },

  'holds-all-standards': async (run) => {
    type Out = { companies: { totalCount: number; edges: { node: { id: string; certifications: { standard: { code: string } }[] } }[] } };
    const { companies } = dataOf(await run<Out>());
    expect(nodeIds(companies.edges)).toEqual(['hikvision', 'sensetime']);
    expect(companies.totalCount).toBe(2);
    for (const { node } of companies.edges) {
      expect(new Set(node.certifications.map((c) => c.standard.code))).toEqual(new Set(['ISO/IEC 27001', 'ISO 14001', 'ISO 45001']));
    }
  },

  'holds-any-standard': async (run) => {
    type Out = { companies: { edges: { node: { id: string; certifications: { standard: { id: string } }[] } }[] } };
    const { companies } = dataOf(await run<Out>());
    const held = Object.fromEntries(companies.edges.map(({ node }) => [node.id, [...new Set(node.certifications.map((c) => c.standard.id))].sort()]));
    expect(held).toEqual({
      ainnovation: ['iso-14001', 'iso-iec-27001'],
      hikvision: ['iso-14001', 'iso-45001', 'iso-iec-27001'],
      'kingsoft-cloud': ['iso-45001', 'iso-iec-27001'],
      sensetime: ['iso-14001', 'iso-45001', 'iso-iec-27001'],
    });
  },

  'holds-none-of-standards': async (run) => {
    type Out = { companies: { totalCount: number; edges: { node: { id: string; reports: { id: string }[] } }[] } };
    const { companies } = dataOf(await run<Out>());
    expect(companies.edges).toEqual([{ node: expect.objectContaining({ id: 'kingsoft-cloud', reports: [expect.objectContaining({ id: 'kingsoftcloud-esg-2023' })] }) }]);
    // Without the filter on the standard all four reporting companies are listed: the filter is what excludes three.
    const all = dataOf(await run<Out>({ standards: [] }));
    expect(nodeIds(all.companies.edges)).toEqual(['ainnovation', 'hikvision', 'kingsoft-cloud', 'sensetime']);
  },

  'alliance-members-holding-standard': async (run) => {
    type Out = {
      alliance: {
        name: string;
        members: {
          totalCount: number;
          edges: { node: { id: string; certifications: { standard: { code: string }; year: number | null }[] }; memberships: { role: string; evidence: EvidenceOut[] }[] }[];
        };
      };
    };
    const { alliance } = dataOf(await run<Out>());
    expect(alliance.name).toBe('UN Global Compact');
    expect(nodeIds(alliance.members.edges)).toEqual(['hikvision']);
    const [member] = alliance.members.edges;
    expect(member!.node.certifications).toEqual([expect.objectContaining({ standard: { code: 'ISO 14001' }, year: 2024 })]);
    expect(member!.memberships.map((m) => m.role)).toEqual(['SIGNATORY']);
    expectVerbatim(member!.memberships[0]!.evidence);
    // A standard the only member does not hold leaves no one.
    const none = dataOf(await run<Out>({ standard: 'iso-22301' }));
    expect(none.alliance.members).toMatchObject({ totalCount: 0, edges: [] });
  },

  'peers-by-standards-and-alliances': async (run) => {
    type Out = {
      company: { peers: { company: { id: string }; holderKinds: string[]; score: number; shared: { dimension: string; node: { __typename: string; id: string } }[] }[] };
    };
    const { company } = dataOf(await run<Out>());
    expect(company.peers.map((p) => p.company.id)).toEqual(['sensetime', 'kingsoft-cloud', 'ainnovation']);
    expect(company.peers.map((p) => p.score)).toEqual([18, 15, 12]);
    // Kingsoft Cloud's ISO 45001 is its building's: not shared with Hikvision's own.
    expect(company.peers.find((p) => p.company.id === 'kingsoft-cloud')!.shared.map((s) => s.node.id)).not.toContain('iso-45001');
    for (const peer of company.peers) {
      expect(peer.holderKinds).toEqual(['GROUP', 'SUBSIDIARY', 'BUSINESS_UNIT']);
      expect(peer.score).toBe(3 * peer.shared.length);
      for (const s of peer.shared) expect(['STANDARDS', 'ALLIANCES']).toContain(s.dimension);
    }
    // Kingsoft Cloud's ITSS certificate is the cloud computing service capability scheme, not Hikvision's O&M conformity.
    expect(company.peers.find((p) => p.company.id === 'kingsoft-cloud')!.shared.map((s) => s.node.id)).not.toContain('itss');
    const withSensetime = company.peers.find((p) => p.company.id === 'sensetime')!.shared.map((s) => s.node.id);
    expect(withSensetime).toEqual(expect.arrayContaining(['iso-iec-27001', 'iso-14001', 'iso-45001', 'iso-9001']));
  },

  'compare-companies': async (run) => {
    type Out = {
      compareCompanies: {
        companies: { id: string }[];
        standards: { heldByAll: { id: string }[]; heldByOne: { company: { id: string }; standards: { id: string }[] }[] };
        alliances: { shared: unknown[]; unique: { company: { id: string }; alliances: { id: string }[] }[] };
        metrics: { metric: { key: string }; values: { company: { id: string }; year: number; value: number; breakdown: string; segment: string | null; covers: string | null }[] }[];
      };
    };
    const { compareCompanies: c } = dataOf(await run<Out>());
    expect(ids(c.companies)).toEqual(['sensetime', 'hikvision', 'kingsoft-cloud', 'ainnovation']);
    expect(ids(c.standards.heldByAll)).toEqual(['iso-iec-27001']);
    const onlyKingsoft = c.standards.heldByOne.find((x) => x.company.id === 'kingsoft-cloud')!;
    expect(ids(onlyKingsoft.standards)).toEqual(expect.arrayContaining(['iso-22301', 'pci-dss', 'soc-2']));
    expect(c.alliances.shared).toEqual([]);
    expect(ids(c.alliances.unique.find((u) => u.company.id === 'hikvision')!.alliances)).toContain('un-global-compact');
    const scope2 = c.metrics.find((m) => m.metric.key === 'ghg_scope2_tco2e')!;
    expect(scope2.values).toContainEqual({ company: { id: 'hikvision' }, year: 2024, value: 175492.31, unit: 'tCO2e', breakdown: 'TOTAL', segment: null, covers: null });
    const scope3 = c.metrics.find((m) => m.metric.key === 'ghg_scope3_tco2e')!;
    expect(scope3.values.find((v) => v.company.id === 'ainnovation')).toMatchObject({ breakdown: 'PARTIAL', covers: expect.any(String) });
  },

  'coverage-iso-27001-14001-45001': async (run) => {
    type Cell = { held: boolean; heldAs: string | null; holdings: { holder: string | null; holderKind: string }[]; notCounted: { holder: string | null; holderKind: string }[] };
    type Out = { coverage: { holderKinds: string[]; standards: { id: string }[]; rows: { company: { id: string }; heldCount: number; cells: Cell[] }[] } };
    const { coverage } = dataOf(await run<Out>());
    expect(coverage.holderKinds).toEqual(['GROUP', 'SUBSIDIARY', 'BUSINESS_UNIT']);
    expect(ids(coverage.standards)).toEqual(['iso-iec-27001', 'iso-14001', 'iso-45001']);
    const matrix = (c: Out['coverage']) => Object.fromEntries(c.rows.map((r) => [r.company.id, r.cells.map((cell) => cell.held)]));
    // Kingsoft Cloud's ISO 45001 is the certificate of the Xiaomi Technology Park building it occupies.
    expect(matrix(coverage)).toEqual({
      ainnovation: [true, true, false],
      hikvision: [true, true, true],
      'kingsoft-cloud': [true, false, false],
      sensetime: [true, true, true],
    });
    for (const row of coverage.rows) expect(row.heldCount).toBe(row.cells.filter((cell) => cell.held).length);
    const cell = (c: Out['coverage'], company: string, i: number) => c.rows.find((r) => r.company.id === company)!.cells[i]!;
    expect(cell(coverage, 'kingsoft-cloud', 2)).toMatchObject({ held: false, heldAs: null, notCounted: [{ holder: '小米科技園', holderKind: 'FACILITY' }] });
    expect(cell(coverage, 'sensetime', 1).heldAs).toBe('subsidiary: 上海商汤智能科技有限公司; subsidiary: 北京市商汤科技开发有限公司');
    const withFacilities = dataOf(await run<Out>({ holderKinds: ['GROUP', 'SUBSIDIARY', 'BUSINESS_UNIT', 'FACILITY'] })).coverage;
    expect(matrix(withFacilities)['kingsoft-cloud']).toEqual([true, false, true]);
    expect(cell(withFacilities, 'kingsoft-cloud', 2)).toMatchObject({ heldAs: 'facility: 小米科技園', holdings: [{ holder: '小米科技園', holderKind: 'FACILITY' }] });
  },

  'like-for-like-table': async (run) => {
    type Value = {
      company: { id: string };
      year: number;
      value: number;
      unit: string;
      reportedValue: number;
      reportedUnit: string;
      conversion: { factor: number; source: string } | null;
      breakdown: string;
      covers: string | null;
      caveats: { kind: string; evidence: EvidenceOut }[];
    };
    type Out = { compareCompanies: { metrics: { metric: { key: string; unit: string; definition: string }; values: Value[] }[] } };
    const { compareCompanies } = dataOf(await run<Out>());
    const metrics = Object.fromEntries(compareCompanies.metrics.map((m) => [m.metric.key, m]));
    expect(Object.keys(metrics).sort()).toEqual(['employees_total', 'energy_total_mwh', 'ghg_scope1_tco2e', 'ghg_scope2_tco2e', 'ghg_scope3_tco2e', 'water_withdrawal_t']);
    const years = new Map(compareCompanies.metrics.flatMap((m) => m.values.map((v) => [v.company.id, v.year] as const)));
    expect(Object.fromEntries(years)).toEqual({ ainnovation: 2024, hikvision: 2024, 'kingsoft-cloud': 2023, sensetime: 2022 });
    const of = (key: string, company: string) => metrics[key]!.values.find((v) => v.company.id === company);
    expect(of('energy_total_mwh', 'hikvision')).toMatchObject({ unit: 'MWh', reportedValue: 51758.7, reportedUnit: 'tce', value: expect.closeTo(51758.7 / 0.1229, 3) });
    expect(of('energy_total_mwh', 'hikvision')!.conversion!.source).toContain('GB/T 2589-2020');
    expect(of('ghg_scope3_tco2e', 'ainnovation')).toMatchObject({ breakdown: 'PARTIAL', covers: expect.stringContaining('business travel') });
    expect(of('ghg_scope3_tco2e', 'kingsoft-cloud')).toMatchObject({ breakdown: 'PARTIAL', covers: expect.stringContaining('5 of the 15') });
    expect(of('ghg_scope1_tco2e', 'ainnovation')).toBeUndefined();
    expect(of('employees_total', 'sensetime')).toMatchObject({ value: 5098, breakdown: 'TOTAL' });
    const boundary = of('ghg_scope1_tco2e', 'hikvision')!.caveats.find((c) => c.kind === 'BOUNDARY_CHANGE')!;
    expect(boundary.evidence.line).toBe(2358);
    for (const m of compareCompanies.metrics) for (const v of m.values) for (const c of v.caveats) expectVerbatim([c.evidence]);
  },

  'iso-45001-holders-by-holder-kind': async (run) => {
    type Holders = { totalCount: number; holderKinds?: string[]; edges: { node: { id: string }; holdings?: { holderKind: string; holder: string | null }[] }[] };
    type Out = { standard: { id: string; own: Holders; everyKind: Holders; groupHeld: Holders } };
    const { standard } = dataOf(await run<Out>());
    expect(standard.id).toBe('iso-45001');
    expect(standard.own).toMatchObject({ totalCount: 2, holderKinds: ['GROUP', 'SUBSIDIARY', 'BUSINESS_UNIT'] });
    expect(nodeIds(standard.own.edges)).toEqual(['hikvision', 'sensetime']);
    expect(nodeIds(standard.everyKind.edges)).toEqual(['hikvision', 'kingsoft-cloud', 'sensetime']);
    expect(standard.everyKind.edges[1]!.holdings).toEqual([{ holderKind: 'FACILITY', holder: '小米科技園' }]);
    // Kingsoft Cloud's group holds other standards, not this one.
    expect(nodeIds(standard.groupHeld.edges)).toEqual(['hikvision', 'sensetime']);
  },

  'filters-forgiving-spelling': async (run) => {
    type Out = {
      standards: { edges: { node: { id: string } }[] };
      holdingBoth: { edges: { node: { id: string } }[] };
      tcfd: { edges: { node: { id: string } }[] };
      byAlias: { edges: { node: { id: string } }[] };
      perEmployee: { edges: { node: { key: string; unit: string; denominator: string } }[] };
    };
    const out = dataOf(await run<Out>());
    expect(nodeIds(out.standards.edges)).toEqual(['iso-iec-27001']);
    expect(nodeIds(out.holdingBoth.edges)).toEqual(['ainnovation', 'hikvision', 'sensetime']);
    expect(nodeIds(out.tcfd.edges)).toEqual(['tcfd']);
    expect(nodeIds(out.byAlias.edges)).toEqual(['ungc-ten-principles']);
    expect(out.perEmployee.edges.map((e) => e.node)).toEqual([{ key: 'ghg_intensity_tco2e_per_employee', unit: 'tCO2e per employee', denominator: 'EMPLOYEE', definition: expect.any(String) }]);
  },

  'connection-between-companies': async (run) => {
    type Out = {
      connection: {
        length: number;
        hops: { from: { __typename: string; id: string }; to: { __typename: string; id: string }; relationship: string; forward: boolean; evidence: EvidenceOut[] }[];
      }[];
    };
    const { connection } = dataOf(await run<Out>());
    expect(connection.length).toBeGreaterThan(0);
    expect(connection.length).toBeLessThanOrEqual(3);
    for (const path of connection) {
      expect(path.length).toBe(2);
      expect(path.hops).toHaveLength(2);
      const [first, second] = path.hops as [Out['connection'][number]['hops'][number], Out['connection'][number]['hops'][number]];
      expect(first.from.id).toBe('ainnovation');
      expect(first.to.id).toBe(second.from.id);
      expect(second.to.id).toBe('hikvision');
      expect(first.forward).toBe(true);
      expect(second.forward).toBe(false);
      for (const hop of path.hops) expectVerbatim(hop.evidence);
    }
    expect(connection[0]!.hops[0]).toMatchObject({ relationship: 'HOLDS_CERTIFICATION', to: { __typename: 'Standard' } });
  },

  'metric-series-ghg-scope2': async (run) => {
    type Out = {
      metricSeries: {
        metric: { key: string };
        unit: string;
        points: {
          company: { id: string };
          year: number;
          value: number;
          breakdown: string;
          conversion: unknown;
          caveats: { kind: string; evidence: EvidenceOut }[];
          evidence: EvidenceOut[];
        }[];
      };
    };
    const { metricSeries } = dataOf(await run<Out>());
    expect(metricSeries).toMatchObject({ metric: { key: 'ghg_scope2_tco2e' }, unit: 'tCO2e' });
    const series = metricSeries.points.map((p) => `${p.company.id} ${p.year} ${p.value}`);
    expect(series).toEqual([
      'ainnovation 2023 522.26',
      'ainnovation 2024 422.86',
      'hikvision 2022 154300.2',
      'hikvision 2023 150848.8',
      'hikvision 2024 175492.31',
      'kingsoft-cloud 2022 35796.91',
      'kingsoft-cloud 2023 58941.32',
      'sensetime 2021 6964',
      'sensetime 2022 30404',
    ]);
    for (const p of metricSeries.points) {
      expect(p).toMatchObject({ breakdown: 'TOTAL', conversion: null });
      expectVerbatim(p.evidence);
      for (const c of p.caveats) expectVerbatim([c.evidence]);
    }
    const hik2024 = metricSeries.points.find((p) => p.company.id === 'hikvision' && p.year === 2024)!;
    expect(hik2024.caveats.map((c) => c.kind)).toContain('BOUNDARY_CHANGE');
  },

  'search-simplified-chinese': async (run) => {
    type Out = { search: { score: number; node: { __typename: string; id: string; nameZh?: string | null } }[] };
    const { search } = dataOf(await run<Out>());
    expect(search[0]!.node).toEqual({ __typename: 'Company', id: 'ainnovation', name: 'AInnovation Technology Group Co., Ltd', nameZh: '創新奇智科技集團股份有限公司' });
    expect(search.map((h) => h.score)).toEqual([...search.map((h) => h.score)].sort((a, b) => b - a));
  },

  'search-traditional-chinese': async (run) => {
    type Out = { search: { node: { __typename: string; id: string; nameZh?: string | null } }[] };
    const { search } = dataOf(await run<Out>());
    expect(search[0]!.node).toMatchObject({ __typename: 'Company', id: 'hikvision', nameZh: '杭州海康威视数字技术股份有限公司' });
    // The same name in the other script finds the same company first.
    const simplified = dataOf(await run<Out>({ text: '海康威视' }));
    expect(simplified.search[0]!.node.id).toBe('hikvision');
  },

  'deep-traversal': async (run) => {
    type Out = {
      company: {
        memberships: {
          alliance: { id: string; members: { edges: { node: { id: string; certifications: { standard: { code: string } }[] } }[] } };
        }[];
      };
    };
    const { company } = dataOf(await run<Out>());
    expect(company.memberships.map((m) => m.alliance.id).sort()).toEqual([
      'data-asset-management-and-processing-ecosystem-patent-pool',
      'internet-intellectual-property-open-and-cooperation-alliance',
    ]);
    for (const m of company.memberships) {
      const kingsoft = m.alliance.members.edges.find((e) => e.node.id === 'kingsoft-cloud');
      const codes = kingsoft!.node.certifications.map((c) => c.standard.code);
      expect(codes).toContain('ISO/IEC 27001');
      expect(codes).not.toContain('ISO 45001');
    }
  },

  'companies-page': async (run) => {
    type Out = {
      companies: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { cursor: string; node: { id: string; founded: number | null } }[];
      };
    };
    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const { companies }: Out = dataOf(await run<Out>({ after }));
      expect(companies.totalCount).toBe(4);
      pages.push(nodeIds(companies.edges));
      if (!companies.pageInfo.hasNextPage) break;
      expect(companies.pageInfo.endCursor).toBe(companies.edges.at(-1)!.cursor);
      after = companies.pageInfo.endCursor;
      expect(pages.length).toBeLessThan(5);
    }
    expect(pages).toEqual([
      ['ainnovation', 'sensetime'],
      ['kingsoft-cloud', 'hikvision'],
    ]);
  },

  'node-by-id': async (run) => {
    type Out = { node: { __typename: string; id: string; code?: string; aliases?: string[]; name?: string; nameZh?: string } | null };
    const { node } = dataOf(await run<Out>());
    expect(node).toMatchObject({ __typename: 'Standard', id: 'iso-iec-27001', code: 'ISO/IEC 27001', category: 'INFORMATION_SECURITY' });
    expect(node!.aliases).toContain('GB/T 22080');
    expect(dataOf(await run<Out>({ id: 'hikvision' })).node).toMatchObject({ __typename: 'Company', nameZh: '杭州海康威视数字技术股份有限公司' });
    expect(dataOf(await run<Out>({ id: 'un-global-compact' })).node).toMatchObject({ __typename: 'Alliance', kind: 'INITIATIVE' });
    expect(dataOf(await run<Out>({ id: 'no-such-id' })).node).toBeNull();
  },

  // Writes: runs last, and the suite reloads the dataset afterwards.
  'curation-upsert-certification': async (run) => {
    type Out = { upsertCertification: unknown };
    expect((await run<Out>()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const auth = { authorization: `Bearer ${TOKEN}` };
    const expected = {
      company: { id: 'kingsoft-cloud' },
      standard: { id: 'iso-22301', code: 'ISO 22301' },
      holderKind: 'GROUP',
      year: null,
      evidence: [
        { report: { id: 'kingsoftcloud-esg-2023' }, line: 748, quote: '公司的數據安全管理能力和技術水平獲得國內外權威機構的廣泛認可' },
        { report: { id: 'kingsoftcloud-esg-2023' }, line: 751, quote: 'ISO 22301' },
      ],
    };
    expect(dataOf(await run<Out>({}, auth)).upsertCertification).toEqual(expected);
    expect(dataOf(await run<Out>({}, auth)).upsertCertification).toEqual(expected);
  },

  'ecovadis-rating-holders': async (run) => {
    type Out = {
      recognitions: {
        edges: { node: { id: string; issuers: { id: string }[]; recipients: { edges: { node: { id: string }; receipts: { level: string; year: number; evidence: EvidenceOut[] }[] }[] } } }[];
      };
    };
    const { recognitions } = dataOf(await run<Out>());
    expect(recognitions.edges.map((e) => e.node.id)).toEqual(['ecovadis-rating']);
    const [rating] = recognitions.edges;
    expect(rating!.node.issuers).toEqual([expect.objectContaining({ id: 'ecovadis' })]);
    expect(rating!.node.recipients.edges).toEqual([{ node: expect.objectContaining({ id: 'hikvision' }), receipts: [expect.objectContaining({ level: 'Silver', year: 2025 })] }]);
    expectVerbatim(rating!.node.recipients.edges[0]!.receipts[0]!.evidence);
    // The filter is on the name: another name finds no rating.
    expect(dataOf(await run<Out>({ name: 'no such rating' })).recognitions.edges).toEqual([]);
  },

  'company-recognitions': async (run) => {
    type Out = { company: { recognitions: { recognition: { kind: string; issuers: { __typename: string }[] }; holder: string | null; holderKind: string; evidence: EvidenceOut[] }[] } };
    const { company } = dataOf(await run<Out>());
    expect(company.recognitions.length).toBeGreaterThan(5);
    expect(new Set(company.recognitions.map((r) => r.recognition.kind))).toEqual(new Set(['AWARD', 'HONOUR', 'DESIGNATION']));
    for (const r of company.recognitions) {
      expectVerbatim(r.evidence);
      if (r.holderKind !== 'GROUP') expect(r.holder).toBeTruthy();
    }
    expect(company.recognitions.some((r) => r.holderKind !== 'GROUP')).toBe(true);
    const rankings = dataOf(await run<Out>({ kinds: ['RANKING'] })).company.recognitions;
    expect(rankings.length).toBeGreaterThan(0);
    for (const r of rankings) expect(r.recognition.kind).toBe('RANKING');
  },

  'report-assurance': async (run) => {
    type Out = {
      report: { assurances: { scope: string; provider: { id: string } | null; standards: { code: string }[]; evidence: { line: number; quote: string }[] }[] };
    };
    const { report } = dataOf(await run<Out>());
    expect(report.assurances.map((a) => a.scope).sort()).toEqual(['FINANCIAL_STATEMENTS', 'GHG_DATA', 'GHG_DATA', 'REPORT']);
    const assured = report.assurances.find((a) => a.scope === 'REPORT')!;
    expect(assured.provider).toEqual(expect.objectContaining({ id: 'hangzhou-tuv-nord' }));
    expect(assured.standards.map((s) => s.code)).toEqual(['AA1000AS', 'ISSA 5000']);
    for (const a of report.assurances) expectVerbatim(a.evidence.map((e) => ({ ...e, report: { id: 'hikvision-esg-2024' } })));
  },
};

function operationFiles(): string[] {
  return readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();
}

const example = (name: string) => readOperation(join(OPERATIONS_DIR, `${name}.graphql`));

let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadShippedDataset(db);
  server = await startTestServer(testConfig({ CURATION_TOKEN: TOKEN }), db);
});
afterAll(async () => {
  await server?.close();
  // The curation example wrote to the graph; later suites expect the shipped dataset as it is.
  if (db) await loadShippedDataset(db);
  await db?.close();
});

describe('examples/operations', () => {
  it('has an answer check here for every operation file, and a file for every check', () => {
    const files = operationFiles().map((f) => f.replace(/\.graphql$/, ''));
    const withoutCheck = files.filter((f) => !(f in CHECKS));
    const withoutFile = Object.keys(CHECKS).filter((c) => !files.includes(c));
    expect({ withoutCheck, withoutFile }).toEqual({ withoutCheck: [], withoutFile: [] });
  });

  it('has variables files only next to an operation, each a JSON object', () => {
    for (const file of readdirSync(OPERATIONS_DIR).filter((f) => !f.endsWith('.graphql'))) {
      expect(file).toMatch(/\.variables\.json$/);
      expect(existsSync(join(OPERATIONS_DIR, file.replace(/\.variables\.json$/, '.graphql')))).toBe(true);
      const parsed: unknown = JSON.parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8'));
      expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(true);
    }
  });

  it('opens every operation with a comment saying what it answers', () => {
    for (const file of operationFiles()) {
      const text = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
      expect({ file, header: /^# \S.{20,}/.test(text) }).toEqual({ file, header: true });
    }
  });

  it('says in the curation example which header carries the token', () => {
    expect(example('curation-upsert-certification').query).toContain('Authorization: Bearer <CURATION_TOKEN>');
  });

  for (const [name, check] of Object.entries(CHECKS)) {
    it(`${name}.graphql answers as expected`, async () => {
      const { query, variables } = example(name);
      const run: Run = (overrides = {}, headers = {}) => server.gql(query, { ...variables, ...overrides }, headers);
      await check(run);
    });
  }
});
