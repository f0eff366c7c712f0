import { dataOf } from '../support/server';
import { apiOverDataset } from '../support/api';

const api = apiOverDataset();
const gql = <T>(query: string, variables?: Record<string, unknown>) => api.server().gql<T>(query, variables);

const CONTRACT = `{ companies(first: 100) { totalCount edges { node {
    id name nameZh tickers
    certifications { standard { id code title category } holder holderKind year evidence { report { id sourceFile } line quote } }
    memberships { role alliance { id name nameZh aliases kind } evidence { report { id sourceFile } line quote } }
    programmes { id name nameZh kind evidence { report { id sourceFile } line quote } }
    partners { organization { id name nameZh kind } relation }
    suppliers { organization { id name nameZh } }
    supplierRequirements { standard { code } text }
    metrics(breakdowns: [TOTAL, PARTIAL, PARTITION, COMPONENT]) { metric { key label unit } value year evidence { report { id sourceFile } line quote } }
    reports { id title year sourceFile frameworks { name } }
} } } }`;

interface ContractCompany {
  id: string;
  tickers: string[];
  certifications: { standard: { id: string }; evidence: { report: { sourceFile: string }; line: number; quote: string }[] }[];
  memberships: unknown[];
  programmes: { evidence: unknown[] }[];
  metrics: { year: number }[];
  reports: { sourceFile: string; frameworks: { name: string }[] }[];
}

describe('the dataset contract query', () => {
  it('returns every company with its facts and evidence in one round-trip', async () => {
    const body = await gql<{ companies: { totalCount: number; edges: { node: ContractCompany }[] } }>(CONTRACT);
    const { companies } = dataOf(body);
    expect(body.extensions?.neo4jRoundTrips).toBe(1);
    const byId = Object.fromEntries(companies.edges.map((e) => [e.node.id, e.node]));
    expect(companies.totalCount).toBe(companies.edges.length);
    for (const id of ['sensetime', 'hikvision', 'kingsoft-cloud', 'ainnovation']) {
      const company = byId[id]!;
      expect(company.certifications.length).toBeGreaterThan(5);
      expect(company.programmes.length).toBeGreaterThan(10);
      expect(company.metrics.length).toBeGreaterThan(50);
      expect(company.reports.length).toBeGreaterThan(0);
      for (const cert of company.certifications) expect(cert.evidence.length).toBeGreaterThan(0);
    }
    expect(byId.sensetime!.tickers).toContain('0020.HK');
    expect(byId.hikvision!.tickers).toContain('002415.SZ');
    expect(byId.sensetime!.reports.map((r) => r.sourceFile).sort()).toEqual(['sensetime-esg-2022.txt', 'sensetime-news-2022-04-24.txt']);
    expect(byId.hikvision!.reports[0]!.frameworks.map((f) => f.name)).toEqual(expect.arrayContaining(['GRI Standards']));
  });
});

describe('by-id lookups', () => {
  it('finds a standard by any spelling of its code', async () => {
    for (const code of ['ISO 27001', 'ISO/IEC 27001:2013', 'ISO27001', 'GB/T 22080-2016', 'iso/iec 27001']) {
      const { standard } = dataOf(await gql<{ standard: { id: string } }>('query($c: String) { standard(code: $c) { id } }', { c: code }));
      expect(standard.id).toBe('iso-iec-27001');
    }
  });

  it('answers NOT_FOUND for an unknown id on a non-null field', async () => {
    const body = await gql('{ company(id: "no-such-company") { id } }');
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({ message: 'Company "no-such-company" not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('resolves node(id) to the right type, and nodes(ids) in order with nulls', async () => {
    const { nodes } = dataOf(
      await gql<{ nodes: ({ __typename: string; id: string } | null)[] }>(
        '{ nodes(ids: ["tech4sdg", "nope", "iso-9001", "sdg-13", "hikvision-esg-2024", "ghg_scope1_tco2e"]) { __typename id } }',
      ),
    );
    expect(nodes).toEqual([
      { __typename: 'Alliance', id: 'tech4sdg' },
      null,
      { __typename: 'Standard', id: 'iso-9001' },
      { __typename: 'SDG', id: 'sdg-13' },
      { __typename: 'Report', id: 'hikvision-esg-2024' },
      { __typename: 'Metric', id: 'ghg_scope1_tco2e' },
    ]);
  });

  it('has a by-id field for every entity type', async () => {
    const data = dataOf(
      await gql<Record<string, { id: string }>>(`{
        company(id: "hikvision") { id } standard(id: "iso-9001") { id } alliance(id: "un-global-compact") { id }
        organization(id: "caict") { id } report(id: "sensetime-esg-2022") { id } framework(id: "gri-standards") { id }
        sdg(number: 17) { id } metric(key: "ghg_scope2_tco2e") { id }
      }`),
    );
    expect(Object.values(data).map((n) => n.id)).toEqual([
      'hikvision', 'iso-9001', 'un-global-compact', 'caict', 'sensetime-esg-2022', 'gri-standards', 'sdg-17', 'ghg_scope2_tco2e',
    ]);
    const { programmes } = dataOf(await gql<{ programmes: { edges: { node: { id: string } }[] } }>('{ programmes(first: 1) { edges { node { id } } } }'));
    const id = programmes.edges[0]!.node.id;
    expect(dataOf(await gql<{ programme: { id: string } }>(`{ programme(id: "${id}") { id } }`)).programme.id).toBe(id);
  });
});

describe('relationships in both directions', () => {
  it('Standard.holders: the four companies hold ISO/IEC 27001, with holdings and a total', async () => {
    const { standard } = dataOf(
      await gql<{ standard: { holders: { totalCount: number; edges: { node: { id: string }; holdings: { holderKind: string }[] }[] } } }>(
        '{ standard(id: "iso-iec-27001") { holders(first: 50) { totalCount edges { node { id } holdings { holderKind } } } } }',
      ),
    );
    expect(standard.holders.totalCount).toBe(4);
    expect(standard.holders.edges.map((e) => e.node.id).sort()).toEqual(['ainnovation', 'hikvision', 'kingsoft-cloud', 'sensetime']);
    for (const edge of standard.holders.edges) expect(edge.holdings.length).toBeGreaterThan(0);
  });

  it('Alliance.members with roles, and the member company back to the alliance', async () => {
    const { alliance } = dataOf(
      await gql<{ alliance: { members: { edges: { node: { id: string; memberships: { alliance: { id: string } }[] }; memberships: { role: string }[] }[] } } }>(
        '{ alliance(id: "un-global-compact") { members { edges { node { id memberships { alliance { id } } } memberships { role } } } } }',
      ),
    );
    const hik = alliance.members.edges.find((e) => e.node.id === 'hikvision')!;
    expect(hik.memberships[0]!.role).toMatch(/SIGNATORY|MEMBER/);
    expect(hik.node.memberships.map((m) => m.alliance.id)).toContain('un-global-compact');
  });

  it('Organization.programmes / partnerOf, Programme.runBy / partners / sdgs, SDG.supporters, Framework.reports, Report.publishedBy', async () => {
    const data = dataOf(
      await gql<{
        sdg: { supporters: { company: { id: string } }[] };
        framework: { reports: { id: string }[] };
        report: { publishedBy: { id: string }; frameworkReferences: { framework: { id: string }; evidence: { line: number }[] }[] };
        programmes: { edges: { node: { runBy: { id: string }[]; partners: { organization: { id: string; programmes: { programme: { id: string } }[] } }[] } }[] };
      }>(`{
        sdg(number: 16) { supporters { company { id } } }
        framework(id: "gri-standards") { reports { id } }
        report(id: "hikvision-esg-2024") { publishedBy { id } frameworkReferences { framework { id } evidence { line } } }
        programmes(first: 100, where: { partners: { some: { kind: { in: [UNIVERSITY, GOVERNMENT, NGO, COMPANY, RESEARCH_INSTITUTE] } } } }) {
          edges { node { id runBy { id } partners { organization { id programmes { programme { id } } } } } }
        }
      }`),
    );
    expect(data.sdg.supporters.map((s) => s.company.id)).toContain('hikvision');
    expect(data.framework.reports.map((r) => r.id)).toEqual(expect.arrayContaining(['hikvision-esg-2024']));
    expect(data.report.publishedBy.id).toBe('hikvision');
    expect(data.report.frameworkReferences.length).toBeGreaterThan(2);
    expect(data.programmes.edges.length).toBeGreaterThan(10);
    for (const { node } of data.programmes.edges) {
      expect(node.runBy.length).toBeGreaterThan(0);
      expect(node.partners.length).toBeGreaterThan(0);
    }
  });

  it('Metric.values and Company.metrics(keys, years)', async () => {
    const data = dataOf(
      await gql<{ metric: { values: { company: { id: string }; year: number; value: number }[] }; company: { metrics: { year: number; metric: { key: string } }[] } }>(`{
        metric(key: "ghg_scope2_tco2e") { values(companyIds: ["hikvision"]) { company { id } year value } }
        company(id: "hikvision") { metrics(keys: ["ghg_scope1_tco2e"], years: [2024]) { year metric { key } } }
      }`),
    );
    expect(data.metric.values.map((v) => v.year)).toEqual([2022, 2023, 2024]);
    expect(data.company.metrics.length).toBeGreaterThan(0);
    for (const m of data.company.metrics) expect(m).toEqual({ year: 2024, metric: { key: 'ghg_scope1_tco2e' } });
  });
});

describe('root connections', () => {
  type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; name: string } }[] };

  it('every entity type has a filtered, sorted, paginated connection', async () => {
    const cases: [string, string][] = [
      ['companies', '[{ name: ASC }]'],
      ['standards', '[{ code: ASC }]'],
      ['alliances', '[{ name: DESC }]'],
      ['organizations', '[{ kind: ASC }, { name: ASC }]'],
      ['programmes', '[{ name: ASC }]'],
      ['reports', '[{ year: DESC }]'],
      ['frameworks', '[{ name: ASC }]'],
      ['sdgs', '[{ number: ASC }]'],
      ['metrics', '[{ key: ASC }]'],
    ];
    for (const [field, sort] of cases) {
      const body = await gql<Record<string, Page>>(`{ ${field}(first: 2, sort: ${sort}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`);
      const page = dataOf(body)[field]!;
      expect(page.edges).toHaveLength(2);
      expect(page.totalCount).toBeGreaterThan(2);
      expect(page.pageInfo.hasNextPage).toBe(true);
    }
  });

  it('walks every page with after-cursors, in order, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const body = await gql<{ organizations: Page }>(
        'query($after: String) { organizations(first: 25, after: $after, sort: [{ name: ASC }]) { pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
        { after },
      );
      const page: Page = dataOf(body).organizations;
      seen.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const { organizations } = dataOf(await gql<{ organizations: { totalCount: number } }>('{ organizations { totalCount } }'));
    expect(seen).toHaveLength(organizations.totalCount);
    expect([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seen);
  });

  it('filters with eq / in / contains / startsWith, AND / OR / NOT, and relationship some / none / all', async () => {
    const ids = async (where: string) =>
      dataOf(await gql<{ companies: { edges: { node: { id: string } }[] } }>(`{ companies(first: 100, where: ${where}) { edges { node { id } } } }`))
        .companies.edges.map((e) => e.node.id)
        .sort();
    expect(await ids('{ name: { startsWith: "Sense" } }')).toEqual(['sensetime']);
    expect(await ids('{ tickers: { eq: "3896.HK" } }')).toEqual(['kingsoft-cloud']);
    expect(await ids('{ nameZh: { contains: "金山云" } }')).toEqual(['kingsoft-cloud']);
    expect(await ids('{ id: { in: ["hikvision", "sensetime", "nobody"] } }')).toEqual(['hikvision', 'sensetime']);
    expect(await ids('{ OR: [{ id: { eq: "hikvision" } }, { id: { eq: "ainnovation" } }] }')).toEqual(['ainnovation', 'hikvision']);
    expect(await ids('{ AND: [{ holdsStandards: { any: ["iso-iec-27001"] } }, { NOT: { id: { eq: "hikvision" } } }] }')).toEqual(['ainnovation', 'kingsoft-cloud', 'sensetime']);
    expect(await ids('{ holdsStandards: { all: ["iso-iec-27001", "iso-14001", "iso-45001"] } }')).toEqual(['hikvision', 'sensetime']);
    expect(await ids('{ holdsStandards: { none: ["iso-14001"] }, hasReports: true }')).toEqual(['kingsoft-cloud']);
    expect(await ids('{ certifications: { some: { standard: { code: { eq: "ISO 45001" } }, holderKind: { eq: FACILITY } }, holderKinds: [FACILITY] } }')).toEqual(['kingsoft-cloud']);
    expect(await ids('{ memberships: { some: { alliance: { id: { eq: "un-global-compact" } } } }, holdsStandards: { all: ["iso-14001"] } }')).toEqual(['hikvision']);
    const withAnyCert = await ids('{ certifications: { some: {} } }');
    const allCompanies = await ids('{ }');
    const noneHeld = await ids('{ certifications: { none: {} } }');
    expect([...withAnyCert, ...noneHeld].sort()).toEqual(allCompanies);
  });
});

describe('an OR kept whole', () => {
  // Two items of three predicates would expand to 9 clauses in Neo4j's normal form: each item is
  // compared with `= true` (test/tck/filters.md), and must answer as the plain OR does.
  const items = [
    { contains: 'e', startsWith: 'C', endsWith: 'n' },
    { contains: 'o', startsWith: 'S', endsWith: 'y' },
  ];
  const matches = (name: string) => items.some((i) => name.includes(i.contains) && name.startsWith(i.startsWith) && name.endsWith(i.endsWith));

  it('matches the organizations the same OR matches when evaluated in full, and NOT matches the rest', async () => {
    const names = async (where: unknown) => {
      const out: string[] = [];
      for (let after: string | null = null; ; ) {
        type Page = { organizations: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
        const query = 'query($w: OrganizationWhere, $after: String) { organizations(first: 100, after: $after, where: $w) { edges { node { name } } pageInfo { hasNextPage endCursor } } }';
        const page: Page['organizations'] = dataOf(await gql<Page>(query, { w: where, after })).organizations;
        out.push(...page.edges.map((e) => e.node.name));
        if (!page.pageInfo.hasNextPage) return out.sort();
        after = page.pageInfo.endCursor;
      }
    };
    const or = { OR: items.map((i) => ({ name: i })) };
    const [all, kept, rest] = [await names({}), await names(or), await names({ NOT: or })];
    expect(kept.length).toBeGreaterThan(1);
    expect(kept).toEqual(all.filter(matches));
    expect(rest).toEqual(all.filter((n) => !matches(n)));
  });
});

describe('evidence', () => {
  it('is reachable from every fact and quotes the report', async () => {
    const { company } = dataOf(
      await gql<{ company: Record<string, { evidence: { report: { sourceFile: string; year: number; title: string }; line: number; quote: string }[] }[]> }>(`{
        company(id: "kingsoft-cloud") {
          certifications { evidence { report { sourceFile year title } line quote } }
          memberships { evidence { report { sourceFile year title } line quote } }
          programmes { evidence { report { sourceFile year title } line quote } }
          partners { evidence { report { sourceFile year title } line quote } }
          suppliers { evidence { report { sourceFile year title } line quote } }
          supplierRequirements { evidence { report { sourceFile year title } line quote } }
          sdgs { evidence { report { sourceFile year title } line quote } }
          metrics { evidence { report { sourceFile year title } line quote } }
          parents { evidence { report { sourceFile year title } line quote } }
          subsidiaries { evidence { report { sourceFile year title } line quote } }
        } }`),
    );
    for (const [field, facts] of Object.entries(company)) {
      for (const fact of facts) {
        expect({ field, n: fact.evidence.length > 0 }).toEqual({ field, n: true });
        for (const e of fact.evidence) {
          expect(e.report).toEqual({ sourceFile: 'kingsoftcloud-esg-2023.txt', year: 2023, title: expect.any(String) });
          expect(e.line).toBeGreaterThan(0);
          expect(e.quote.length).toBeGreaterThan(1);
        }
      }
    }
  });
});

describe('aliases', () => {
  it('lets one selection ask for the same field twice with different arguments', async () => {
    const { company } = dataOf(
      await gql<{ company: { one: unknown[]; all: unknown[]; id: string; name: string } }>(
        '{ company(id: "hikvision") { one: certifications(first: 1) { year } all: certifications { year } id: name name: id } }',
      ),
    );
    expect(company.one).toHaveLength(1);
    expect(company.all.length).toBeGreaterThan(10);
    expect(company).toMatchObject({ id: 'Hangzhou Hikvision Digital Technology Co., Ltd.', name: 'hikvision' });
  });
});

describe('round-trips', () => {
  const NESTED = `query($n: Int) { companies(first: $n, where: { hasReports: true }) { edges { node { id
    certifications { standard { code holders(first: 5) { totalCount edges { node { id memberships { alliance { id } } } } } } evidence { report { title } line } }
    memberships { alliance { members { edges { node { id } } } } }
    programmes { partners { organization { id partnerOf { company { id } } } } sdgs { number } }
  } } } }`;

  it('stay at one per root field however many rows a nested request returns', async () => {
    const counts: Record<number, { rows: number; roundTrips: number }> = {};
    for (const n of [1, 2, 4]) {
      const body = await gql<{ companies: { edges: { node: { certifications: unknown[] } }[] } }>(NESTED, { n });
      const rows = dataOf(body).companies.edges.reduce((sum, e) => sum + e.node.certifications.length, 0);
      counts[n] = { rows, roundTrips: body.extensions!.neo4jRoundTrips! };
    }
    console.log(`nested request round-trips by page size: ${JSON.stringify(counts)}`);
    expect(counts[4]!.rows).toBeGreaterThan(counts[1]!.rows);
    expect(counts[1]!.roundTrips).toBe(1);
    expect(counts[2]!.roundTrips).toBe(1);
    expect(counts[4]!.roundTrips).toBe(1);
  });

  it('peers run one extra statement per company asked about, not per shared item', async () => {
    const body = await gql('{ companies(first: 4) { edges { node { peers(first: 3) { company { id } shared { name } } } } } }');
    dataOf(body);
    expect(body.extensions?.neo4jRoundTrips).toBe(1 + 4);
  });
});
