import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyRenamedIds, applyWholeNumbers } from './data-migrations';
import type { Database } from './database';
import { model, type Registry } from '../model/registry';
import { fromRoot } from '../paths';

export const MIGRATIONS_DIR = fromRoot('cypher', 'migrations');

/**
 * Schema reads and the migration log run right after Neo4j starts, when its query engine is still
 * cold and the machine may be busy: they get more time than the API's QUERY_TIMEOUT_MS.
 */
const SCHEMA_TIMEOUT_MS = 120_000;

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

/** Splits a migration file into statements: `;` ends a statement at the end of a line; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}

export async function appliedMigrations(db: Database): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; checksum: string }>(
    'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum',
    {},
    undefined,
    SCHEMA_TIMEOUT_MS,
  );
  return new Map(rows.map((r) => [r.id, r.checksum]));
}

interface FulltextIndex {
  labels: string[];
  properties: string[];
}

async function fulltextIndex(db: Database, name: string): Promise<FulltextIndex | undefined> {
  const [found] = await db.read<FulltextIndex>(
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes AS labels, properties',
    { name },
    undefined,
    SCHEMA_TIMEOUT_MS,
  );
  return found;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * What the model's schema still needs in the database: the constraints and indexes its declarations
 * name (by name), and the fulltext index when it is missing or covers other labels than the
 * searchable ones.
 */
export async function pendingModelSchema(db: Database, registry: Registry = model()): Promise<{ missing: string[]; fulltext: 'ok' | 'missing' | 'changed' }> {
  const indexes = await db.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name', {}, undefined, SCHEMA_TIMEOUT_MS);
  const constraints = await db.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name', {}, undefined, SCHEMA_TIMEOUT_MS);
  const existing = new Set([...indexes, ...constraints].map((r) => r.name));
  const wanted = registry.fulltext;
  const fulltext = await fulltextIndex(db, wanted.name);
  return {
    missing: registry.indexes.filter((i) => !existing.has(i.name)).map((i) => i.name),
    fulltext: !fulltext ? 'missing' : sameSet(fulltext.labels, wanted.labels) && sameSet(fulltext.properties, [wanted.property]) ? 'ok' : 'changed',
  };
}

/**
 * Creates the constraints and indexes the model declares (src/model) that the database lacks, and
 * re-creates the fulltext index when the searchable labels changed (a fulltext index cannot be
 * altered). Idempotent: a second run finds nothing to do. Returns what it did.
 */
export async function applyModelSchema(db: Database, registry: Registry = model(), log: (line: string) => void = () => {}): Promise<string[]> {
  const pending = await pendingModelSchema(db, registry);
  const done: string[] = [];
  for (const index of registry.indexes.filter((i) => pending.missing.includes(i.name))) {
    await db.runAutoCommit(index.statement);
    done.push(index.name);
  }
  const fulltext = registry.fulltext;
  if (pending.fulltext === 'changed') await db.runAutoCommit(`DROP INDEX ${fulltext.name} IF EXISTS`);
  if (pending.fulltext !== 'ok') {
    await db.runAutoCommit(fulltext.statement);
    done.push(`${fulltext.name} (${fulltext.labels.join(', ')})`);
  }
  if (done.length > 0) log(`applied the model's indexes: ${done.join(', ')}`);
  return done;
}

/**
 * Applies the migrations not yet recorded, in order, and records each as a (:Migration) node; then
 * the data migrations (data-migrations.ts: ids renamed in the facts, whole numbers as integers) and
 * the constraints and indexes of the model (applyModelSchema). A recorded migration whose file has
 * changed since is an error: migrations are append-only. Returns the migrations and indexes applied.
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR, log: (line: string) => void = () => {}): Promise<string[]> {
  const applied = await appliedMigrations(db);
  const ran: string[] = [];
  for (const migration of readMigrations(dir)) {
    const recorded = applied.get(migration.id);
    if (recorded === migration.checksum) continue;
    if (recorded !== undefined) {
      throw new Error(`migration ${migration.id} was changed after it was applied; add a new migration instead`);
    }
    for (const statement of migration.statements) await db.runAutoCommit(statement);
    await db.write(
      'MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()',
      { id: migration.id, checksum: migration.checksum },
      SCHEMA_TIMEOUT_MS,
    );
    log(`applied migration ${migration.id}`);
    ran.push(migration.id);
  }
  for (const line of [...(await applyRenamedIds(db)), ...(await applyWholeNumbers(db))]) {
    log(`migrated data: ${line}`);
    ran.push(line);
  }
  ran.push(...(await applyModelSchema(db, model(), log)));
  await db.runAutoCommit('CALL db.awaitIndexes(300)');
  return ran;
}

/** Migrations not applied yet, and the model's indexes the database lacks. */
export async function pendingMigrations(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied = await appliedMigrations(db);
  const files = readMigrations(dir)
    .filter((m) => applied.get(m.id) !== m.checksum)
    .map((m) => m.id);
  const schema = await pendingModelSchema(db);
  return [...files, ...schema.missing, ...(schema.fulltext === 'ok' ? [] : [model().fulltext.name])];
}
