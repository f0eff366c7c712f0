import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database';
import { MIGRATIONS_DIR, appliedMigrations, migrate, pendingMigrations, pendingModelSchema, readMigrations } from '../../src/db/migrate';
import { model } from '../../src/model/registry';
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
    expect([...applied.keys()]).toEqual(expect.arrayContaining(readMigrations().map((m) => m.id)));
  });

  it('create a uniqueness constraint on the id of every declared label, and the fulltext index over the searchable ones', async () => {
    const constraints = await db.read<{ labels: string[]; props: string[] }>(
      "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties AS props, type WHERE type = 'UNIQUENESS' RETURN labels, props",
    );
    const unique = new Set(constraints.filter((c) => c.props[0] === 'id').map((c) => c.labels[0]));
    for (const label of ['Entity', ...model().entities.keys()]) expect(unique).toContain(label);
    const [fulltext] = await db.read<{ name: string; state: string; labels: string[] }>(
      "SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes AS labels WHERE name = 'entity_search' RETURN name, state, labels",
    );
    expect(fulltext).toMatchObject({ name: 'entity_search', state: 'ONLINE' });
    expect([...(fulltext?.labels ?? [])].sort()).toEqual([...model().searchLabels].sort());
  });

  it('re-create the fulltext index when it covers other labels than the searchable ones, and re-create a dropped index', async () => {
    await db.runAutoCommit('DROP INDEX entity_search');
    await db.runAutoCommit("CREATE FULLTEXT INDEX entity_search FOR (n:Company|Standard) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }");
    await db.runAutoCommit('DROP INDEX alliance_name');
    expect(await pendingModelSchema(db)).toEqual({ missing: ['alliance_name'], fulltext: 'changed' });
    expect(await migrate(db)).toEqual(['alliance_name', expect.stringMatching(/^entity_search \(/)]);
    expect(await pendingModelSchema(db)).toEqual({ missing: [], fulltext: 'ok' });
  });

  it('refuse to run when an applied migration was edited afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    writeFileSync(join(dir, '004_migration_log.cypher'), '// edited\nRETURN 1;\n');
    await expect(migrate(db, dir)).rejects.toThrow(/004_migration_log was changed after it was applied/);
  });
});
