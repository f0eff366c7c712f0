import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database';
import { MIGRATIONS_DIR, appliedMigrations, migrate, pendingMigrations, readMigrations } from '../../src/db/migrate';
import { openTestDatabase } from '../support/neo4j';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('migrations', () => {
  it('are all applied and recorded, and running them again does nothing', async () => {
    expect(await migrate(db)).toEqual([]);
    expect(await pendingMigrations(db)).toEqual([]);
    const applied = await appliedMigrations(db);
    expect([...applied.keys()].sort()).toEqual(readMigrations().map((m) => m.id));
  });

  it('create a uniqueness constraint on the id of every label and the fulltext index', async () => {
    const constraints = await db.read<{ labels: string[]; props: string[] }>(
      "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties AS props, type WHERE type = 'UNIQUENESS' RETURN labels, props",
    );
    const unique = new Set(constraints.filter((c) => c.props[0] === 'id').map((c) => c.labels[0]));
    for (const label of ['Entity', 'Company', 'Report', 'Standard', 'Alliance', 'Organization', 'Programme', 'Framework', 'SDG', 'Metric']) {
      expect(unique).toContain(label);
    }
    const fulltext = await db.read<{ name: string; state: string }>("SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state");
    expect(fulltext).toContainEqual({ name: 'entity_search', state: 'ONLINE' });
  });

  it('refuse to run when an applied migration was edited afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    writeFileSync(join(dir, '001_constraints.cypher'), '// edited\nRETURN 1;\n');
    await expect(migrate(db, dir)).rejects.toThrow(/001_constraints was changed after it was applied/);
  });
});
