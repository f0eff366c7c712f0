import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/ingest/extract/index';
import { EntityRegistry } from '../../src/ingest/extract/registry';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { REPORTS_DIR } from '../../src/ingest/facts/files';
import { toSimplified } from '../../src/ingest/resolve/chinese';
import { StandardResolver } from '../../src/ingest/resolve/standards';

/** Real lines of a report (1-based, inclusive). */
function lines(report: string, from: number, to = from): string {
  return readFileSync(join(REPORTS_DIR, report), 'utf8').split(/\r?\n/).slice(from - 1, to).join('\n');
}

/** Extraction with no curated entities: ids and facts come from the rules alone. */
function extract(...parts: string[]) {
  return extractFacts({ text: parts.join('\n'), sourceFile: 'excerpt.txt', registry: EntityRegistry.empty() });
}

/** The footer that names the company, so the rules can tell it from other companies. */
const SENSETIME_FOOTER = '商汤集团股份有限公司 2022年可持续发展报告';

const resolver = new StandardResolver(loadCatalog().standards);
const ids = (text: string) => resolver.mentions(toSimplified(text)).map((m) => m.id);

describe('standard spellings', () => {
  test.each([
    ['ISO27001', 'iso-iec-27001'],
    ['ISO/IEC 27001:2013', 'iso-iec-27001'],
    ['GB/T 22080-2016/ISO/IEC 27001:2013', 'iso-iec-27001'],
    ['ISO 20000', 'iso-iec-20000-1'],
    ['ISO/ 美国汽车工程师协会（SAE）21434: 2021', 'iso-sae-21434'],
    ['QC 080000', 'qc-080000'],
    ['IEC62443-4-1', 'iec-62443-4-1'],
    ['CSA-STAR', 'csa-star'],
    ['C-STAR', 'c-star'],
    ['PCI DSS', 'pci-dss'],
    ['TRUSTe', 'truste'],
    ['ITSS雲計算服務能力評估', 'itss'],
    ['數據管理能力成熟度 (DCMM)', 'dcmm'],
    ['SA8000', 'sa8000'],
    ['網絡安全等級保護', 'mlps'],
    ['BS 10012', 'bs-10012'],
    ['ASPICE', 'aspice'],
    ['ISO 26262', 'iso-26262'],
    ['中国环境标志', 'china-environmental-labelling'],
  ])('%s is %s', (spelling, id) => {
    expect(ids(spelling)).toContain(id);
  });

  test('SOC 1/2/3 written together are three reports', () => {
    expect(ids('SOC1/SOC2/SOC3')).toEqual(['soc-1', 'soc-2', 'soc-3']);
  });

  test('the edition after the ISO code is the version; a national adoption year is not', () => {
    const [gb, iso] = resolver.mentions('GB/T19001-2016/ISO9001:2015');
    expect(gb).toMatchObject({ id: 'iso-9001' });
    expect(gb?.version).toBeUndefined();
    expect(iso).toMatchObject({ id: 'iso-9001', version: '2015' });
  });

  test('CMMI and ITSS levels, in Chinese numerals too', () => {
    expect(resolver.resolveAll(toSimplified('CMMI三級認證'))).toEqual([{ id: 'cmmi', version: 'Level 3' }]);
    expect(resolver.resolveAll('ITSS 信息技术服务运行维护标准符合性一级')).toEqual([{ id: 'itss', version: 'Level 1' }]);
  });

  test('a short alias needs its qualifier: "等保障" is not MLPS, "等保三级" is', () => {
    expect(ids('以确保隐私等保障')).toEqual([]);
    expect(ids('通过等保三级测评')).toEqual(['mlps']);
  });

  test('capitalised codes do not match English words', () => {
    expect(ids('to reach the target')).toEqual([]);
    expect(ids('REACH、RoHS2.0 报告')).toEqual(['reach', 'rohs']);
  });
});

describe('certifications', () => {
  test('held standards in a simplified sentence, each with evidence on its line', () => {
    const facts = extract(lines('sensetime-esg-2022.txt', 393, 397));
    expect(facts.certifications.map((c) => [c.standard, c.holderKind])).toEqual([
      ['iso-iec-27001', 'GROUP'],
      ['iso-iec-29151', 'GROUP'],
      ['iso-iec-27701', 'GROUP'],
      ['bs-10012', 'GROUP'],
    ]);
    expect(facts.certifications[3]?.year).toBe(2022);
    expect(facts.certifications[0]?.evidence[0]).toEqual({ line: 1, quote: expect.stringContaining('ISO 27001') });
  });

  test('traditional script: 已獲得 ISO27001…認證', () => {
    const facts = extract(lines('ainnovation-esg-2024.txt', 1131, 1133));
    expect(facts.certifications).toEqual([expect.objectContaining({ standard: 'iso-iec-27001', holderKind: 'GROUP' })]);
  });

  test('CMMI level as the version', () => {
    const facts = extract(lines('ainnovation-esg-2024.txt', 931, 935));
    expect(facts.certifications).toContainEqual(expect.objectContaining({ standard: 'cmmi', version: 'Level 3' }));
    expect(facts.certifications).toContainEqual(expect.objectContaining({ standard: 'iso-9001' }));
  });

  test('named subsidiaries hold it, broken across lines', () => {
    const facts = extract(SENSETIME_FOOTER, lines('sensetime-esg-2022.txt', 2770, 2776));
    expect(facts.certifications.map((c) => [c.standard, c.holderKind, c.holder])).toEqual([
      ['iso-14001', 'SUBSIDIARY', '上海商汤智能科技有限公司'],
      ['iso-14001', 'SUBSIDIARY', '北京市商汤科技开发有限公司'],
    ]);
  });

  test('a facility: the office park where the headquarters is', () => {
    const facts = extract(lines('kingsoftcloud-esg-2023.txt', 861));
    expect(facts.certifications).toEqual([expect.objectContaining({ standard: 'iso-45001', holderKind: 'FACILITY', holder: '小米科技園' })]);
  });

  test('a product line and a business unit', () => {
    const product = extract(lines('hikvision-esg-2024.txt', 1403));
    expect(product.certifications).toContainEqual(expect.objectContaining({ standard: 'en-303645', holderKind: 'PRODUCT' }));
    expect(product.certifications).toContainEqual(expect.objectContaining({ standard: 'iso-iec-38505', holderKind: 'GROUP' }));
    const unit = extract(SENSETIME_FOOTER, lines('sensetime-esg-2022.txt', 1681, 1685));
    expect(unit.certifications).toContainEqual(expect.objectContaining({ standard: 'iso-26262', holderKind: 'BUSINESS_UNIT', holder: '商汤绝影智能汽车平台' }));
    expect(unit.certifications).toContainEqual(expect.objectContaining({ standard: 'iso-sae-21434', holderKind: 'BUSINESS_UNIT', holder: '商汤绝影', year: 2022, version: '2021' }));
  });

  test('a certificate table under a 資質認證 heading', () => {
    const facts = extract(lines('kingsoftcloud-esg-2023.txt', 750, 752));
    expect(facts.certifications.map((c) => c.standard)).toEqual(
      expect.arrayContaining(['iso-iec-20000-1', 'iso-iec-27017', 'truste', 'soc-1', 'soc-2', 'soc-3', 'pci-dss', 'c-star', 'csa-star', 'mlps', 'itss', 'trusted-cloud']),
    );
  });

  test('standards followed or referred to are not held', () => {
    const facts = extract(lines('ainnovation-esg-2024.txt', 1112, 1120));
    expect(facts.certifications).toEqual([]);
  });
});

describe('supplier requirements', () => {
  test('优先选择 and 要求…提供 are requirements, not holdings', () => {
    const facts = extract(lines('sensetime-esg-2022.txt', 1754, 1759));
    expect(facts.certifications).toEqual([]);
    const withStandard = facts.supplierRequirements.filter((r) => r.standard);
    expect(withStandard.map((r) => r.standard)).toEqual(['iso-14001', 'qc-080000', 'rohs']);
    expect(withStandard[0]?.text).toMatch(/preferred/);
    expect(withStandard[2]?.text).toMatch(/specified categories must provide RoHS reports/);
  });

  test('traditional script, by supplier type', () => {
    const facts = extract(lines('kingsoftcloud-esg-2023.txt', 1562));
    expect(facts.supplierRequirements.filter((r) => r.standard).map((r) => [r.standard, r.text])).toEqual([
      ['iso-45001', 'Service suppliers must provide ISO 45001 certification'],
      ['iso-iec-27001', 'Service suppliers must provide ISO/IEC 27001 certification'],
      ['iso-9001', 'Equipment suppliers must provide ISO 9001 certification'],
      ['iso-50001', 'Equipment suppliers must provide ISO 50001 certification'],
    ]);
  });

  test('a requirement without a standard keeps its documents', () => {
    const facts = extract(lines('sensetime-esg-2022.txt', 967, 969));
    expect(facts.supplierRequirements).toEqual([expect.objectContaining({ text: 'All suppliers must sign: 反商业贿赂行为的承诺' })]);
    expect(facts.supplierRequirements[0]?.standard).toBeUndefined();
  });
});
