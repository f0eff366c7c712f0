import { FACTS_DIR, factsFilesIn, readAllFacts } from '../../src/ingest/facts/files';
import { apiOverDataset } from '../support/api';
import { expectVerbatim, type EvidenceOut } from '../support/evidence';
import { dataOf } from '../support/server';

/** Recognitions over the shipped dataset: the schemes, who confers them, who received what, and where the reports say so. */

const api = apiOverDataset();
const gql = <T>(query: string, variables?: Record<string, unknown>) => api.server().gql<T>(query, variables);
const shipped = readAllFacts(factsFilesIn(FACTS_DIR)).map((f) => f.facts);

describe('recognitions', () => {
  it('one node per scheme the facts define, one RECEIVED per receipt they state', async () => {
    const schemes = new Set(shipped.flatMap((f) => f.recognitions.map((r) => r.id)));
    const receipts = shipped.reduce((n, f) => n + f.received.length, 0);
    const { recognitions, companies } = dataOf(
      await gql<{ recognitions: { totalCount: number }; companies: { edges: { node: { recognitions: unknown[] } }[] } }>(
        '{ recognitions(first: 1) { totalCount } companies(first: 100) { edges { node { recognitions(first: 100) { level } } } } }',
      ),
    );
    expect(recognitions.totalCount).toBe(schemes.size);
    expect(companies.edges.flatMap((e) => e.node.recognitions)).toHaveLength(receipts);
  });

  it('a recognition by id: kind, issuers (organizations or alliances), recipients with what each received, evidence', async () => {
    type Out = {
      recognition: {
        id: string;
        kind: string;
        nameZh: string;
        issuers: { __typename: string; id: string }[];
        recipients: { totalCount: number; edges: { node: { id: string }; receipts: { level: string; year: number; holderKind: string; evidence: EvidenceOut[] }[] }[] };
        evidence: EvidenceOut[];
      };
    };
    const { recognition } = dataOf(
      await gql<Out>(`{ recognition(id: "ecovadis-rating") { id kind nameZh issuers { __typename ... on Organization { id } ... on Alliance { id } }
        recipients { totalCount edges { node { id } receipts { level year holderKind evidence { report { id } line quote } } } }
        evidence { report { id } line quote } } }`),
    );
    expect(recognition).toMatchObject({ id: 'ecovadis-rating', kind: 'RATING', issuers: [{ __typename: 'Organization', id: 'ecovadis' }] });
    expect(recognition.recipients.totalCount).toBe(1);
    expect(recognition.recipients.edges[0]).toMatchObject({ node: { id: 'hikvision' }, receipts: [{ level: 'Silver', year: 2025, holderKind: 'GROUP' }] });
    expectVerbatim(recognition.evidence);
    expectVerbatim(recognition.recipients.edges[0]!.receipts[0]!.evidence);

    const { alliance } = dataOf(await gql<{ alliance: { issuedRecognitions: { id: string; issuers: { id: string }[] }[] } }>(
      '{ alliance(id: "aiia") { issuedRecognitions { id issuers { ... on Alliance { id } } } } }',
    ));
    expect(alliance.issuedRecognitions.length).toBeGreaterThan(0);
    for (const r of alliance.issuedRecognitions) expect(r.issuers).toContainEqual({ id: 'aiia' });
  });

  it('filters and sorts like every other list: by kind, issuer and recipient; pages without overlap', async () => {
    type Page = { recognitions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; kind: string; name: string } }[] } };
    const query = `query($after: String) { recognitions(where: { kind: { in: [RATING, RANKING] } }, sort: [{ kind: ASC }, { name: DESC }], first: 5, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id kind name } } } }`;
    const seen: { id: string; kind: string; name: string }[] = [];
    let after: string | undefined;
    let total: number;
    do {
      const { recognitions } = dataOf(await gql<Page>(query, after ? { after } : {}));
      total = recognitions.totalCount;
      seen.push(...recognitions.edges.map((e) => e.node));
      after = recognitions.pageInfo.hasNextPage ? recognitions.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((s) => s.id)).size).toBe(total);
    const expected = new Set(shipped.flatMap((f) => f.recognitions.filter((r) => r.kind === 'RATING' || r.kind === 'RANKING').map((r) => r.id)));
    expect(total).toBe(expected.size);
    const order = [...seen].sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? 1 : a.name > b.name ? -1 : 0) : a.kind < b.kind ? -1 : 1));
    expect(seen.map((s) => s.id)).toEqual(order.map((s) => s.id));

    const { byIssuer, byRecipient } = dataOf(
      await gql<{ byIssuer: { edges: { node: { id: string } }[] }; byRecipient: { totalCount: number } }>(`{
        byIssuer: recognitions(where: { issuer: { eq: "idc" } }, first: 50) { edges { node { id } } }
        byRecipient: recognitions(where: { recipients: { some: { company: { id: { eq: "kingsoft-cloud" } }, holderKind: { eq: GROUP } } } }) { totalCount } }`),
    );
    const idc = new Set(shipped.flatMap((f) => f.recognitions.filter((r) => r.issuers.includes('idc')).map((r) => r.id)));
    expect(byIssuer.edges.map((e) => e.node.id).sort()).toEqual([...idc].sort());
    const kingsoft = shipped.find((f) => f.company.id === 'kingsoft-cloud')!;
    expect(byRecipient.totalCount).toBe(new Set(kingsoft.received.filter((r) => r.holderKind === 'GROUP').map((r) => r.recognition)).size);
  });

  it("Company.recognitions: what the company, its products and projects received, from every source, filtered on the receipt", async () => {
    type Out = { company: { all: { recognition: { id: string }; evidence: EvidenceOut[] }[]; parts: { holder: string; holderKind: string }[] } };
    const { company } = dataOf(
      await gql<Out>(`{ company(id: "sensetime") {
        all: recognitions(first: 100) { recognition { id } evidence { report { id } line quote } }
        parts: recognitions(where: { NOT: { holderKind: { eq: GROUP } } }) { holder holderKind } } }`),
    );
    const sensetime = shipped.filter((f) => f.company.id === 'sensetime');
    expect(company.all).toHaveLength(sensetime.reduce((n, f) => n + f.received.length, 0));
    expect(new Set(company.all.flatMap((r) => r.evidence.map((e) => e.report.id)))).toEqual(new Set(['sensetime-esg-2022', 'sensetime-news-2022-04-24']));
    for (const r of company.all) expectVerbatim(r.evidence);
    expect(company.parts.length).toBeGreaterThan(0);
    for (const p of company.parts) expect(p.holder).toBeTruthy();

    // Who holds an EcoVadis rating?
    const { companies } = dataOf(
      await gql<{ companies: { edges: { node: { id: string } }[] } }>('{ companies(where: { recognitions: { some: { recognition: { id: { eq: "ecovadis-rating" } } } } }) { edges { node { id } } } }'),
    );
    expect(companies.edges.map((e) => e.node.id)).toEqual(['hikvision']);
  });

  it('are found by search in English and in either Chinese script, and by node(id)', async () => {
    type Hits = { search: { node: { __typename: string; id: string } }[] };
    const hits = async (text: string) => dataOf(await gql<Hits>('query($t: String!) { search(text: $t, types: [RECOGNITION]) { node { __typename ... on Recognition { id } } } }', { t: text })).search;
    expect((await hits('EcoVadis')).map((h) => h.node.id)).toContain('ecovadis-rating');
    expect((await hits('人民匠心奖')).map((h) => h.node.id)).toContain('people-craftsmanship-award');
    expect((await hits('人民匠心獎')).map((h) => h.node.id)).toContain('people-craftsmanship-award');
    const { node } = dataOf(await gql<{ node: { __typename: string } }>('{ node(id: "people-craftsmanship-award") { __typename } }'));
    expect(node.__typename).toBe('Recognition');
  });

  it('what the reports called programmes, certifications or alliances is a recognition, and only that', async () => {
    const { programmes, standards, alliances } = dataOf(
      await gql<Record<'programmes' | 'standards' | 'alliances', { totalCount: number }>>(`{
        programmes(where: { id: { in: ["national-postdoctoral-research-workstation", "ainnovation-national-postdoctoral-research-workstation", "national-new-generation-ai-open-innovation-platform"] } }) { totalCount }
        standards(where: { id: { eq: "ecovadis-rating" } }) { totalCount }
        alliances(where: { id: { eq: "beijing-general-ai-industry-innovation-partnership-program" } }) { totalCount } }`),
    );
    expect({ programmes: programmes.totalCount, standards: standards.totalCount, alliances: alliances.totalCount }).toEqual({ programmes: 0, standards: 0, alliances: 0 });
  });
});

describe('peers by recognitions', () => {
  it('rank companies that received the same scheme, whatever the level, with weight 1', async () => {
    type Out = { company: { peers: { company: { id: string }; score: number; shared: { dimension: string; node: { id: string }; name: string }[] }[] } };
    const { company } = dataOf(await gql<Out>('{ company(id: "sensetime") { peers(by: [RECOGNITIONS]) { company { id } score shared { dimension node { id } name } } } }'));
    const schemesOf = (id: string) => new Set(shipped.filter((f) => f.company.id === id).flatMap((f) => f.received.map((r) => r.recognition)));
    const mine = schemesOf('sensetime');
    const expected = ['ainnovation', 'hikvision', 'kingsoft-cloud']
      .map((id) => ({ id, shared: [...schemesOf(id)].filter((s) => mine.has(s)).sort() }))
      .filter((p) => p.shared.length > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(company.peers.map((p) => ({ id: p.company.id, shared: p.shared.map((s) => s.node.id).sort() }))).toEqual(expected);
    for (const peer of company.peers) {
      expect(peer.score).toBe(peer.shared.length);
      for (const s of peer.shared) expect(s.dimension).toBe('RECOGNITIONS');
    }
  });
});
