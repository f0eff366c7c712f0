import { endsOf, model, type Registry } from '../../model/registry';
import { hasCjk, matchKey } from '../resolve/chinese';
import type { Catalog } from './catalog';
import type { Position } from './read';
import type { Evidence, FactsFile } from './schema';
import { catalogNodes, definedNodes, SECTION_ORDER, statedRelationships } from './sections';

/** How far from its stated line a quote may be found (PDF text breaks lines unpredictably). */
export const LINE_TOLERANCE = 3;

export interface Problem {
  file: string;
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** Where in the file's text, when known (syntax and schema errors). */
  at?: Position | undefined;
}

const isEvidence = (value: unknown): value is Evidence =>
  typeof value === 'object' && value !== null && typeof (value as { line?: unknown }).line === 'number' && typeof (value as { quote?: unknown }).quote === 'string';

/** The evidence held anywhere in a value: a fact's `evidence` list, or one `evidence` item nested in it (a caveat's). */
function* evidenceIn(value: unknown, path: string): Generator<{ path: string; evidence: Evidence }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* evidenceIn(item, `${path}[${i}]`);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key !== 'evidence') yield* evidenceIn(inner, `${path}.${key}`);
    else if (Array.isArray(inner)) for (const [j, e] of inner.entries()) if (isEvidence(e)) yield { path: `${path}.evidence[${j}]`, evidence: e };
    else if (isEvidence(inner)) yield { path: `${path}.evidence`, evidence: inner };
  }
}

/** Every place in a facts file that carries evidence, section by section in file order, with its path for messages. */
export function* evidenceOf(facts: FactsFile): Generator<{ path: string; evidence: Evidence }> {
  for (const section of SECTION_ORDER) yield* evidenceIn(facts[section], section);
}

/** Lines of a report as the evidence line numbers count them (1-based; index 0 is unused). */
export function reportLines(text: string): string[] {
  return ['', ...text.split(/\r?\n/)];
}

/** The line a quote is on, searching outwards from the stated line; undefined when it is not near. */
export function locateQuote(lines: readonly string[], evidence: Evidence, tolerance = LINE_TOLERANCE): number | undefined {
  for (let d = 0; d <= tolerance; d++) {
    for (const n of d === 0 ? [evidence.line] : [evidence.line - d, evidence.line + d]) {
      if (n >= 1 && n < lines.length && lines[n]?.includes(evidence.quote)) return n;
    }
  }
  return undefined;
}

export function verifyEvidence(file: string, facts: FactsFile, lines: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const { path, evidence } of evidenceOf(facts)) {
    const at = locateQuote(lines, evidence);
    if (evidence.line >= lines.length) {
      problems.push({ file, path, severity: 'error', message: `line ${evidence.line} is past the end of the report (${lines.length - 1} lines)` });
    } else if (at === undefined) {
      problems.push({
        file,
        path,
        severity: 'error',
        message: `quote not found verbatim within ${LINE_TOLERANCE} lines of line ${evidence.line}: "${evidence.quote}"`,
      });
    } else if (at !== evidence.line) {
      problems.push({ file, path, severity: 'warning', message: `quote is on line ${at}, not ${evidence.line}` });
    }
  }
  return problems;
}

/** Where the nodes of a label are defined: the facts-file sections and, when it has one, the catalogue. */
function definedIn(registry: Registry, labels: readonly string[]): string {
  const places = registry.nodeSources
    .filter((s) => labels.includes(s.label))
    .map((s) => (s.source.section === undefined ? 'data/catalog' : s.source.section));
  return [...new Set(places)].join(' or ') || 'no facts file';
}

/**
 * Every id a fact cites must be defined in the file or in the shared catalogue, with a label its
 * relationship type may reach; ids are unique within a section; the catalogue is cited, not redefined.
 */
export function verifyReferences(file: string, facts: FactsFile, catalog: Catalog, registry: Registry = model()): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ file, path, message, severity: 'error' });
  const shared = new Map(catalogNodes(catalog, registry).map((n) => [n.id, n.label]));
  const defined = definedNodes(facts, registry);
  const labels = new Map([...shared, ...defined.map((n) => [n.id, n.label] as const)]);

  const seen = new Map<string, Set<string>>();
  for (const n of defined) {
    if (!registry.entities.get(n.label)?.resolution || n.path === n.section) continue;
    const ids = seen.get(n.section) ?? new Set<string>();
    if (ids.has(n.id)) error(`${n.path}.id`, `duplicate id "${n.id}"`);
    ids.add(n.id);
    seen.set(n.section, ids);
    if (shared.get(n.id) === n.label) error(`${n.path}.id`, `"${n.id}" is already in data/catalog; cite it, do not redefine it`);
  }
  for (const fact of statedRelationships(facts, registry)) {
    const declared = registry.relationships.get(fact.type);
    if (!declared) continue;
    for (const [id, allowed] of [
      [fact.from, [declared.from]],
      [fact.to, endsOf(declared)],
    ] as const) {
      const label = labels.get(id);
      const where = `${fact.path}${fact.at ? `.${fact.at}` : ''}`;
      const expected = allowed.map((l) => l.toLowerCase()).join(' or ');
      if (label === undefined) error(where, `${expected} "${id}" is not defined in ${definedIn(registry, allowed)}${fact.hint?.() ?? ''}`);
      else if (!allowed.includes(label)) error(where, `"${id}" is a ${label}, not a ${expected}`);
    }
  }
  return problems;
}

const itemField = (item: unknown, field: string): unknown => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined);

interface EntityDefinition {
  label: string;
  id: string;
  name: unknown;
  nameZh?: string | undefined;
  aliases: readonly string[];
  kind: unknown;
  /** What else must agree wherever the entity is defined (a programme's description, a recognition's issuers). */
  detail: string | undefined;
  /** Names must name one id within this namespace (none: names are not checked). */
  namespace: string | undefined;
  file: string;
  path: string;
}

/** The entities a facts file defines that take part in entity resolution. */
function definitions(file: string, facts: FactsFile, registry: Registry): EntityDefinition[] {
  return definedNodes(facts, registry).flatMap((n) => {
    const resolution = registry.entities.get(n.label)?.resolution;
    if (!resolution) return [];
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return [
      {
        label: n.label,
        id: n.id,
        name: n.props[resolution.name ?? 'name'],
        nameZh: text(n.props.nameZh),
        aliases: Array.isArray(n.props.aliases) ? n.props.aliases.filter((a): a is string => typeof a === 'string') : [],
        kind: n.props[resolution.kind ?? 'kind'],
        // A detail is a property of the node, or else a field of the item (a recognition's issuers).
        detail: resolution.details ? JSON.stringify(resolution.details.map((d) => n.props[d] ?? itemField(n.item, d) ?? null)) : undefined,
        namespace: resolution.namespace,
        file,
        path: n.path,
      },
    ];
  });
}

/**
 * Across all facts files: one id is one entity (same label, name and kind wherever it is defined),
 * and one name (in either Chinese script, or an alias) is one id within its namespace. This is how
 * entity resolution across reports is kept honest.
 */
export function verifyConsistency(files: readonly { file: string; facts: FactsFile }[], catalog: Catalog, registry: Registry = model()): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, EntityDefinition>();
  const byName = new Map<string, EntityDefinition>();
  const catalogIds = new Map(catalogNodes(catalog, registry).map((n) => [n.id, n.label]));
  for (const { file, facts } of files) {
    for (const def of definitions(file, facts, registry)) {
      const error = (message: string) => problems.push({ file, path: `${def.path}.id`, message, severity: 'error' });
      const catalogLabel = catalogIds.get(def.id);
      if (catalogLabel && catalogLabel !== def.label) error(`id "${def.id}" is already used by a ${catalogLabel} in data/catalog`);
      const first = byId.get(def.id);
      if (first) {
        if (first.label !== def.label) {
          error(`id "${def.id}" is a ${def.label} here but a ${first.label} in ${first.file} (${first.path})`);
        } else if (first.name !== def.name || first.kind !== def.kind || first.detail !== def.detail) {
          if (!(def.label === 'Company' && first.name === def.name)) {
            error(`${def.label} "${def.id}" differs from its definition in ${first.file} (${first.path}): name/kind${def.detail ? ' and definition' : ''} must agree`);
          }
        } else if (first.nameZh && def.nameZh && hasCjk(first.nameZh) && hasCjk(def.nameZh) && matchKey(first.nameZh) !== matchKey(def.nameZh)) {
          error(`${def.label} "${def.id}" has nameZh "${def.nameZh}" here but "${first.nameZh}" in ${first.file}`);
        }
      } else {
        byId.set(def.id, def);
      }
      if (def.namespace === undefined) continue;
      for (const name of [def.name, def.nameZh, ...def.aliases]) {
        if (typeof name !== 'string' || !name) continue;
        const key = `${def.namespace}:${matchKey(name)}`;
        const other = byName.get(key);
        if (other && other.id !== def.id) {
          error(`"${name}" names ${def.label} "${def.id}" here but "${other.id}" in ${other.file} (${other.path}): resolve them to one id`);
        } else if (!other) {
          byName.set(key, def);
        }
      }
    }
  }
  return problems;
}

/** Fields written in English; a source's own wording goes in nameZh, titleZh, levelZh, holder, code, aliases and quotes. */
const ENGLISH_FIELDS = new Set([
  'name', 'title', 'description', 'relation', 'level', 'subject', 'note', 'scope', 'methodology', 'supplies', 'text',
  'issuer', 'role', 'segment', 'label', 'publisher', 'industry', 'headquarters', 'version',
]);

function* englishFields(value: unknown, path = ''): Generator<{ path: string; text: string }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* englishFields(v, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (typeof v !== 'string') yield* englishFields(v, at);
      else if (ENGLISH_FIELDS.has(key)) yield { path: at, text: v };
    }
  }
}

const HASH = /(?:^|-)(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?=-|$)/;
const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);

/** An id is made from the English name: it shares a word with the name, code or an alias, and holds no hash. */
function idFromName(id: string, names: readonly (string | undefined)[], companyId: string): boolean {
  const named = new Set(words(names.filter((n) => n !== undefined).join(' ')));
  const own = id.startsWith(`${companyId}-`) ? id.slice(companyId.length + 1) : id;
  return !HASH.test(id) && words(own).some((w) => named.has(w));
}

/**
 * Names as the project writes them: English in English fields, ids made from the English name, and a
 * Chinese name on every party, programme and recognition of a Chinese source (the name in Latin letters
 * when that is all the source writes, and then it must be in the text).
 */
export function verifyNaming(file: string, facts: FactsFile, lines: readonly string[], catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ file, path, message, severity: 'error' });
  for (const { path, text } of englishFields(facts)) {
    if (hasCjk(text)) error(path, `Chinese text in an English field: "${text}" (translate it; the source's wording goes in nameZh/titleZh/levelZh)`);
  }
  const chinese = facts.report.languages.some((l) => l.startsWith('zh'));
  const named: [string, readonly { id: string; name: string; nameZh?: string | undefined; aliases?: readonly string[] }[]][] = [
    ['relatedCompanies', facts.relatedCompanies.map((c) => ({ ...c, aliases: [...c.aliases, ...c.shortNames] }))],
    ['alliances', facts.alliances],
    ['organizations', facts.organizations],
    ['programmes', facts.programmes],
    ['recognitions', facts.recognitions],
    ['standards', facts.standards.map((s) => ({ id: s.id, name: `${s.code} ${s.title}`, nameZh: s.titleZh, aliases: s.aliases }))],
  ];
  for (const [section, defs] of named) {
    defs.forEach((d, i) => {
      if (!idFromName(d.id, [d.name, ...(d.aliases ?? [])], facts.company.id)) {
        error(`${section}[${i}].id`, `id "${d.id}" is not made from the English name "${d.name}" (no hash, no words the name lacks)`);
      }
      if (section === 'standards') return;
      if (chinese && !d.nameZh) error(`${section}[${i}].nameZh`, `"${d.id}" has no nameZh: give the name as the report writes it`);
      if (d.nameZh && !hasCjk(d.nameZh) && !lines.some((l) => l.includes(d.nameZh!))) {
        error(`${section}[${i}].nameZh`, `nameZh "${d.nameZh}" is neither Chinese nor written in the report`);
      }
    });
  }
  if (chinese) {
    facts.frameworks.forEach((f, i) => {
      if (!catalog.frameworks.find((c) => c.id === f.framework)?.nameZh) error(`frameworks[${i}].framework`, `framework "${f.framework}" has no nameZh in data/catalog/frameworks.json`);
    });
  }
  return problems;
}
