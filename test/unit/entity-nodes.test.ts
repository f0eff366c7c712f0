import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR } from '../../src/ingest/facts/files';
import { parseFacts } from '../../src/ingest/facts/read';
import { searchText } from '../../src/ingest/load/node-props';
import { entityNodes } from '../../src/ingest/load/writes';

const kingsoft = parseFacts('k', JSON.parse(readFileSync(join(FACTS_DIR, 'kingsoftcloud-esg-2023.json'), 'utf8')));

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
});
