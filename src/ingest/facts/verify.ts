import type { Catalog } from './catalog';
import type { Evidence, FactsFile } from './schema';
import { matchKey } from '../resolve/chinese';
import { renameHint } from './metric-renames';

/** How far from its stated line a quote may be found (PDF text breaks lines unpredictably). */
export const LINE_TOLERANCE = 3;

export interface Problem {
  file: string;
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Every place in a facts file that carries evidence, with its path for messages. */
export function* evidenceOf(facts: FactsFile): Generator<{ path: string; evidence: Evidence }> {
  const sections = [
    'relatedCompanies',
    'certifications',
    'memberships',
    'programmes',
    'partners',
    'suppliers',
    'supplierRequirements',
    'frameworks',
    'sdgs',
    'metrics',
  ] as const;
  for (const section of sections) {
    const items: readonly { evidence: Evidence[] }[] = facts[section];
    for (const [i, item] of items.entries()) {
      for (const [j, evidence] of item.evidence.entries()) {
        yield { path: `${section}[${i}].evidence[${j}]`, evidence };
      }
    }
  }
  for (const [i, m] of facts.metrics.entries()) {
    for (const [j, c] of m.caveats.entries()) yield { path: `metrics[${i}].caveats[${j}].evidence`, evidence: c.evidence };
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

/** Every id a fact cites must be defined in the file or in the shared catalogue. */
export function verifyReferences(file: string, facts: FactsFile, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ file, path, message, severity: 'error' });
  const standards = new Set([...catalog.standards, ...facts.standards].map((s) => s.id));
  const frameworks = new Set(catalog.frameworks.map((f) => f.id));
  const metrics = new Set([...catalog.metrics, ...facts.metricDefinitions].map((m) => m.key));
  const alliances = new Set(facts.alliances.map((a) => a.id));
  const organizations = new Set(facts.organizations.map((o) => o.id));

  for (const [section, defs] of [
    ['alliances', facts.alliances],
    ['organizations', facts.organizations],
    ['programmes', facts.programmes],
    ['standards', facts.standards],
    ['relatedCompanies', facts.relatedCompanies],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, def] of defs.entries()) {
      if (seen.has(def.id)) error(`${section}[${i}].id`, `duplicate id "${def.id}"`);
      seen.add(def.id);
    }
  }
  for (const [i, s] of facts.standards.entries()) {
    if (catalog.standards.some((c) => c.id === s.id)) {
      error(`standards[${i}].id`, `"${s.id}" is already in data/catalog/standards.json; cite it, do not redefine it`);
    }
  }
  facts.certifications.forEach((c, i) => {
    if (!standards.has(c.standard)) error(`certifications[${i}].standard`, `unknown standard "${c.standard}"`);
  });
  facts.supplierRequirements.forEach((r, i) => {
    if (r.standard && !standards.has(r.standard)) {
      error(`supplierRequirements[${i}].standard`, `unknown standard "${r.standard}"`);
    }
  });
  facts.memberships.forEach((m, i) => {
    if (!alliances.has(m.alliance)) error(`memberships[${i}].alliance`, `alliance "${m.alliance}" is not defined in alliances`);
  });
  facts.programmes.forEach((p, i) =>
    p.partners.forEach((partner, j) => {
      if (!organizations.has(partner.organization)) {
        error(`programmes[${i}].partners[${j}].organization`, `organization "${partner.organization}" is not defined in organizations`);
      }
    }),
  );
  for (const section of ['partners', 'suppliers'] as const) {
    facts[section].forEach((p, i) => {
      if (!organizations.has(p.organization)) {
        error(`${section}[${i}].organization`, `organization "${p.organization}" is not defined in organizations`);
      }
    });
  }
  facts.frameworks.forEach((f, i) => {
    if (!frameworks.has(f.framework)) error(`frameworks[${i}].framework`, `unknown framework "${f.framework}"`);
  });
  facts.metrics.forEach((m, i) => {
    if (!metrics.has(m.key)) error(`metrics[${i}].key`, `unknown metric "${m.key}"${renameHint(m.key)}`);
  });
  return problems;
}

interface EntityDefinition {
  label: string;
  id: string;
  name: string;
  nameZh?: string | undefined;
  aliases?: readonly string[];
  kind?: string;
  file: string;
  path: string;
}

function definitions(file: string, facts: FactsFile): EntityDefinition[] {
  const out: EntityDefinition[] = [];
  const push = (label: string, section: string, defs: readonly Omit<EntityDefinition, 'label' | 'file' | 'path'>[]) =>
    defs.forEach((d, i) => out.push({ ...d, label, file, path: `${section}[${i}]` }));
  push('Company', 'company', [facts.company]);
  push('Company', 'relatedCompanies', facts.relatedCompanies);
  push('Alliance', 'alliances', facts.alliances);
  push('Organization', 'organizations', facts.organizations);
  push('Programme', 'programmes', facts.programmes);
  push('Standard', 'standards', facts.standards.map((s) => ({ id: s.id, name: s.code, aliases: s.aliases, kind: s.category })));
  push('Report', 'report', [{ id: facts.report.id, name: facts.report.title }]);
  return out;
}

/**
 * Across all facts files: one id is one entity (same label, name and kind wherever it is defined),
 * and one name (in either Chinese script, or an alias) is one id. This is how entity resolution
 * across reports is kept honest.
 */
export function verifyConsistency(files: readonly { file: string; facts: FactsFile }[], catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, EntityDefinition>();
  const byName = new Map<string, EntityDefinition>();
  const catalogIds = new Map<string, string>([
    ...catalog.standards.map((s) => [s.id, 'Standard'] as const),
    ...catalog.frameworks.map((f) => [f.id, 'Framework'] as const),
    ...catalog.metrics.map((m) => [m.key, 'Metric'] as const),
  ]);
  for (const { file, facts } of files) {
    for (const def of definitions(file, facts)) {
      const error = (message: string) => problems.push({ file, path: `${def.path}.id`, message, severity: 'error' });
      const catalogLabel = catalogIds.get(def.id);
      if (catalogLabel && !(def.label === catalogLabel && def.label === 'Standard')) {
        error(`id "${def.id}" is already used by a ${catalogLabel} in data/catalog`);
      }
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
      if (def.label === 'Report' || def.label === 'Programme') continue;
      for (const name of [def.name, def.nameZh, ...(def.aliases ?? [])]) {
        if (!name) continue;
        const namespace = ['Alliance', 'Organization', 'Company'].includes(def.label) ? 'party' : def.label;
        const key = `${namespace}:${matchKey(name)}`;
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
