import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Database, Transaction } from './database';
import { RENAMED_IDS } from '../ingest/facts/files';
import { INTEGER_PROPERTIES } from '../ingest/load/integers';
import { endsOf, model, type Registry } from '../model/registry';

/**
 * Data migrations: changes to a graph loaded by an earlier version that reloading the facts alone
 * would not make, because they concern what curation wrote (curated facts carry no report and
 * survive reloads). Each step is recorded as a (:Migration) node with what it applied, so it runs
 * once per entry however often `migrate` runs.
 */

const id = z.string().min(1);
const label = z.string().regex(/^[A-Z][A-Za-z]*$/);
export const renamedIdsSchema = z.object({
  merged: z.array(z.object({ label, from: id, into: id })).default([]),
  renamed: z.array(z.object({ label, from: id, to: id })).default([]),
  relabelled: z.array(z.object({ from: id, fromLabel: label, to: id, toLabel: label })).default([]),
  split: z.array(z.object({ label, from: id, into: z.array(id) })).default([]),
  removed: z.array(z.object({ label, id })).default([]),
});
export type RenamedIds = z.infer<typeof renamedIdsSchema>;

export function readRenamedIds(file = RENAMED_IDS): RenamedIds {
  return renamedIdsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** One entry of the map: move a node's facts to another id and label, or drop a node. */
type Step =
  | { key: string; kind: 'move'; fromLabel: string; from: string; toLabel: string; to: string; what: string }
  | { kind: 'drop'; key: string; label: string; id: string; what: string };

/** The entries in the order the map says to apply them: merged, renamed, relabelled, split, removed. */
export function renameSteps(map: RenamedIds): Step[] {
  return [
    ...map.merged.map((m): Step => ({ kind: 'move', key: `merged ${m.label} ${m.from}`, fromLabel: m.label, from: m.from, toLabel: m.label, to: m.into, what: `merged ${m.label} ${m.from} into ${m.into}` })),
    ...map.renamed.map((m): Step => ({ kind: 'move', key: `renamed ${m.label} ${m.from}`, fromLabel: m.label, from: m.from, toLabel: m.label, to: m.to, what: `renamed ${m.label} ${m.from} to ${m.to}` })),
    ...map.relabelled.map(
      (m): Step => ({ kind: 'move', key: `relabelled ${m.fromLabel} ${m.from}`, fromLabel: m.fromLabel, from: m.from, toLabel: m.toLabel, to: m.to, what: `${m.fromLabel} ${m.from} is now ${m.toLabel} ${m.to}` }),
    ),
    ...map.split.map((m): Step => ({ kind: 'drop', key: `split ${m.label} ${m.from}`, label: m.label, id: m.from, what: `${m.label} ${m.from} was split into ${m.into.join(', ')}` })),
    ...map.removed.map((m): Step => ({ kind: 'drop', key: `removed ${m.label} ${m.id}`, label: m.label, id: m.id, what: `${m.label} ${m.id} was removed` })),
  ];
}

/** `TYPE From To` for every relationship type and pair of labels the declarations allow. */
function allowedRelationships(registry: Registry): string[] {
  return [...registry.relationships.values()].flatMap((r) => endsOf(r).map((to) => `${r.type} ${r.from} ${to}`));
}

async function one<T>(tx: Transaction, cypher: string, params: Record<string, unknown>): Promise<T | undefined> {
  const result = await tx.run(cypher, params);
  return result.records[0]?.toObject() as T | undefined;
}

/** Copies the relationships of `old` to `target` (an equal one already there is not copied twice), then deletes `old`. */
const MOVE_RELATIONSHIPS = `
MATCH (old:Entity {id: $from}), (target:Entity {id: $to}) WHERE $fromLabel IN labels(old)
CALL (old, target) {
  MATCH (old)-[r]->(other) WHERE other <> target
  WITH r, other, type(r) AS type, properties(r) AS props
  CALL (target, other, type, props) {
    WITH * WHERE NOT EXISTS { MATCH (target)-[x]->(other) WHERE type(x) = type AND properties(x) = props }
    CREATE (target)-[c:$(type)]->(other) SET c = props
  }
  DELETE r
}
CALL (old, target) {
  MATCH (old)<-[r]-(other) WHERE other <> target
  WITH r, other, type(r) AS type, properties(r) AS props
  CALL (target, other, type, props) {
    WITH * WHERE NOT EXISTS { MATCH (target)<-[x]-(other) WHERE type(x) = type AND properties(x) = props }
    CREATE (target)<-[c:$(type)]-(other) SET c = props
  }
  DELETE r
}
DETACH DELETE old
RETURN count(*) AS moved`;

/** The node takes its new id (and label: then only its names are kept, the rest belonged to the old kind until the facts are reloaded). */
const RENAME_IN_PLACE = `
MATCH (n:Entity {id: $from}) WHERE $fromLabel IN labels(n)
REMOVE n:$($fromLabel)
SET n:$($toLabel)
SET n = CASE WHEN $fromLabel = $toLabel THEN properties(n)
        ELSE {name: n.name, nameZh: n.nameZh, nameZhHans: n.nameZhHans, aliases: n.aliases, searchText: n.searchText, curated: n.curated} END
SET n.id = $to
RETURN count(*) AS renamed`;

/**
 * Relationships at a node that its (new) label no longer allows. A curated fact from a company to
 * what is now a recognition (a certification of a rating, a membership of a partner list, a
 * programme that is a designation) is a recognition the company received: it becomes RECEIVED
 * with its evidence. Other disallowed facts loaded from a report go (reloading writes them again
 * where they belong); a curated one that cannot be converted stays for a curator to see.
 */
const FIX_RELATIONSHIPS = `
MATCH (n:Entity {id: $to})-[r]-(other) WHERE $toLabel IN labels(n)
WITH n, r, other, type(r) AS type, startNode(r) = n AS out, [l IN labels(other) WHERE l <> 'Entity'] AS otherLabels
WHERE NOT any(l IN otherLabels WHERE (CASE WHEN out THEN type + ' ' + $toLabel + ' ' + l ELSE type + ' ' + l + ' ' + $toLabel END) IN $allowed)
WITH n, r, other, type, coalesce(r.curated, false) AS curated
WITH n, r, other, type, curated, curated AND startNode(r) = other AND other:Company AND $toLabel = 'Recognition' AS received
CALL (n, r, other, type, received) {
  WITH * WHERE received
  CREATE (other)-[c:RECEIVED]->(n)
  SET c = {curated: true, evidenceReports: r.evidenceReports, evidenceLines: r.evidenceLines, evidenceQuotes: r.evidenceQuotes,
           year: coalesce(r.year, r.since), holder: r.holder, holderKind: coalesce(r.holderKind, 'GROUP'),
           note: 'Recorded as ' + type + ' before ' + $to + ' was a recognition'}
}
WITH r, curated, received
CALL (r, curated, received) {
  WITH * WHERE received OR NOT curated
  DELETE r
}
RETURN sum(CASE WHEN received THEN 1 ELSE 0 END) AS converted, sum(CASE WHEN curated AND NOT received THEN 1 ELSE 0 END) AS kept`;

/** Drops a node's facts loaded from reports, and the node unless a curated fact (or curation) keeps it. */
const DROP = `
MATCH (n:Entity {id: $id}) WHERE $label IN labels(n)
CALL (n) {
  MATCH (n)-[r]-() WHERE NOT coalesce(r.curated, false)
  DELETE r
}
WITH n, COUNT { (n)--() } AS kept
CALL (n, kept) {
  WITH * WHERE kept = 0 AND NOT coalesce(n.curated, false)
  DETACH DELETE n
}
RETURN kept`;

async function applyStep(tx: Transaction, step: Step, allowed: readonly string[]): Promise<string | undefined> {
  if (step.kind === 'drop') {
    const found = await one<{ kept: number }>(tx, DROP, { label: step.label, id: step.id });
    if (!found) return undefined;
    return found.kept > 0 ? `${step.what}: kept with ${found.kept} curated fact(s) for a curator to move` : step.what;
  }
  const params = { fromLabel: step.fromLabel, from: step.from, toLabel: step.toLabel, to: step.to };
  const state = await one<{ old: boolean; same: boolean; target: boolean }>(
    tx,
    'OPTIONAL MATCH (old:Entity {id: $from}) WHERE $fromLabel IN labels(old) OPTIONAL MATCH (target:Entity {id: $to}) RETURN old IS NOT NULL AS old, target IS NOT NULL AS target, old = target AS same',
    params,
  );
  if (!state?.old) return undefined;
  await tx.run(state.target && !state.same ? MOVE_RELATIONSHIPS : RENAME_IN_PLACE, params);
  const fixed = await one<{ converted: number; kept: number }>(tx, FIX_RELATIONSHIPS, { ...params, allowed });
  const notes = [
    ...(fixed?.converted ? [`${fixed.converted} curated fact(s) now RECEIVED`] : []),
    ...(fixed?.kept ? [`${fixed.kept} curated fact(s) its label does not allow kept for a curator`] : []),
  ];
  return `${step.what}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

const RENAMED_IDS_MIGRATION = 'data_renamed_ids';

/**
 * Applies data/renamed-ids.json to the graph: each entry not applied before, in the map's order, all
 * in one transaction. Returns what it changed (nothing on a graph that never held the old ids).
 */
export async function applyRenamedIds(db: Database, map: RenamedIds = readRenamedIds(), registry: Registry = model()): Promise<string[]> {
  const steps = renameSteps(map);
  const allowed = allowedRelationships(registry);
  return db.writeTransaction(async (tx) => {
    const recorded = await one<{ applied: string[] | null }>(tx, 'MATCH (m:Migration {id: $id}) RETURN m.applied AS applied', { id: RENAMED_IDS_MIGRATION });
    const applied = new Set(recorded?.applied ?? []);
    const pending = steps.filter((s) => !applied.has(s.key));
    if (pending.length === 0) return [];
    const done: string[] = [];
    for (const step of pending) {
      const line = await applyStep(tx, step, allowed);
      if (line) done.push(line);
    }
    await tx.run('MERGE (m:Migration {id: $id}) SET m.applied = $applied, m.checksum = $checksum, m.appliedAt = datetime()', {
      id: RENAMED_IDS_MIGRATION,
      applied: [...applied, ...pending.map((s) => s.key)],
      checksum: createHash('sha256').update(JSON.stringify(map)).digest('hex'),
    });
    return done;
  }, 120_000);
}

const WHOLE_NUMBERS_MIGRATION = 'data_whole_numbers';

/**
 * Whole numbers written as floats by earlier versions (a curated year, a line number) become
 * integers; facts reloaded from reports are written as integers anyway. Runs once.
 */
export async function applyWholeNumbers(db: Database): Promise<string[]> {
  return db.writeTransaction(async (tx) => {
    if (await one(tx, 'MATCH (m:Migration {id: $id}) RETURN m.id AS id', { id: WHOLE_NUMBERS_MIGRATION })) return [];
    const convert = (pattern: string) => `
      MATCH ${pattern} WITH x, [k IN keys(x) WHERE k IN $keys AND (valueType(x[k]) STARTS WITH 'FLOAT' OR valueType(x[k]) STARTS WITH 'LIST<FLOAT')] AS floats
      WHERE size(floats) > 0
      UNWIND floats AS k
      SET x[k] = CASE WHEN valueType(x[k]) STARTS WITH 'LIST' THEN [v IN x[k] | toInteger(v)] ELSE toInteger(x[k]) END
      RETURN count(DISTINCT x) AS n`;
    const keys = [...INTEGER_PROPERTIES];
    const nodes = await one<{ n: number }>(tx, convert('(x) WHERE NOT x:Migration'), { keys });
    const rels = await one<{ n: number }>(tx, convert('()-[x]->()'), { keys });
    await tx.run('MERGE (m:Migration {id: $id}) SET m.appliedAt = datetime()', { id: WHOLE_NUMBERS_MIGRATION });
    const changed = (nodes?.n ?? 0) + (rels?.n ?? 0);
    return changed > 0 ? [`whole numbers stored as integers on ${changed} node(s) and relationship(s)`] : [];
  }, 120_000);
}
