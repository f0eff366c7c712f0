import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, FACTS_DIR, factsFilesIn, RENAMED_IDS } from './facts/files';
import { readFactsFile } from './facts/read';
import type { FactsFile } from './facts/schema';

/**
 * Completeness of the curated facts against an independent reading of each source
 * (data/readings/<source>.json: per kind, the keys a reader found, and what the facts decline with why).
 * Keys: certifications `standard@holderKind`, memberships `alliance:role`, recognitions the recognition id
 * (one per receipt), assurances the provider id (`unnamed:<scope>` when none is named), drafted standards
 * the standard id, engagements and partners the organization id, programmes and subsidiaries their id.
 * Ids of an older dataset are read through data/renamed-ids.json, so it is measured against the same lists.
 */

export const READINGS_DIR = join(DATA_DIR, 'readings');
export { RENAMED_IDS };

export const KINDS = [
  'certifications',
  'memberships',
  'recognitions',
  'assurances',
  'draftedStandards',
  'engagements',
  'partners',
  'programmes',
  'subsidiaries',
] as const;
export type Kind = (typeof KINDS)[number];

const listed = z.array(z.object({ key: z.string(), line: z.number().int().nullable() }).strict());
const checklistSchema = z
  .object({
    source: z.string(),
    certifications: listed,
    memberships: listed,
    recognitions: listed,
    assurances: listed,
    draftedStandards: listed,
    engagements: listed,
    partners: listed,
    programmes: listed,
    subsidiaries: listed,
    /** What the reading lists and the facts decline, with the reason. */
    excluded: z.array(z.object({ kind: z.enum(KINDS), key: z.string(), line: z.number().int().nullable(), reason: z.string() }).strict()),
  })
  .strict();

const renamedSchema = z
  .object({
    renamed: z.array(z.object({ from: z.string(), to: z.string() }).passthrough()),
    merged: z.array(z.object({ from: z.string(), into: z.string() }).passthrough()),
  })
  .passthrough();

/** Current id of an id of any earlier dataset (renamed or merged since). */
export function readRenames(path = RENAMED_IDS): (id: string) => string {
  const map = renamedSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const to = new Map<string, string>([...map.renamed.map((r) => [r.from, r.to] as const), ...map.merged.map((m) => [m.from, m.into] as const)]);
  return (id) => to.get(id) ?? id;
}

export function factKeys(facts: FactsFile, rename: (id: string) => string = (id) => id): Record<Kind, string[]> {
  return {
    certifications: facts.certifications.map((c) => `${rename(c.standard)}@${c.holderKind}`),
    memberships: facts.memberships.map((m) => `${rename(m.alliance)}:${m.role}`),
    recognitions: facts.received.map((r) => rename(r.recognition)),
    assurances: facts.assurances.map((a) => (a.provider ? rename(a.provider) : `unnamed:${a.scope}`)),
    draftedStandards: facts.draftedStandards.map((d) => rename(d.standard)),
    engagements: facts.engagements.map((e) => rename(e.organization)),
    partners: facts.partners.map((p) => rename(p.organization)),
    programmes: facts.programmes.map((p) => rename(p.id)),
    subsidiaries: facts.relatedCompanies.filter((c) => c.relation === 'SUBSIDIARY').map((c) => rename(c.id)),
  };
}

export interface KindCoverage {
  source: string;
  kind: Kind;
  listed: number;
  facts: number;
  found: number;
  missing: string[];
  extra: string[];
  /** Listed by the reading but declined by the facts, with the reason. */
  excluded: string[];
}

/** Multiset comparison: a key listed twice needs two facts. */
function compare(expected: readonly string[], actual: readonly string[]): { found: number; missing: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const k of actual) left.set(k, (left.get(k) ?? 0) + 1);
  const missing: string[] = [];
  for (const k of expected) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else missing.push(k);
  }
  const extra = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { found: expected.length - missing.length, missing, extra };
}

export function coverage(factsDir = FACTS_DIR, readingsDir = READINGS_DIR, rename = readRenames()): KindCoverage[] {
  const rows: KindCoverage[] = [];
  for (const file of readdirSync(readingsDir).filter((f) => f.endsWith('.json')).sort()) {
    const list = checklistSchema.parse(JSON.parse(readFileSync(join(readingsDir, file), 'utf8')));
    const path = join(factsDir, file);
    const keys = existsSync(path) ? factKeys(readFactsFile(path), rename) : undefined;
    for (const kind of KINDS) {
      const expected = list[kind].map((x) => x.key);
      const actual = keys?.[kind] ?? [];
      const excluded = list.excluded.filter((x) => x.kind === kind).map((x) => `${x.key} (${x.reason})`);
      rows.push({ source: list.source, kind, listed: expected.length, facts: actual.length, ...compare(expected, actual), excluded });
    }
  }
  return rows;
}

export function formatCoverage(rows: readonly KindCoverage[], details = false): string {
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i < 2 ? String(c).padEnd(i === 0 ? 27 : 17) : String(c).padStart(8))).join('');
  const out = [line(['source', 'kind', 'listed', 'facts', 'found', 'missing', 'extra'])];
  for (const r of rows) {
    if (r.listed === 0 && r.facts === 0 && r.excluded.length === 0) continue;
    out.push(line([r.source, r.kind, r.listed, r.facts, r.found, r.missing.length, r.extra.length]));
    if (!details) continue;
    for (const [what, keys] of [['missing', r.missing], ['extra', r.extra], ['excluded', r.excluded]] as const) {
      if (keys.length > 0) out.push(`    ${what}: ${keys.join('; ')}`);
    }
  }
  out.push('', line(['all sources', 'kind', 'listed', 'facts', 'found', 'found %', '']));
  for (const kind of KINDS) {
    const of = rows.filter((r) => r.kind === kind);
    const listedN = of.reduce((s, r) => s + r.listed, 0);
    const found = of.reduce((s, r) => s + r.found, 0);
    out.push(line(['', kind, listedN, of.reduce((s, r) => s + r.facts, 0), found, listedN > 0 ? `${((100 * found) / listedN).toFixed(1)}%` : '-', '']));
  }
  return out.join('\n');
}

const USAGE = `usage: npm run facts:coverage [-- [--facts <dir>] [--details]]
Compares the facts files (default data/facts) with the independent reading in data/readings and prints,
per source and kind, how many listed facts are found; exits 1 when one is missing.`;

export function runCoverage(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const at = args.indexOf('--facts');
  const dir = at >= 0 ? args[at + 1] : FACTS_DIR;
  if (!dir || !existsSync(dir) || factsFilesIn(dir).length === 0) {
    console.log(`ERROR ${dir ?? '--facts'}: no facts files there\n${USAGE}`);
    return 1;
  }
  const rows = coverage(dir);
  console.log(formatCoverage(rows, args.includes('--details')));
  return rows.some((r) => r.missing.length > 0) ? 1 : 0;
}

if (require.main === module) process.exitCode = runCoverage(process.argv.slice(2));
