import { FACTS_DIR, factsFilesIn, readAllFacts } from '../../src/ingest/facts/files';
import { apiOverDataset } from '../support/api';
import { expectVerbatim, type EvidenceOut } from '../support/evidence';
import { dataOf } from '../support/server';

/**
 * Assurances, standards drafted and engagements over the shipped dataset, and corroboration: one
 * node for one real-world thing, with the evidence of every source that states it.
 */

const api = apiOverDataset();
const gql = <T>(query: string, variables?: Record<string, unknown>) => api.server().gql<T>(query, variables);
const shipped = readAllFacts(factsFilesIn(FACTS_DIR)).map((f) => f.facts);
const factsOf = (company: string) => shipped.filter((f) => f.company.id === company);

interface AssuranceOut {
  id: string;
  scope: string;
  level: string | null;
  year: number | null;
  provider: { id: string } | null;
  standards: { code: string; kind: string; titleZh: string | null }[];
  report: { id: string };
  company: { id: string };
  evidence: EvidenceOut[];
}
const ASSURANCE = 'id scope level year provider { id } standards { code kind titleZh } report { id } company { id } evidence { report { id } line quote }';

describe('assurances', () => {
  it('from the report: who verified what, under which standards, at what level; a provider only where the report names one', async () => {
    const { report } = dataOf(await gql<{ report: { assurances: AssuranceOut[] } }>(`{ report(id: "hikvision-esg-2024") { assurances { ${ASSURANCE} } } }`));
    const stated = shipped.find((f) => f.report.id === 'hikvision-esg-2024')!.assurances;
    expect(report.assurances).toHaveLength(stated.length);
    expect(report.assurances.map((a) => a.scope).sort()).toEqual(stated.map((a) => a.scope).sort());
    const assured = report.assurances.find((a) => a.scope === 'REPORT')!;
    expect(assured).toMatchObject({
      id: 'hikvision-esg-2024-report-assurance',
      provider: { id: 'hangzhou-tuv-nord' },
      level: 'Moderate assurance / limited assurance',
      year: 2024,
      report: { id: 'hikvision-esg-2024' },
      company: { id: 'hikvision' },
    });
    expect(assured.standards.map((s) => s.code)).toEqual(['AA1000AS', 'ISSA 5000']);
    expect(assured.standards.every((s) => s.kind === 'TECHNICAL_STANDARD' && s.titleZh)).toBe(true);
    expect(report.assurances.filter((a) => a.scope === 'GHG_DATA').map((a) => a.provider)).toEqual([null, null]);
    for (const a of report.assurances) expectVerbatim(a.evidence);
  });

  it('from the company, the provider and the standard, filtered like every other list', async () => {
    type Out = {
      company: { ghg: { id: string }[]; all: { id: string }[] };
      organization: { assurancesProvided: { id: string }[] };
      standard: { assurances: { id: string }[] };
      assurances: { totalCount: number; edges: { node: { id: string } }[] };
      companies: { edges: { node: { id: string } }[] };
    };
    const data = dataOf(
      await gql<Out>(`{
        company(id: "hikvision") { ghg: assurances(where: { scope: { eq: GHG_DATA } }) { id } all: assurances { id } }
        organization(id: "hangzhou-tuv-nord") { assurancesProvided { id } }
        standard(code: "ISSA 5000") { assurances { id } }
        assurances(where: { standards: { some: { code: { eq: "AA1000AS" } } }, provider: { kind: { in: [COMPANY, OTHER] } } }, sort: [{ year: DESC }]) { totalCount edges { node { id } } }
        companies(where: { assurances: { some: { scope: { eq: REPORT } } } }) { edges { node { id } } } }`),
    );
    expect(data.company.ghg.map((a) => a.id)).toEqual(['hikvision-esg-2024-ghg-data-assurance-1', 'hikvision-esg-2024-ghg-data-assurance-2']);
    expect(data.company.all).toHaveLength(factsOf('hikvision').reduce((n, f) => n + f.assurances.length, 0));
    expect(data.organization.assurancesProvided).toEqual([{ id: 'hikvision-esg-2024-report-assurance' }]);
    expect(data.standard.assurances).toEqual([{ id: 'hikvision-esg-2024-report-assurance' }]);
    expect(data.assurances.edges.map((e) => e.node.id)).toEqual(['hikvision-esg-2024-report-assurance']);
    expect(data.companies.edges.map((e) => e.node.id)).toEqual(['hikvision']);
  });
});

describe('standards', () => {
  it('have the Chinese title a report writes and a kind; search finds them by it in either script', async () => {
    type Out = { standard: { titleZh: string; kind: string }; hans: { node: { id: string } }[]; hant: { node: { id: string } }[]; products: { totalCount: number } };
    const data = dataOf(
      await gql<Out>(`{ standard(id: "iso-iec-29151") { titleZh kind }
        hans: search(text: "个人身份信息保护", types: [STANDARD]) { node { ... on Standard { id } } }
        hant: search(text: "個人身份信息保護", types: [STANDARD]) { node { ... on Standard { id } } }
        products: standards(where: { kind: { eq: PRODUCT } }) { totalCount } }`),
    );
    expect(data.standard).toEqual({ titleZh: '个人身份信息保护管理体系', kind: 'MANAGEMENT_SYSTEM' });
    expect(data.hans.map((h) => h.node.id)).toContain('iso-iec-29151');
    expect(data.hant.map((h) => h.node.id)).toContain('iso-iec-29151');
    expect(data.products.totalCount).toBeGreaterThan(0);
  });
});

describe('standards a company helped draft', () => {
  it('are DRAFTED relationships with the role, not memberships of bodies the report does not name', async () => {
    type Drafted = { role: string; year: number | null; standard: { id: string; code: string; titleZh: string | null; kind: string }; evidence: EvidenceOut[] };
    type Out = {
      company: { draftedStandards: Drafted[]; memberships: { alliance: { id: string } }[] };
      standard: { drafters: { company: { id: string }; role: string }[] };
      leads: { edges: { node: { id: string } }[] };
      drafted: { totalCount: number };
    };
    const data = dataOf(
      await gql<Out>(`{
        company(id: "ainnovation") { draftedStandards { role year standard { id code titleZh kind } evidence { report { id } line quote } } memberships { alliance { id } } }
        standard(code: "GB/T 23011") { drafters { company { id } role } }
        leads: companies(where: { draftedStandards: { some: { role: { eq: LEAD_DRAFTER } } } }) { edges { node { id } } }
        drafted: standards(where: { drafters: { some: {} } }) { totalCount } }`),
    );
    const stated = factsOf('ainnovation').flatMap((f) => f.draftedStandards);
    expect(data.company.draftedStandards.map((d) => `${d.standard.id} ${d.role}`).sort()).toEqual(stated.map((d) => `${d.standard} ${d.role}`).sort());
    for (const d of data.company.draftedStandards) {
      expect(d.standard.titleZh).toBeTruthy();
      expect(d.standard.kind).toBe('TECHNICAL_STANDARD');
      expectVerbatim(d.evidence);
    }
    expect(data.company.memberships.map((m) => m.alliance.id)).not.toEqual(
      expect.arrayContaining(['qingdao-artificial-intelligence-industry-association', 'qingdao-software-industry-association', 'standardization-administration-of-china']),
    );
    expect(data.standard.drafters).toEqual([{ company: { id: 'ainnovation' }, role: 'PARTICIPANT' }]);
    const leads = new Set(shipped.filter((f) => f.draftedStandards.some((d) => d.role === 'LEAD_DRAFTER')).map((f) => f.company.id));
    expect(data.leads.edges.map((e) => e.node.id).sort()).toEqual([...leads].sort());
    expect(data.drafted.totalCount).toBe(new Set(shipped.flatMap((f) => f.draftedStandards.map((d) => d.standard))).size);
  });
});

describe('engagements', () => {
  it('are consultations, forums, trainings and events, not partnerships: partners and peers(PARTNERS) leave them out', async () => {
    type Out = {
      company: {
        engagements: { kind: string; organization: { id: string }; description: string; evidence: EvidenceOut[] }[];
        trainings: { organization: { id: string } }[];
        partners: { organization: { id: string } }[];
        peers: { shared: { node: { id: string } }[] }[];
      };
      organization: { engagedBy: { company: { id: string }; kind: string }[]; partnerOf: unknown[] };
    };
    const data = dataOf(
      await gql<Out>(`{
        company(id: "hikvision") {
          engagements { kind organization { id } description evidence { report { id } line quote } }
          trainings: engagements(where: { kind: { eq: TRAINING } }) { organization { id } }
          partners { organization { id } }
          peers(by: [PARTNERS]) { shared { node { id } } } }
        organization(id: "unicef") { engagedBy { company { id } kind } partnerOf { relation } } }`),
    );
    const stated = factsOf('hikvision').flatMap((f) => f.engagements);
    expect(data.company.engagements).toHaveLength(stated.length);
    for (const e of data.company.engagements) expectVerbatim(e.evidence);
    expect(data.company.trainings.map((t) => t.organization.id).sort()).toEqual(stated.filter((e) => e.kind === 'TRAINING').map((e) => e.organization).sort());
    const engaged = new Set(data.company.engagements.map((e) => e.organization.id));
    expect(data.company.partners.filter((p) => engaged.has(p.organization.id))).toEqual([]);
    expect(data.company.peers.flatMap((p) => p.shared).filter((s) => engaged.has(s.node.id))).toEqual([]);
    expect(data.organization).toEqual({ engagedBy: [{ company: { id: 'hikvision' }, kind: 'TRAINING' }], partnerOf: [] });
  });
});

describe('corroboration: one node per real-world thing, with the evidence of every source', () => {
  it('a programme the report and the news article both describe is one node, run once, with evidence from both', async () => {
    type Out = { programme: { runBy: { id: string }[]; evidence: EvidenceOut[] }; merged: { totalCount: number } };
    const data = dataOf(
      await gql<Out>(`{
        programme(id: "sensetime-2022-shanghai-lockdown-employee-support") { runBy { id } evidence { report { id } line quote } }
        merged: programmes(where: { id: { in: ["sensetime-2022-employee-covid-care", "sensetime-2022-shanghai-street-covid-supplies-donation"] } }) { totalCount } }`),
    );
    expect(data.programme.runBy).toEqual([{ id: 'sensetime' }]);
    expect([...new Set(data.programme.evidence.map((e) => e.report.id))]).toEqual(['sensetime-esg-2022', 'sensetime-news-2022-04-24']);
    expectVerbatim(data.programme.evidence);
    expect(data.merged.totalCount).toBe(0);
  });

  it('an organization several sources name is one node: its Chinese name, its facts and its evidence from each', async () => {
    type Out = { organization: { nameZh: string; aliases: string[]; issuedRecognitions: { id: string; recipients: { edges: { node: { id: string } }[] } }[]; evidence: EvidenceOut[] } };
    const { organization } = dataOf(
      await gql<Out>('{ organization(id: "idc") { nameZh aliases issuedRecognitions { id recipients { edges { node { id } } } } evidence { report { id } line quote } } }'),
    );
    const sources = shipped.filter((f) => f.organizations.some((o) => o.id === 'idc')).map((f) => f.report.id);
    expect(sources.length).toBeGreaterThanOrEqual(3);
    expect(new Set(organization.evidence.map((e) => e.report.id))).toEqual(new Set(sources));
    expectVerbatim(organization.evidence);
    // The name in Chinese characters is shown; the Latin form another source writes is an alias.
    expect(organization.nameZh).toBe('國際數據公司');
    expect(organization.aliases).toContain('IDC');
    const recipients = new Set(organization.issuedRecognitions.flatMap((r) => r.recipients.edges.map((e) => e.node.id)));
    expect([...recipients].sort()).toEqual(['ainnovation', 'sensetime']);
  });

  it('a recognition scheme two companies report is one node with both recipients and both sources', async () => {
    type Out = { recognition: { recipients: { edges: { node: { id: string } }[] }; evidence: EvidenceOut[] } };
    const { recognition } = dataOf(await gql<Out>('{ recognition(id: "people-craftsmanship-award") { recipients { edges { node { id } } } evidence { report { id } line quote } } }'));
    expect(recognition.recipients.edges.map((e) => e.node.id)).toEqual(['hikvision', 'sensetime']);
    expect([...new Set(recognition.evidence.map((e) => e.report.id))]).toEqual(['hikvision-esg-2024', 'sensetime-esg-2022']);
  });
});
