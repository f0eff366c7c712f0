import type { Catalog } from './catalog';
import type { Evidence, FactsFile } from './schema';
import { hasCjk, matchKey } from '../resolve/chinese';
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
    'received',
    'assurances',
    'draftedStandards',
    'engagements',
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

/** Every id a fact cites must be defined in the file or in the shared catalogue. */
export function verifyReferences(file: string, facts: FactsFile, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ file, path, message, severity: 'error' });
  const standards = new Set([...catalog.standards, ...facts.standards].map((s) => s.id));
  const frameworks = new Set(catalog.frameworks.map((f) => f.id));
  const metrics = new Set([...catalog.metrics, ...facts.metricDefinitions].map((m) => m.key));
  const alliances = new Set(facts.alliances.map((a) => a.id));
  const organizations = new Set(facts.organizations.map((o) => o.id));
  const recognitions = new Set(facts.recognitions.map((r) => r.id));

  for (const [section, defs] of [
    ['alliances', facts.alliances],
    ['organizations', facts.organizations],
    ['programmes', facts.programmes],
    ['recognitions', facts.recognitions],
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
  for (const section of ['partners', 'suppliers', 'engagements'] as const) {
    facts[section].forEach((p, i) => {
      if (!organizations.has(p.organization)) {
        error(`${section}[${i}].organization`, `organization "${p.organization}" is not defined in organizations`);
      }
    });
  }
  facts.recognitions.forEach((r, i) =>
    r.issuers.forEach((id, j) => {
      if (!organizations.has(id) && !alliances.has(id)) error(`recognitions[${i}].issuers[${j}]`, `issuer "${id}" is not defined in organizations or alliances`);
    }),
  );
  facts.received.forEach((r, i) => {
    if (!recognitions.has(r.recognition)) error(`received[${i}].recognition`, `recognition "${r.recognition}" is not defined in recognitions`);
  });
  facts.assurances.forEach((a, i) => {
    if (a.provider && !organizations.has(a.provider)) error(`assurances[${i}].provider`, `organization "${a.provider}" is not defined in organizations`);
    a.standards.forEach((id, j) => {
      if (!standards.has(id)) error(`assurances[${i}].standards[${j}]`, `unknown standard "${id}"`);
    });
  });
  facts.draftedStandards.forEach((d, i) => {
    if (!standards.has(d.standard)) error(`draftedStandards[${i}].standard`, `unknown standard "${d.standard}"`);
  });
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
  /** What else must agree wherever the entity is defined (a programme's description, a recognition's issuers). */
  detail?: string;
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
  push('Programme', 'programmes', facts.programmes.map((p) => ({ ...p, detail: JSON.stringify([p.nameZh, p.description, p.startYear, p.year]) })));
  push('Recognition', 'recognitions', facts.recognitions.map((r) => ({ ...r, detail: JSON.stringify([r.nameZh, r.issuers]) })));
  push('Standard', 'standards', facts.standards.map((s) => ({ id: s.id, name: s.code, aliases: s.aliases, kind: `${s.category} ${s.kind ?? ''}` })));
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
