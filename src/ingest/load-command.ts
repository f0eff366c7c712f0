import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { command, parseCommandLine, UsageError } from '../cli';
import type { Config } from '../config';
import { connect } from '../db/connect';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { model, type Registry } from '../model/registry';
import { loadCatalog, type Catalog } from './facts/catalog';
import { factsFilesIn, REPORTS_DIR, readReportLines } from './facts/files';
import { FactsFileError, readFactsFile } from './facts/read';
import type { FactsFile } from './facts/schema';
import { catalogNodes, definedNodes } from './facts/sections';
import { verifyConsistency, verifyEvidence, verifyReferences, type Problem } from './facts/verify';
import { verifyMetrics } from './facts/verify-metrics';
import { loadFacts, planLoad } from './load/load';
import { describeRemoval, goneReports, knownReports, removeReports } from './load/remove';

/**
 * Everything is read and checked before anything is written: a facts file that cannot be loaded
 * stops the load with one line naming the file and the problem, and the graph is left as it was.
 */

interface Parsed {
  file: string;
  facts: FactsFile;
}

const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

/** One file on its own: its report text is there, every quote is verbatim near its line, every reference is defined. */
function verifyFile({ file, facts }: Parsed, catalog: Catalog): Problem[] {
  if (!existsSync(join(REPORTS_DIR, facts.source.file))) {
    return [{ file, path: 'source.file', severity: 'error', message: `report text ${facts.source.file} is not in data/reports: no quote can be verified` }];
  }
  return errors([...verifyReferences(file, facts, catalog), ...verifyEvidence(file, facts, readReportLines(facts.source.file))]);
}

export interface FactsSelection {
  /** Every facts file read: the ones to load, and the others of the facts directory they were checked against. */
  files: FactsFile[];
  /** The reports of the files to load. */
  reports: Set<string>;
  /** The file each report to load comes from, for messages. */
  fileOf: Map<string, string>;
}

/**
 * Reads the facts files to load, checks each on its own, then all of them together with the other
 * files of `factsDir` (the ones of other reports): a shared entity (an alliance, an organization, a
 * recognition scheme) is the same wherever it is defined, so one file cannot change it alone. The
 * others' definitions also go into the shared nodes the load writes, so loading one report keeps
 * what the others say of them.
 */
export function selectFacts(paths: readonly string[], factsDir?: string): FactsSelection {
  const catalog = loadCatalog();
  const read = (path: string): Parsed => ({ file: basename(path), facts: readFactsFile(path) });
  const given = paths.map(read);
  for (const parsed of given) {
    const problems = verifyFile(parsed, catalog);
    if (problems.length > 0) throw new FactsFileError(parsed.file, problems);
  }
  const fileOf = new Map<string, string>();
  for (const { file, facts } of given) {
    const other = fileOf.get(facts.report.id);
    if (other) throw new FactsFileError(file, [{ path: 'report.id', message: `report "${facts.report.id}" is also stated by ${other}: load one file per report` }]);
    fileOf.set(facts.report.id, file);
  }
  const chosen = new Set(paths.map((p) => resolve(p)));
  const others = (factsDir && existsSync(factsDir) ? factsFilesIn(factsDir) : [])
    .filter((p) => !chosen.has(resolve(p)))
    .map(read)
    .filter((o) => !fileOf.has(o.facts.report.id));
  // The files to load come last, so a disagreement is reported on them.
  const all = [...others, ...given];
  const conflicts = errors([...verifyConsistency(all, catalog), ...verifyMetrics(all, catalog)]);
  if (conflicts.length > 0) throw new FactsFileError(conflicts[0]!.file, conflicts);
  return { files: all.map((p) => p.facts), reports: new Set(fileOf.keys()), fileOf };
}

/** Reads and checks facts files (each on its own and all together) and returns them. */
export function readValidFacts(paths: readonly string[]): FactsFile[] {
  return selectFacts(paths).files;
}

/** What must agree between a shared node and its definition: label, name, kind and the details its declaration names. */
function identity(label: string, props: Record<string, unknown>, registry: Registry): Record<string, unknown> | undefined {
  const resolution = registry.entities.get(label)?.resolution;
  if (!resolution) return undefined;
  const names = [resolution.name ?? 'name', resolution.kind ?? 'kind', ...(resolution.details ?? [])];
  return Object.fromEntries(names.map((n) => [n, props[n] ?? null]));
}

const shown = (value: Record<string, unknown>) =>
  Object.entries(value)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
    .join(', ');

/**
 * Shared entities the load would change although the graph holds facts of other reports about
 * them, reports that no facts file read here states (loaded from elsewhere): their name, kind or
 * definition must stay as those reports have it. Catalogue entries are reference data and nodes a
 * curator wrote are the curator's: neither is checked.
 */
export async function graphConflicts(db: Database, selection: FactsSelection, catalog: Catalog, registry: Registry = model()): Promise<Problem[]> {
  const shared = new Set(catalogNodes(catalog, registry).map((n) => n.id));
  const plan = planLoad(selection.files, catalog, { only: selection.reports });
  const writes = new Map(plan.groups.flatMap((g) => g.nodes).filter((n) => !shared.has(n.id) && registry.entities.get(n.label)?.resolution).map((n) => [n.id, n]));
  if (writes.size === 0) return [];
  // Reports with a facts file here were checked against it already: the graph may hold an older version of them.
  const known = selection.files.map((f) => f.report.id);
  const held = await db.read<{ id: string; labels: string[]; props: Record<string, unknown>; reports: string[] }>(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE NOT coalesce(n.curated, false)
     WITH n, [(n)-[r]-() WHERE r.report IS NOT NULL AND NOT r.report IN $known | r.report] AS others WHERE size(others) > 0
     RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS props,
            reduce(seen = [], x IN others | CASE WHEN x IN seen THEN seen ELSE seen + x END) AS reports`,
    { ids: [...writes.keys()], known },
  );
  const definedBy = new Map<string, { file: string; path: string }>();
  for (const facts of selection.files.filter((f) => selection.reports.has(f.report.id))) {
    for (const n of definedNodes(facts, registry)) if (!definedBy.has(n.id)) definedBy.set(n.id, { file: selection.fileOf.get(facts.report.id) ?? facts.report.id, path: n.path });
  }
  const problems: Problem[] = [];
  for (const node of held) {
    const write = writes.get(node.id)!;
    const where = definedBy.get(node.id) ?? { file: selection.fileOf.values().next().value ?? '', path: '' };
    const from = `the graph holds facts about it from ${node.reports.sort().join(', ')}`;
    const problem = (message: string) => problems.push({ file: where.file, path: `${where.path}.id`, severity: 'error', message });
    const label = node.labels.find((l) => registry.entities.has(l));
    if (label !== write.label) {
      problem(`"${node.id}" is a ${write.label} here but a ${label ?? node.labels.join(':')} in the graph (${from}): give it another id`);
      continue;
    }
    const now = identity(label, node.props, registry);
    const next = identity(label, write.props, registry);
    if (JSON.stringify(now) !== JSON.stringify(next)) {
      problem(`${label} "${node.id}" would change from ${shown(now ?? {})} to ${shown(next ?? {})}, but ${from}: change it in every source's facts, or give it another id`);
    }
  }
  return problems;
}

export function factsPaths(targets: readonly string[]): string[] {
  const missing = targets.filter((t) => !existsSync(t));
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  return targets.flatMap((t) => (statSync(t).isDirectory() ? factsFilesIn(t) : [t]));
}

export const LOAD_USAGE = `usage: npm run load [-- <dir|file.json>...]

Checks, then loads curated facts files into the graph (default: FACTS_DIR, data/facts). Nothing is
written when a file is refused, with one line naming the file and the problem: its report text is
not in data/reports, a quote is not verbatim near its line (or its line is past the end of the
report), a reference is not defined, the file is malformed (with its line and column), or a shared
entity (alliance, organization, programme, recognition, standard) is defined differently than in
another file of FACTS_DIR or than the graph holds it from other reports. Loading one file builds
the shared entities from every file of FACTS_DIR. Each report loads in one transaction; loading a
file again gives the same graph. Given one directory (the default), the directory is the dataset:
reports loaded from a file that is no longer there are removed first, in one transaction (curated
facts citing them are kept and listed).

Connects like \`npm start\`: the local Neo4j (started when needed) unless NEO4J_URI is set.
  -h, --help   this text`;

export const loadCommand = command(LOAD_USAGE, async (config: Config, args: readonly string[]) => {
  const { positionals } = parseCommandLine(args, {});
  const targets = positionals.length > 0 ? positionals : [config.FACTS_DIR];
  const wholeDirectory = targets.length === 1 && existsSync(targets[0] ?? '') && statSync(targets[0] ?? '').isDirectory();
  // A directory given is the dataset; files given are checked against (and share entities with) the facts directory.
  const selection = selectFacts(factsPaths(targets), wholeDirectory ? targets[0] : config.FACTS_DIR);
  const catalog = loadCatalog();
  const connection = await connect(config, undefined, 'load');
  try {
    // The whole dataset replaces what the graph holds from reports it lacks: nothing of theirs to keep.
    const conflicts = wholeDirectory ? [] : await graphConflicts(connection.db, selection, catalog);
    if (conflicts.length > 0) throw new FactsFileError(conflicts[0]!.file, conflicts);
    await migrate(connection.db, undefined, (l) => console.log(l));
    const started = Date.now();
    if (wholeDirectory) {
      const removal = await removeReports(connection.db, await goneReports(connection.db, selection.files));
      for (const line of describeRemoval(removal)) console.log(line);
    }
    const results = await loadFacts(connection.db, selection.files, catalog, {
      only: selection.reports,
      onSource: (r) => console.log(`loaded ${r.report}: ${r.nodes} nodes, ${r.relationships} relationships (${r.ms} ms)`),
    });
    const rels = results.reduce((n, r) => n + r.relationships, 0);
    console.log(`${results.length} source(s), ${rels} relationships in ${Date.now() - started} ms`);
    return 0;
  } finally {
    await connection.close();
  }
});

export const UNLOAD_USAGE = `usage: npm run unload -- <report-id>...

Removes reports and every fact they stated, in one transaction. Curated facts (curation mutations)
whose evidence cites a removed report are kept, with the report node, and listed.
  -h, --help   this text`;

/** `unload <report-id>...`: removes reports and their facts in one transaction. */
export const unloadCommand = command(UNLOAD_USAGE, async (config: Config, args: readonly string[]) => {
  const { positionals } = parseCommandLine(args, {});
  if (positionals.length === 0) throw new UsageError('name at least one report id');
  const connection = await connect(config, undefined, 'unload');
  try {
    const known = new Set(await knownReports(connection.db, positionals));
    const unknown = positionals.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      console.error(`no report ${unknown.map((id) => JSON.stringify(id)).join(', ')} in the graph: nothing removed`);
      return 2;
    }
    const removal = await removeReports(connection.db, [...new Set(positionals)]);
    for (const line of describeRemoval(removal)) console.log(line);
    return 0;
  } finally {
    await connection.close();
  }
});
