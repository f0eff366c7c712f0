import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, type Catalog } from '../facts/catalog';
import { FACTS_DIR, factsFilesIn } from '../facts/files';
import { readFactsFile } from '../facts/read';
import type { FactsFile, StandardDefinition } from '../facts/schema';
import { matchKey } from '../resolve/chinese';

/**
 * Entities already named in the curated facts files (and in the shared-entity table of their
 * README), looked up by any of their names in either Chinese script. The extractor uses it only to
 * give a name it finds the id a reviewer already chose.
 */

export type PartyLabel = 'Alliance' | 'Organization' | 'Company';

export interface KnownParty {
  label: PartyLabel;
  id: string;
  name: string;
  nameZh?: string;
  aliases: string[];
  kind?: string;
  tickers: string[];
}

export class EntityRegistry {
  private readonly byName = new Map<string, KnownParty>();
  readonly parties: KnownParty[] = [];
  readonly standards: StandardDefinition[];

  constructor(parties: readonly KnownParty[], standards: readonly StandardDefinition[]) {
    for (const party of parties) this.add(party);
    this.standards = [...standards];
  }

  static empty(catalog: Catalog = loadCatalog()): EntityRegistry {
    return new EntityRegistry([], catalog.standards);
  }

  static fromFacts(files: readonly FactsFile[], shared: readonly KnownParty[] = [], catalog: Catalog = loadCatalog()): EntityRegistry {
    const parties: KnownParty[] = [];
    const standards = new Map(catalog.standards.map((s) => [s.id, s]));
    for (const facts of files) {
      parties.push(companyParty(facts.company));
      for (const c of facts.relatedCompanies) parties.push(companyParty(c));
      for (const a of facts.alliances) parties.push({ label: 'Alliance', id: a.id, name: a.name, nameZh: a.nameZh, aliases: a.aliases, kind: a.kind, tickers: [] });
      for (const o of facts.organizations) parties.push({ label: 'Organization', id: o.id, name: o.name, nameZh: o.nameZh, aliases: o.aliases, kind: o.kind, tickers: [] });
      for (const s of facts.standards) if (!standards.has(s.id)) standards.set(s.id, s);
    }
    return new EntityRegistry([...parties, ...shared], [...standards.values()]);
  }

  /** The known party one of these names belongs to; the first name that resolves wins. */
  party(names: readonly (string | undefined)[], labels: readonly PartyLabel[] = ['Alliance', 'Organization', 'Company']): KnownParty | undefined {
    for (const name of names) {
      if (!name) continue;
      const found = this.byName.get(matchKey(name));
      if (found && labels.includes(found.label)) return found;
    }
    return undefined;
  }

  byId(id: string): KnownParty | undefined {
    return this.parties.find((p) => p.id === id);
  }

  companies(): KnownParty[] {
    return this.parties.filter((p) => p.label === 'Company');
  }

  private add(party: KnownParty): void {
    const existing = this.parties.find((p) => p.id === party.id && p.label === party.label);
    const target = existing ?? party;
    if (existing) {
      existing.nameZh ??= party.nameZh;
      existing.kind ??= party.kind;
      existing.aliases = unique([...existing.aliases, ...party.aliases]);
      existing.tickers = unique([...existing.tickers, ...party.tickers]);
    } else {
      this.parties.push(party);
    }
    for (const name of [party.name, party.nameZh, ...party.aliases]) {
      if (!name) continue;
      const key = matchKey(name);
      if (key.length >= 2 && !this.byName.has(key)) this.byName.set(key, target);
    }
  }
}

function companyParty(c: FactsFile['company']): KnownParty {
  return {
    label: 'Company',
    id: c.id,
    name: c.name,
    nameZh: c.nameZh,
    aliases: [...c.shortNames, ...c.aliases],
    tickers: c.tickers,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The README's "Shared entities" table: `| \`id\` | Label | name | kind | aliases |`. A name's
 * trailing parenthesis holds its Chinese name or, for companies, its tickers.
 */
export function readSharedEntities(readme: string): KnownParty[] {
  const parties: KnownParty[] = [];
  for (const row of readme.split(/\r?\n/)) {
    const cells = row.split('|').map((c) => c.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
    const label = cells[2];
    if (!id || (label !== 'Alliance' && label !== 'Organization' && label !== 'Company')) continue;
    const full = cells[3] ?? '';
    const paren = /\s*\(([^()]*)\)\s*$/.exec(full);
    const inside = paren?.[1] ?? '';
    const name = paren ? full.slice(0, paren.index).trim() : full;
    const cjk = /[\u3400-\u9fff]/.test(inside);
    parties.push({
      label,
      id,
      name,
      nameZh: cjk ? inside : undefined,
      aliases: (cells[5] ?? '').split(',').map((a) => a.trim()).filter(Boolean),
      kind: cells[4] || undefined,
      tickers: !cjk && inside ? inside.split(',').map((t) => t.trim()).filter(Boolean) : [],
    });
  }
  return parties;
}

let cached: EntityRegistry | undefined;

/** The registry of the curated files in data/facts (unreadable or half-written files are skipped). */
export function loadRegistry(factsDir = FACTS_DIR): EntityRegistry {
  if (factsDir === FACTS_DIR && cached) return cached;
  const files: FactsFile[] = [];
  if (existsSync(factsDir)) {
    for (const path of factsFilesIn(factsDir)) {
      try {
        files.push(readFactsFile(path));
      } catch {
        // A curated file being written may not parse yet; it simply contributes no ids.
      }
    }
  }
  const readme = join(factsDir, 'README.md');
  const shared = existsSync(readme) ? readSharedEntities(readFileSync(readme, 'utf8')) : [];
  const registry = EntityRegistry.fromFacts(files, shared);
  if (factsDir === FACTS_DIR) cached = registry;
  return registry;
}
