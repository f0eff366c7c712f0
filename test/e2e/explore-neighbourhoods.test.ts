import { FACTS_DIR, factsFilesIn, readAllFacts } from '../../src/ingest/facts/files';
import type { EntityType, Link, LinkKind, Neighbourhood } from '../../web/explore/neighbourhood';
import { fetchNeighbourhood } from '../../web/explore/queries';
import { apiOverDataset } from '../support/api';
import { expectVerbatim } from '../support/evidence';
import { dataOf } from '../support/server';

/**
 * The graph explorer's own operations and drawing code (web/explore) against the real API over the
 * shipped dataset, without a browser: every type `node(id)` answers is drawn, within the cost limit,
 * and every quote a link shows is in its report. The pages themselves: test/browser.
 */

const api = apiOverDataset();
const endpoint = () => `${api.server().url}/graphql`;
const shipped = readAllFacts(factsFilesIn(FACTS_DIR)).map((f) => f.facts);

/** An entity of each type, with links of the kinds the explorer draws for it. */
const CENTRES: Record<EntityType, string> = {
  Company: 'hikvision',
  Standard: 'aa1000as',
  Alliance: 'aiia',
  Organization: 'hangzhou-tuv-nord',
  Programme: 'hikvision-jingzhou-smart-traffic-management',
  Report: 'hikvision-esg-2024',
  Framework: 'gri-standards',
  SDG: 'sdg-17',
  Metric: 'ghg_scope2_tco2e',
  Recognition: 'ecovadis-rating',
  Assurance: 'hikvision-esg-2024-report-assurance',
};

/** The links of one kind, by id. */
const linksOf = (n: Neighbourhood, kind: LinkKind): Record<string, Link> => Object.fromEntries(n.links.filter((l) => l.kind === kind).map((l) => [l.id, l]));

function expectQuoted(links: readonly Link[]): void {
  const evidence = links.flatMap((l) => l.facts.flatMap((f) => f.evidence));
  expectVerbatim(evidence.map((e) => ({ report: { id: e.report }, line: e.line, quote: e.quote })));
}

describe('the explorer over the shipped dataset', () => {
  it('draws an entity of every type node(id) answers, from its id alone, with its links and their quotes', async () => {
    const { __type } = dataOf(await api.server().gql<{ __type: { possibleTypes: { name: string }[] } }>('{ __type(name: "Node") { possibleTypes { name } } }'));
    expect(Object.keys(CENTRES).sort()).toEqual(__type.possibleTypes.map((t) => t.name).sort());
    for (const [type, id] of Object.entries(CENTRES)) {
      const n = await fetchNeighbourhood(endpoint(), id);
      expect({ id, type: n.centre.type, linked: n.links.length > 0 }).toEqual({ id, type, linked: true });
      const evidenced = n.links.filter((l) => l.facts.some((f) => f.evidence.length > 0));
      if (evidenced.length > 0) expectQuoted(evidenced);
    }
  });

  it("draws every recognition a company received and every assurance its reports state, as the facts have them", async () => {
    for (const company of ['hikvision', 'sensetime', 'ainnovation', 'kingsoft-cloud']) {
      const n = await fetchNeighbourhood(endpoint(), company, 'Company');
      const facts = shipped.filter((f) => f.company?.id === company);
      const received = new Set(facts.flatMap((f) => f.received.map((r) => `${company}|RECEIVED|${r.recognition}`)));
      expect({ company, received: Object.keys(linksOf(n, 'RECEIVED')).sort() }).toEqual({ company, received: [...received].sort() });
      const assurances = facts.reduce((sum, f) => sum + (f.assurances?.length ?? 0), 0);
      expect({ company, assurances: Object.keys(linksOf(n, 'ASSURED_BY')).length }).toEqual({ company, assurances });
    }
  });

  it('shows what a company received of a rating, who confers it, and the report lines saying so', async () => {
    const hikvision = await fetchNeighbourhood(endpoint(), 'hikvision', 'Company');
    const receipt = linksOf(hikvision, 'RECEIVED')['hikvision|RECEIVED|ecovadis-rating']!;
    expect(receipt.facts).toEqual([
      {
        summary: 'Silver (银牌) · 2025',
        note: 'Top 15% of about 150,000 companies rated worldwide.',
        evidence: [{ report: 'hikvision-esg-2024', reportTitle: expect.any(String), line: 105, quote: expect.stringContaining('EcoVadis') }],
      },
    ]);
    expectQuoted([receipt]);

    const rating = await fetchNeighbourhood(endpoint(), 'ecovadis-rating', 'Recognition');
    expect(rating.centre).toEqual({ id: 'ecovadis-rating', type: 'Recognition', name: 'EcoVadis sustainability rating', detail: 'EcoVadis 可持续发展评估' });
    // Read from the rating, the receipt is the same link with the same facts: expanding merges them.
    expect(linksOf(rating, 'RECEIVED')[receipt.id]).toEqual(receipt);
    const issuer = linksOf(rating, 'ISSUED_BY')['ecovadis-rating|ISSUED_BY|ecovadis']!;
    expectQuoted([issuer]);
  });

  it('draws an assurance between the report stating it and who verified it, under the standards it applied', async () => {
    const report = await fetchNeighbourhood(endpoint(), 'hikvision-esg-2024', 'Report');
    const assured = linksOf(report, 'ASSURED_BY');
    expect(Object.keys(assured)).toContain('hikvision-esg-2024|ASSURED_BY|hikvision-esg-2024-report-assurance');
    expectQuoted(Object.values(assured));
    expect(Object.keys(linksOf(report, 'PROVIDED_BY')).sort()).toEqual([
      'hikvision-esg-2024-financial-statements-assurance|PROVIDED_BY|deloitte-touche-tohmatsu-cpa',
      'hikvision-esg-2024-report-assurance|PROVIDED_BY|hangzhou-tuv-nord',
    ]);

    const assurance = await fetchNeighbourhood(endpoint(), 'hikvision-esg-2024-report-assurance', 'Assurance');
    expect(assurance.centre).toMatchObject({ type: 'Assurance', name: 'Report assurance · 2024' });
    expect(Object.keys(linksOf(assurance, 'UNDER')).sort()).toEqual([
      'hikvision-esg-2024-report-assurance|UNDER|aa1000as',
      'hikvision-esg-2024-report-assurance|UNDER|issa-5000',
    ]);
    expect(Object.keys(linksOf(assurance, 'PUBLISHED'))).toEqual(['hikvision|PUBLISHED|hikvision-esg-2024']);
  });

  it('draws the standards a company helped draft and its engagements, each with its quotes', async () => {
    const ainnovation = await fetchNeighbourhood(endpoint(), 'ainnovation', 'Company');
    const drafted = shipped.filter((f) => f.company?.id === 'ainnovation').flatMap((f) => f.draftedStandards ?? []);
    expect(Object.keys(linksOf(ainnovation, 'DRAFTED')).sort()).toEqual(drafted.map((d) => `ainnovation|DRAFTED|${d.standard}`).sort());
    expect(linksOf(ainnovation, 'DRAFTED')['ainnovation|DRAFTED|t-aia-012']!.facts[0]!.summary).toBe('lead drafter · 2024');
    expectQuoted(Object.values(linksOf(ainnovation, 'DRAFTED')));

    const hikvision = await fetchNeighbourhood(endpoint(), 'hikvision', 'Company');
    const engaged = linksOf(hikvision, 'ENGAGED_WITH');
    expect(Object.keys(engaged).length).toBeGreaterThan(0);
    expectQuoted(Object.values(engaged));
    // Read from the organization, the same engagement.
    const unicef = await fetchNeighbourhood(endpoint(), 'unicef', 'Organization');
    expect(linksOf(unicef, 'ENGAGED_WITH')['hikvision|ENGAGED_WITH|unicef']).toEqual(engaged['hikvision|ENGAGED_WITH|unicef']);
  });
});
