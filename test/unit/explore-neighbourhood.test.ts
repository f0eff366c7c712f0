import { mergeFacts, neighbourhoodOf, type Fact, type NeighbourhoodNode } from '../../web/explore/neighbourhood';

/** The explorer's picture of a neighbourhood, from the answers of its typed operations. */

const evidence = (line: number) => ({ report: { id: 'r', title: 'Report R' }, line, quote: `quote ${line}` });
const company = { __typename: 'Company', id: 'c1', name: 'Company One', nameZh: '公司一' } as const;
const standard = { __typename: 'Standard', id: 's1', code: 'ISO 1', title: 'Standard One' } as const;

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
  reports: [{ __typename: 'Report', id: 'r', title: 'Report R' }],
} as NeighbourhoodNode;

const fromStandard = {
  ...standard,
  holders: {
    edges: [{ node: company, holdings: [{ version: '2013', holder: null, holderKind: 'GROUP', year: 2022, evidence: [evidence(7)] }] }],
  },
  requiredBy: [],
} as NeighbourhoodNode;

describe('the explorer', () => {
  it('draws one link per (source, kind, target), with a fact per holding and its evidence', () => {
    const n = neighbourhoodOf(fromCompany);
    expect(n.centre).toEqual({ id: 'c1', type: 'Company', name: 'Company One', detail: '公司一' });
    expect(n.entities.map((e) => e.id)).toEqual(['c1', 's1', 'r']);
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
});
