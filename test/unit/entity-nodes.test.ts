import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR } from '../../src/ingest/facts/files';
import { parseFacts } from '../../src/ingest/facts/read';
import { searchText } from '../../src/ingest/load/node-props';
import { entityNodes } from '../../src/ingest/load/writes';

const read = (name: string) => parseFacts(name, JSON.parse(readFileSync(join(FACTS_DIR, `${name}.json`), 'utf8')));
const kingsoft = read('kingsoftcloud-esg-2023');

describe('entity nodes merged across facts files', () => {
  it('hold every name in both scripts for search', () => {
    expect(searchText(['金山雲'])).toBe('金山云 | 金山雲');
  });

  it('keep the search text the same size however many files define an entity', () => {
    const copies = Array.from({ length: 12 }, () => kingsoft);
    const once = entityNodes([kingsoft], loadCatalog()).find((n) => n.id === 'kingsoft-cloud')!;
    const many = entityNodes(copies, loadCatalog()).find((n) => n.id === 'kingsoft-cloud')!;
    expect(many.props.searchText).toBe(once.props.searchText);
    expect(many.props.aliases).toEqual(once.props.aliases);
  });

  it('show the Chinese name in Chinese characters over one in Latin letters, whatever the order of the files', () => {
    const files = [read('sensetime-news-2022-04-24'), read('ainnovation-esg-2024')];
    expect(files[0]!.organizations.find((o) => o.id === 'idc')!.nameZh).toBe('IDC');
    for (const order of [files, [...files].reverse()]) {
      const idc = entityNodes(order, loadCatalog()).find((n) => n.id === 'idc')!;
      expect(idc.props).toMatchObject({ nameZh: '國際數據公司', nameZhHans: '国际数据公司' });
      expect(idc.props.aliases).toContain('IDC');
    }
  });

  it('make one node of a programme the report and the news article both define', () => {
    const nodes = entityNodes([read('sensetime-esg-2022'), read('sensetime-news-2022-04-24')], loadCatalog());
    const shared = nodes.filter((n) => n.id === 'sensetime-2022-shanghai-lockdown-employee-support');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.label).toBe('Programme');
  });
});
