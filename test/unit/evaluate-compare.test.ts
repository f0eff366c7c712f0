import { canonicalSegment, compareFacts, type Category } from '../../src/ingest/extract/compare';
import { differences, driftFrom, hasDrift } from '../../src/ingest/extract/review';
import { factsFileSchema, type FactsFile } from '../../src/ingest/facts/schema';

const ev = (line: number) => [{ line, quote: 'quote' }];

/** A minimal valid facts file with the given sections. */
function facts(sections: Record<string, unknown>): FactsFile {
  return factsFileSchema.parse({
    source: { file: 'x.txt' },
    report: { id: 'x', title: 'X', year: 2023, kind: 'ESG_REPORT', languages: ['zh-Hans'] },
    company: { id: 'acme', name: 'Acme', nameZh: '阿克米' },
    ...sections,
  });
}

function category(result: ReturnType<typeof compareFacts>, name: Category) {
  const found = result.categories.find((c) => c.category === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

describe('compareFacts', () => {
  test('certifications are keyed by standard and holder kind', () => {
    const proposed = facts({ certifications: [{ standard: 'iso-9001', evidence: ev(1) }, { standard: 'iso-14001', holderKind: 'FACILITY', holder: 'A', evidence: ev(2) }] });
    const curated = facts({ certifications: [{ standard: 'iso-9001', evidence: ev(9) }, { standard: 'iso-14001', evidence: ev(2) }] });
    const result = category(compareFacts(proposed, curated), 'certifications');
    expect(result).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(result.falsePositives).toEqual(['iso-14001|FACILITY']);
    expect(result.falseNegatives).toEqual(['iso-14001|GROUP']);
  });

  test('memberships match through the alliance’s names in either script', () => {
    const proposed = facts({
      alliances: [{ id: 'alliance-1234abcd', name: '互聯網知識產權開放與合作聯盟', nameZh: '互聯網知識產權開放與合作聯盟', kind: 'ALLIANCE' }],
      memberships: [{ alliance: 'alliance-1234abcd', role: 'CHAIR', evidence: ev(3) }],
    });
    const curated = facts({
      alliances: [{ id: 'ip-alliance', name: 'IP Alliance', nameZh: '互联网知识产权开放与合作联盟', kind: 'ALLIANCE' }],
      memberships: [{ alliance: 'ip-alliance', role: 'CHAIR', evidence: ev(3) }],
    });
    expect(category(compareFacts(proposed, curated), 'memberships')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  test('programmes match by simplified name, one name inside the other', () => {
    const proposed = facts({ programmes: [{ id: 'p1', name: '「擎雲計劃」', nameZh: '「擎雲計劃」', kind: 'TALENT', evidence: ev(5) }] });
    const curated = facts({ programmes: [{ id: 'qingyun', name: 'Qingyun Programme', nameZh: '擎云计划', kind: 'TALENT', evidence: ev(5) }] });
    expect(category(compareFacts(proposed, curated), 'programmes')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  test('supplier requirements: by standard, or by nearby evidence when only text', () => {
    const proposed = facts({ supplierRequirements: [{ standard: 'iso-9001', text: 'a', evidence: ev(10) }, { text: 'b', evidence: ev(20) }, { text: 'c', evidence: ev(40) }] });
    const curated = facts({ supplierRequirements: [{ standard: 'iso-9001', text: 'x', evidence: ev(11) }, { text: 'y', evidence: ev(21) }] });
    const result = category(compareFacts(proposed, curated), 'supplierRequirements');
    expect(result).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(result.falsePositives).toEqual(['text@L40']);
  });

  test('metrics are keyed by key, year and breakdown, breakdowns compared loosely', () => {
    const metric = (segment?: string) => ({ key: 'employees_total', value: 1, unit: 'persons', year: 2023, ...(segment ? { segment } : {}), evidence: ev(1) });
    const proposed = facts({ metrics: [metric('30-50'), metric('Hong Kong, Macao and Taiwan'), metric()] });
    const curated = facts({ metrics: [metric('30 to 50'), metric('Hong Kong, Macau and Taiwan'), metric('female')] });
    const result = category(compareFacts(proposed, curated), 'metrics');
    expect(result).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(result.falseNegatives).toEqual(['employees_total|2023|female']);
  });

  test('an empty category counts as perfect; the total sums all categories', () => {
    const result = compareFacts(facts({ sdgs: [{ sdg: 13, evidence: ev(1) }] }), facts({ sdgs: [{ sdg: 13, evidence: ev(2) }, { sdg: 6, evidence: ev(3) }] }));
    expect(category(result, 'frameworks')).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(result.total).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
  });
});

describe('canonicalSegment', () => {
  test.each([
    ['男性', 'male'],
    ['Male', 'male'],
    ['age 30-40', '30 40'],
    ['aged 51 and above', '51 and above'],
    ['of which: purchased electricity', 'purchased electricity'],
    ['Hong Kong, Macau and Taiwan', 'hong kong macao and taiwan'],
  ])('%s → %s', (segment, canonical) => {
    expect(canonicalSegment(segment)).toBe(canonical);
  });
});

describe('review drift', () => {
  const comparison = compareFacts(facts({ sdgs: [{ sdg: 1, evidence: ev(1) }] }), facts({ sdgs: [{ sdg: 2, evidence: ev(1) }] }));

  test('differences are category-prefixed keys', () => {
    expect(differences(comparison)).toEqual({ acceptedFalsePositives: ['sdgs:SDG 1'], acceptedFalseNegatives: ['sdgs:SDG 2'] });
  });

  test('only exactly the reviewed differences pass', () => {
    const current = differences(comparison);
    expect(hasDrift(driftFrom(current, current))).toBe(false);
    const stale = driftFrom({ acceptedFalsePositives: ['sdgs:SDG 1', 'sdgs:SDG 9'], acceptedFalseNegatives: [] }, current);
    expect(stale).toEqual({ newFalsePositives: [], newFalseNegatives: ['sdgs:SDG 2'], goneFalsePositives: ['sdgs:SDG 9'], goneFalseNegatives: [] });
    expect(hasDrift(stale)).toBe(true);
  });
});
