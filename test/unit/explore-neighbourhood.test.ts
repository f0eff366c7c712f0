import type * as Ops from '../../web/explore/generated/graphql';
import { entityOf, mergeFacts, neighbourhoodOf, type Fact, type NeighbourhoodNode } from '../../web/explore/neighbourhood';

/** The explorer's picture of a neighbourhood, from the answers of its typed operations. */

const evidence = (line: number) => ({ report: { id: 'r', title: 'Report R' }, line, quote: `quote ${line}` });
const company = { __typename: 'Company', id: 'c1', name: 'Company One', nameZh: '公司一' } as const;
const standard = { __typename: 'Standard', id: 's1', code: 'ISO 1', title: 'Standard One' } as const;
const report = { __typename: 'Report', id: 'r', title: 'Report R' } as const;
const organization = { __typename: 'Organization', id: 'o1', name: 'Verifier One', nameZh: null } as const;
const rating = { __typename: 'Recognition', id: 'rating', name: 'Rating', nameZh: '评级' } as const;
const receipt: Ops.ReceiptFactsFragment = { year: 2025, level: 'Silver', levelZh: '银牌', holder: null, holderKind: 'GROUP', note: 'Top 15%.', evidence: [evidence(105)] };
const reportAssurance: Ops.AssuranceFactsFragment = {
  __typename: 'Assurance',
  id: 'r-report-assurance',
  scope: 'REPORT',
  year: 2024,
  level: 'Limited',
  subject: 'The report',
  report,
  provider: organization,
  evidence: [evidence(2450)],
};
const ghgAssurance: Ops.AssuranceFactsFragment = { ...reportAssurance, id: 'r-ghg-data-assurance', scope: 'GHG_DATA', year: null, level: null, subject: 'GHG data', provider: null };

const fromCompany = {
  ...company,
  certifications: [
    { standard, version: '2013', holder: null, holderKind: 'GROUP', year: 2022, evidence: [evidence(7)] },
    { standard, version: null, holder: 'Plant A', holderKind: 'FACILITY', year: null, evidence: [evidence(9)] },
  ],
  memberships: [],
  programmes: [],
  partners: [],
  suppliers: [],
  supplierRequirements: [],
  parents: [],
  subsidiaries: [],
  sdgs: [],
  reports: [report],
  recognitions: [{ recognition: rating, ...receipt }],
  draftedStandards: [{ standard, role: 'LEAD_DRAFTER', year: 2024, note: null, evidence: [evidence(11)] }],
  engagements: [{ organization, kind: 'FORUM', description: 'Spoke at a forum', year: 2024, evidence: [evidence(12)] }],
  assurances: [reportAssurance, ghgAssurance],
} as NeighbourhoodNode;

const fromStandard = {
  ...standard,
  holders: {
    edges: [{ node: company, holdings: [{ version: '2013', holder: null, holderKind: 'GROUP', year: 2022, evidence: [evidence(7)] }] }],
  },
  requiredBy: [],
  drafters: [],
  assurances: [],
} as NeighbourhoodNode;

const fromRecognition = {
  ...rating,
  evidence: [evidence(105)],
  issuers: [organization],
  recipients: { edges: [{ node: company, receipts: [receipt] }] },
} as NeighbourhoodNode;

const fromOrganization = {
  ...organization,
  suppliesTo: [],
  partnerOf: [],
  programmes: [],
  issuedRecognitions: [{ ...rating, evidence: [evidence(105)] }],
  assurancesProvided: [reportAssurance],
  engagedBy: [{ company, kind: 'FORUM', description: 'Spoke at a forum', year: 2024, evidence: [evidence(12)] }],
} as NeighbourhoodNode;

const fromAssurance = { ...reportAssurance, company, standards: [standard] } as NeighbourhoodNode;

/** The links of a neighbourhood by id, with their facts. */
const linksOf = (node: NeighbourhoodNode) => Object.fromEntries(neighbourhoodOf(node).links.map((l) => [l.id, l.facts]));

describe('the explorer', () => {
  it('draws one link per (source, kind, target), with a fact per holding and its evidence', () => {
    const n = neighbourhoodOf(fromCompany);
    expect(n.centre).toEqual({ id: 'c1', type: 'Company', name: 'Company One', detail: '公司一' });
    expect(n.entities.map((e) => e.id)).toEqual(['c1', 's1', 'r', 'rating', 'o1', 'r-report-assurance', 'r-ghg-data-assurance']);
    const holds = n.links.find((l) => l.kind === 'HOLDS_CERTIFICATION')!;
    expect(holds).toMatchObject({ id: 'c1|HOLDS_CERTIFICATION|s1', source: 'c1', target: 's1' });
    expect(holds.facts.map((f) => f.summary)).toEqual(['ISO 1 · 2013 · held by the group · 2022', 'ISO 1 · held by Plant A (facility)']);
    expect(holds.facts[0]!.evidence).toEqual([{ report: 'r', reportTitle: 'Report R', line: 7, quote: 'quote 7' }]);
    expect(n.links.find((l) => l.kind === 'PUBLISHED')!.facts[0]!.evidence).toEqual([]);
  });

  it('reads the same link from either end with the same id and facts, so expanding merges', () => {
    const a = neighbourhoodOf(fromCompany).links.find((l) => l.kind === 'HOLDS_CERTIFICATION')!;
    const b = neighbourhoodOf(fromStandard).links[0]!;
    expect(b.id).toBe(a.id);
    const merged: Fact[] = [...a.facts];
    mergeFacts(merged, b.facts);
    expect(merged).toEqual(a.facts);
  });

  it("draws a company's recognitions, drafted standards, engagements and assurances, each fact with its evidence", () => {
    const n = neighbourhoodOf(fromCompany);
    expect(n.entities).toEqual(
      expect.arrayContaining([
        { id: 'rating', type: 'Recognition', name: 'Rating', detail: '评级' },
        { id: 'r-report-assurance', type: 'Assurance', name: 'Report assurance · 2024', detail: 'Limited' },
        { id: 'r-ghg-data-assurance', type: 'Assurance', name: 'GHG data assurance' },
      ]),
    );
    expect(linksOf(fromCompany)).toMatchObject({
      'c1|RECEIVED|rating': [{ summary: 'Silver (银牌) · 2025', note: 'Top 15%.', evidence: [{ line: 105, quote: 'quote 105' }] }],
      'c1|DRAFTED|s1': [{ summary: 'lead drafter · 2024', evidence: [{ line: 11 }] }],
      'c1|ENGAGED_WITH|o1': [{ summary: 'forum · Spoke at a forum · 2024', evidence: [{ line: 12 }] }],
      // An assurance hangs off the report stating it, and points to who verified it when the report says.
      'r|ASSURED_BY|r-report-assurance': [{ summary: 'The report · Limited', evidence: [{ line: 2450 }] }],
      'r-report-assurance|PROVIDED_BY|o1': [{ summary: 'The report · Limited', evidence: [{ line: 2450 }] }],
      'r|ASSURED_BY|r-ghg-data-assurance': [{ summary: 'GHG data' }],
    });
    expect(n.links.filter((l) => l.kind === 'PROVIDED_BY')).toHaveLength(1);
  });

  it('reads the new links from either end with the same ids and facts', () => {
    const company = linksOf(fromCompany);
    const recognition = linksOf(fromRecognition);
    const organization = linksOf(fromOrganization);
    const assurance = linksOf(fromAssurance);
    expect(recognition['c1|RECEIVED|rating']).toEqual(company['c1|RECEIVED|rating']);
    expect(organization['c1|ENGAGED_WITH|o1']).toEqual(company['c1|ENGAGED_WITH|o1']);
    expect(organization['rating|ISSUED_BY|o1']).toEqual(recognition['rating|ISSUED_BY|o1']);
    expect(organization['rating|ISSUED_BY|o1']).toEqual([{ summary: 'confers it', evidence: [{ report: 'r', reportTitle: 'Report R', line: 105, quote: 'quote 105' }] }]);
    for (const id of ['r|ASSURED_BY|r-report-assurance', 'r-report-assurance|PROVIDED_BY|o1']) {
      expect({ id, organization: organization[id], assurance: assurance[id] }).toEqual({ id, organization: company[id], assurance: company[id] });
    }
    // Its own neighbourhood adds whose report it is and the assurance standards applied.
    expect(Object.keys(assurance).sort()).toEqual(['c1|PUBLISHED|r', 'r-report-assurance|PROVIDED_BY|o1', 'r-report-assurance|UNDER|s1', 'r|ASSURED_BY|r-report-assurance']);
  });

  it('leaves out a Chinese name that repeats the English one', () => {
    expect(entityOf({ __typename: 'Recognition', id: 'x', name: 'EcoVadis', nameZh: 'EcoVadis' })).toEqual({ id: 'x', type: 'Recognition', name: 'EcoVadis' });
  });
});
