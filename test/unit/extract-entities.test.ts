import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/ingest/extract/index';
import { EntityRegistry, readSharedEntities } from '../../src/ingest/extract/registry';
import { REPORTS_DIR } from '../../src/ingest/facts/files';
import type { FactsFile } from '../../src/ingest/facts/schema';

/** Real lines of a report (1-based, inclusive). */
function lines(report: string, from: number, to = from): string {
  return readFileSync(join(REPORTS_DIR, report), 'utf8').split(/\r?\n/).slice(from - 1, to).join('\n');
}

function extract(text: string, registry = EntityRegistry.empty()): FactsFile {
  return extractFacts({ text, sourceFile: 'excerpt.txt', registry });
}

/** The line that names the company, so the rules can tell it from other companies. */
const SENSETIME = '商汤集团股份有限公司 2022年可持续发展报告';
const AINNOVATION = '創新奇智科技集團股份有限公司';

function membership(facts: FactsFile, nameZh: string) {
  const alliance = facts.alliances.find((a) => a.nameZh === nameZh);
  return alliance && facts.memberships.find((m) => m.alliance === alliance.id);
}

describe('memberships', () => {
  test('理事長單位 is the chair (traditional script)', () => {
    const facts = extract(lines('kingsoftcloud-esg-2023.txt', 467));
    expect(membership(facts, '互聯網知識產權開放與合作聯盟')?.role).toBe('CHAIR');
    expect(facts.alliances[0]).toMatchObject({ kind: 'ALLIANCE', name: '互聯網知識產權開放與合作聯盟' });
  });

  test('副组长 is a vice chair; 创办…并担任创始主席 a founding chair', () => {
    expect(membership(extract(lines('sensetime-esg-2022.txt', 874, 875)), '国家生物特征识别汽车应用标准研究组')?.role).toBe('VICE_CHAIR');
    expect(membership(extract(lines('sensetime-esg-2022.txt', 270)), '中国增强现实和新技术产业联盟')?.role).toBe('CHAIR');
  });

  test('联合发起 a named alliance makes the company a founder; its abbreviation becomes the id', () => {
    const facts = extract(lines('sensetime-esg-2022.txt', 1466, 1468));
    const m = membership(facts, '亚洲科技促进可持续发展目标联盟');
    expect(m?.role).toBe('FOUNDER');
    expect(m?.alliance).toBe('tech4sdg');
    expect(facts.alliances.map((a) => a.nameZh)).not.toContain('国际金融论坛');
  });

  test('加入 a compact is signing it, with the year', () => {
    const facts = extract(lines('hikvision-esg-2024.txt', 115));
    expect(facts.memberships).toEqual([expect.objectContaining({ role: 'SIGNATORY', since: 2024 })]);
    expect(facts.alliances[0]).toMatchObject({ nameZh: '联合国全球契约组织', aliases: ['UNGC'], kind: 'INITIATIVE' });
  });

  test('a membership inside an award sentence counts; the award itself does not', () => {
    expect(membership(extract(lines('hikvision-esg-2024.txt', 1417)), '中国互联网网络安全威胁治理联盟')?.role).toBe('MEMBER');
    expect(extract(lines('sensetime-esg-2022.txt', 387, 391)).memberships).toEqual([]);
  });

  test('the company’s own committees are not alliances', () => {
    expect(extract(lines('sensetime-esg-2022.txt', 898, 902)).memberships).toEqual([]);
    expect(extract(lines('kingsoftcloud-esg-2023.txt', 705)).memberships).toEqual([]);
    expect(extract(lines('ainnovation-esg-2024.txt', 466, 470)).memberships).toEqual([]);
  });

  test('a list of bodies under a heading, names broken across lines', () => {
    const facts = extract(lines('sensetime-esg-2022.txt', 316, 350));
    expect(facts.alliances.map((a) => a.nameZh)).toEqual(
      expect.arrayContaining(['中国信息通信研究院虚拟现实与元宇宙产业联盟', '元宇宙标准论坛', '中国电子工业标准化技术协会元宇宙工作委员会', 'AR 国际标准工作组']),
    );
    expect(facts.alliances.find((a) => a.nameZh === '国际电气电子工程师学会')?.aliases).toEqual(['IEEE']);
    expect(facts.memberships.every((m) => m.role === 'MEMBER')).toBe(true);
  });

  test('a name the curated files already know gets their id, in either script', () => {
    const registry = new EntityRegistry(
      readSharedEntities('| `ip-alliance` | Alliance | Internet IP Open and Cooperation Alliance (互联网知识产权开放与合作联盟) | ALLIANCE | |'),
      [],
    );
    const facts = extract(lines('kingsoftcloud-esg-2023.txt', 467), registry);
    expect(facts.memberships[0]?.alliance).toBe('ip-alliance');
    expect(facts.alliances[0]).toMatchObject({ id: 'ip-alliance', name: 'Internet IP Open and Cooperation Alliance' });
  });
});

describe('programmes', () => {
  test('quoted names with a programme word, and telling endings', () => {
    const facts = extract(lines('sensetime-esg-2022.txt', 413, 423));
    expect(facts.programmes.map((p) => [p.nameZh, p.kind])).toEqual([
      ['“羊很幸福”福利计划', 'EMPLOYEE'],
      ['商汤奖学金', 'EDUCATION'],
      ['全国职业教育教师企业实践基地', 'EDUCATION'],
      ['“双师型”教师培训基地', 'EDUCATION'],
    ]);
    expect(facts.programmes[1]?.startYear).toBe(2017);
  });

  test('traditional script: 「擎雲計劃」 and a camp', () => {
    const facts = extract(lines('kingsoftcloud-esg-2023.txt', 818, 822));
    expect(facts.programmes.map((p) => p.nameZh)).toContain('星雲訓練營');
    expect(extract(lines('kingsoftcloud-esg-2023.txt', 986)).programmes.map((p) => [p.nameZh, p.kind])).toEqual([['「擎雲計劃」', 'TALENT']]);
  });

  test('a charity activity with its partner school', () => {
    const facts = extract(lines('sensetime-esg-2022.txt', 2603, 2608));
    expect(facts.programmes[0]).toMatchObject({ nameZh: '“ 广东扶贫济困日 ”活动', kind: 'CHARITY', year: 2022 });
  });

  test('a research institute built with a university names the university as partner', () => {
    const facts = extract(`${SENSETIME}\n${lines('sensetime-esg-2022.txt', 1611, 1613)}`);
    const programme = facts.programmes.find((p) => p.nameZh === '清源研究院');
    expect(programme?.kind).toBe('RESEARCH');
    expect(programme?.partners.map((p) => facts.organizations.find((o) => o.id === p.organization)?.nameZh)).toEqual(['上海交通大学']);
  });

  test('generic activities and incentive plans are not programmes', () => {
    expect(extract(`${SENSETIME}\n${lines('sensetime-esg-2022.txt', 2590, 2594)}`).programmes).toEqual([]);
    expect(extract(lines('kingsoftcloud-esg-2023.txt', 931)).programmes).toEqual([]);
  });
});

describe('partners and suppliers', () => {
  test('与A、B、C…签订战略合作协议: each is a partner, with aliases', () => {
    const facts = extract(`${AINNOVATION}\n${lines('ainnovation-esg-2024.txt', 1218, 1222)}`);
    expect(facts.partners.map((p) => p.relation)).toEqual(['strategic cooperation', 'strategic cooperation', 'strategic cooperation']);
    expect(facts.organizations.map((o) => [o.nameZh, o.kind, o.aliases])).toEqual(
      expect.arrayContaining([
        ['山東大學', 'UNIVERSITY', []],
        ['釘釘（中國）信息技術有限公司', 'COMPANY', ['钉钉']],
        ['華潤數科控股有限公司', 'COMPANY', ['华润数科']],
      ]),
    );
  });

  test('award-giving bodies are not partners', () => {
    expect(extract(lines('hikvision-esg-2024.txt', 359, 363)).partners).toEqual([]);
  });

  test('leased data centres are suppliers; the company’s own are not', () => {
    const facts = extract([lines('kingsoftcloud-esg-2023.txt', 1273), lines('kingsoftcloud-esg-2023.txt', 1350, 1356)].join('\n'));
    const names = facts.suppliers.map((s) => facts.organizations.find((o) => o.id === s.organization)?.nameZh);
    expect(names).toEqual(['常熟普洛斯數據中心', '上海光環機房', '浦江萬國機房', '青海智慧雙碳大數據中心']);
  });
});

describe('frameworks and SDGs', () => {
  test('附录二十七 broken across blank lines, GRI, the SDGs', () => {
    const facts = extract(lines('sensetime-esg-2022.txt', 19, 27));
    expect(facts.frameworks.map((f) => f.framework)).toEqual(['hkex-esg-guide', 'gri-standards', 'un-sdgs']);
  });

  test('traditional script: 附錄C2, the Nasdaq guide next to 納斯達克, SASB', () => {
    const facts = extract(lines('kingsoftcloud-esg-2023.txt', 43));
    expect(facts.frameworks.map((f) => f.framework)).toEqual(['hkex-esg-guide', 'nasdaq-esg-guide', 'gri-standards', 'un-sdgs', 'sasb']);
  });

  test('TCFD, CDP and the Shenzhen guideline', () => {
    expect(extract(lines('hikvision-esg-2024.txt', 715)).frameworks.map((f) => f.framework)).toEqual(['tcfd', 'cdp']);
    expect(extract(lines('hikvision-esg-2024.txt', 189)).frameworks.map((f) => f.framework)).toEqual(['szse-self-regulatory-guideline']);
  });

  test('goal numbers with their titles, in either script', () => {
    expect(extract(lines('kingsoftcloud-esg-2023.txt', 1064, 1068)).sdgs.map((s) => s.sdg)).toEqual([6, 12, 13]);
    expect(extract(lines('hikvision-esg-2024.txt', 1050, 1058)).sdgs.map((s) => s.sdg)).toEqual([16, 17]);
  });

  test('"17 项可持续发展目标" names no goal', () => {
    expect(extract(lines('hikvision-esg-2024.txt', 115)).sdgs).toEqual([]);
  });
});

describe('company and report', () => {
  test('an ESG report: legal name, short name, tickers, period year, script', () => {
    const facts = extractFacts({ text: readFileSync(join(REPORTS_DIR, 'kingsoftcloud-esg-2023.txt'), 'utf8'), sourceFile: 'kingsoftcloud-esg-2023.txt', registry: EntityRegistry.empty() });
    expect(facts.company).toMatchObject({ id: 'kingsoft-cloud', name: 'Kingsoft Cloud Holdings Limited', nameZh: '金山云控股有限公司', tickers: ['KC', '3896.HK'], founded: 2012 });
    expect(facts.company.shortNames).toContain('金山雲');
    expect(facts.report).toMatchObject({ id: 'kingsoftcloud-esg-2023', year: 2023, kind: 'ESG_REPORT', languages: ['zh-Hant', 'en'] });
  });

  test('a news article: front matter, publisher, the company named before its stock code', () => {
    const facts = extractFacts({ text: readFileSync(join(REPORTS_DIR, 'sensetime-news-2022-04-24.txt'), 'utf8'), sourceFile: 'sensetime-news-2022-04-24.txt', registry: EntityRegistry.empty() });
    expect(facts.report).toMatchObject({ kind: 'NEWS_ARTICLE', publishedOn: '2022-04-24', year: 2022, publisher: '经济参考网' });
    expect(facts.company).toMatchObject({ nameZh: '商汤科技', tickers: ['0020.HK'] });
  });

  test('--company overrides the id', () => {
    const facts = extractFacts({ text: lines('hikvision-esg-2024.txt', 1, 120), sourceFile: 'hikvision-esg-2024.txt', companyId: 'hikvision', registry: EntityRegistry.empty() });
    expect(facts.company.id).toBe('hikvision');
  });
});
