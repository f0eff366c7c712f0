import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';
import { fromRoot } from '../paths';

export const MIGRATIONS_DIR = fromRoot('cypher', 'migrations');

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
  );
  return new Map(rows.map((r) => [r.id, r.checksum]));
}

/**
 * Applies the migrations not yet recorded, in order, and records each as a (:Migration) node.
 * A recorded migration whose file has changed since is an error: migrations are append-only.
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
    await db.write('MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()', {
      id: migration.id,
      checksum: migration.checksum,
    });
    log(`applied migration ${migration.id}`);
    ran.push(migration.id);
  }
  await db.runAutoCommit('CALL db.awaitIndexes(300)');
  return ran;
}

export async function pendingMigrations(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied = await appliedMigrations(db);
  return readMigrations(dir)
    .filter((m) => applied.get(m.id) !== m.checksum)
    .map((m) => m.id);
}
