import { endsOf, model, type Registry } from '../../model/registry';
import { matchKey } from '../resolve/chinese';
import type { Catalog } from './catalog';
import type { Evidence, FactsFile } from './schema';
import { catalogNodes, definedNodes, itemsOf, SECTION_ORDER, statedRelationships } from './sections';

/** How far from its stated line a quote may be found (PDF text breaks lines unpredictably). */
export const LINE_TOLERANCE = 3;

export interface Problem {
  file: string;
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Every place in a facts file that carries evidence (the items of its fact sections), with its path for messages. */
export function* evidenceOf(facts: FactsFile, registry: Registry = model()): Generator<{ path: string; evidence: Evidence }> {
  const sections = new Set(registry.factSources.map((s) => s.source.section));
  for (const section of SECTION_ORDER.filter((s) => sections.has(s))) {
    for (const { item, path } of itemsOf(facts, section)) {
      const evidence = (item as { evidence?: unknown }).evidence;
      if (!Array.isArray(evidence)) continue;
      for (const [j, e] of (evidence as Evidence[]).entries()) yield { path: `${path}.evidence[${j}]`, evidence: e };
    }
  }
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
    if (at === undefined) {
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
      if (label === undefined) error(where, `${expected} "${id}" is not defined in ${definedIn(registry, allowed)}`);
      else if (!allowed.includes(label)) error(where, `"${id}" is a ${label}, not a ${expected}`);
    }
  }
  return problems;
}

interface EntityDefinition {
  label: string;
  id: string;
  name: unknown;
  nameZh?: string | undefined;
  aliases: readonly string[];
  kind: unknown;
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
        } else if (first.name !== def.name || first.kind !== def.kind) {
          if (!(def.label === 'Company' && first.name === def.name)) {
            error(`${def.label} "${def.id}" differs from its definition in ${first.file} (${first.path}): name/kind must agree`);
          }
        } else if (first.nameZh && def.nameZh && matchKey(first.nameZh) !== matchKey(def.nameZh)) {
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
