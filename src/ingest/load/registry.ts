import { canonical } from '../../db/checksum';
import { createHash } from 'node:crypto';
import type { Catalog } from '../facts/catalog';
import type { FactsFile, StandardDefinition } from '../facts/schema';
import { matchKey, toSimplified, toTraditional } from '../resolve/chinese';
import { standardKey } from '../resolve/standards';

/** A node to write: its label and every property it has. */
export interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

type Props = Record<string, unknown>;

/** Drops undefined values; Neo4j has no use for them and `SET n = map` must be exact. */
export function compact(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ''))].sort();
}

const SEPARATOR = ' | ';

/** Every name a node can be found by, in both Chinese scripts, for the fulltext index. */
export function searchText(names: readonly (string | undefined)[]): string {
  const all = names.flatMap((n) => (n ? [n, toSimplified(n), toTraditional(n)] : []));
  return unique(all).join(SEPARATOR);
}

/** Two search texts as one: their names united (each already holds both scripts), not re-converted. */
function unionSearchText(a: unknown, b: unknown): string {
  return unique([a, b].flatMap((t) => (typeof t === 'string' ? t.split(SEPARATOR) : []))).join(SEPARATOR);
}

function named(
  label: string,
  def: { id: string; name: string; nameZh?: string | undefined; aliases?: string[]; kind?: string },
  extra: Props = {},
  searchable: readonly (string | undefined)[] = [],
): NodeRow {
  return {
    id: def.id,
    label,
    props: compact({
      name: def.name,
      nameZh: def.nameZh,
      nameZhHans: def.nameZh ? toSimplified(def.nameZh) : undefined,
      aliases: unique(def.aliases ?? []),
      kind: def.kind,
      ...extra,
      searchText: searchText([def.name, def.nameZh, ...(def.aliases ?? []), ...searchable]),
    }),
  };
}

/**
 * The entity nodes of a set of facts files, merged by id. Files agree on names and kinds (the facts
 * check enforces it); where they write a Chinese name in different scripts, the first file in load
 * order gives the display form and aliases are united, so the result does not depend on load order
 * beyond the file names.
 */
export function entityNodes(files: readonly FactsFile[], catalog: Catalog): NodeRow[] {
  const nodes = new Map<string, NodeRow>();
  const add = (row: NodeRow) => {
    const seen = nodes.get(row.id);
    if (!seen) {
      nodes.set(row.id, row);
      return;
    }
    const aliases = unique([...((seen.props.aliases as string[] | undefined) ?? []), ...((row.props.aliases as string[] | undefined) ?? [])]);
    const zh = unique([seen.props.nameZh as string | undefined, row.props.nameZh as string | undefined]).filter(
      (z) => z !== seen.props.nameZh,
    );
    seen.props = compact({
      ...row.props,
      ...seen.props,
      aliases: unique([...aliases, ...zh]),
      searchText: unionSearchText(seen.props.searchText, row.props.searchText),
    });
  };

  const standard = (s: StandardDefinition): NodeRow => ({
    id: s.id,
    label: 'Standard',
    props: compact({
      ...s,
      aliases: unique(s.aliases),
      codeKeys: unique([s.code, ...s.aliases].map(standardKey)),
      searchText: searchText([s.code, s.title, ...s.aliases]),
    }),
  });
  catalog.standards.forEach((s) => add(standard(s)));
  for (const f of catalog.frameworks) {
    add({ id: f.id, label: 'Framework', props: compact({ ...f, aliases: unique(f.aliases), searchText: searchText([f.name, f.nameZh, ...f.aliases]) }) });
  }
  for (const g of catalog.sdgs) {
    add({ id: `sdg-${g.number}`, label: 'SDG', props: { number: g.number, title: g.title, searchText: searchText([`SDG ${g.number}`, g.title]) } });
  }
  const metric = (m: Catalog['metrics'][number]): NodeRow => ({
    id: m.key,
    label: 'Metric',
    props: { ...m, searchText: searchText([m.key, m.label]) },
  });
  catalog.metrics.forEach((m) => add(metric(m)));

  for (const facts of files) {
    facts.standards.forEach((s) => add(standard(s)));
    facts.metricDefinitions.forEach((m) => add(metric(m)));
    const company = (c: FactsFile['company']) =>
      named('Company', { ...c, aliases: [...c.aliases, ...c.shortNames] }, {
        shortNames: c.shortNames.length > 0 ? unique(c.shortNames) : undefined,
        tickers: unique(c.tickers),
        headquarters: c.headquarters,
        founded: c.founded,
        industry: c.industry,
        website: c.website,
      }, c.tickers);
    add(company(facts.company));
    facts.relatedCompanies.forEach((c) => add(company(c)));
    facts.alliances.forEach((a) => add(named('Alliance', a)));
    facts.organizations.forEach((o) => add(named('Organization', o)));
    facts.programmes.forEach((p) =>
      add(named('Programme', p, { description: p.description, startYear: p.startYear, year: p.year }, [p.description])),
    );
    add({
      id: facts.report.id,
      label: 'Report',
      props: compact({
        ...facts.report,
        sourceFile: facts.source.file,
        factsDigest: factsDigest(facts),
        searchText: searchText([facts.report.title, facts.report.titleZh, facts.source.file]),
      }),
    });
    facts.supplierRequirements
      .filter((r) => r.standard === undefined)
      .forEach((r) => add({ id: requirementId(r.text), label: 'Requirement', props: { text: r.text, searchText: searchText([r.text]) } }));
  }
  return [...nodes.values()];
}

/** Digest of a facts file's content, kept on its Report node: tells whether the graph holds this version. */
export function factsDigest(facts: FactsFile): string {
  return createHash('sha256').update(canonical(facts)).digest('hex');
}

/** Requirements that cite no standard are nodes of their own, one per distinct wording. */
export function requirementId(text: string): string {
  return `requirement-${createHash('sha256').update(matchKey(text)).digest('hex').slice(0, 12)}`;
}
