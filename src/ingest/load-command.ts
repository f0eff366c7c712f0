import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { command, parseCommandLine, UsageError } from '../cli';
import type { Config } from '../config';
import { connect } from '../db/connect';
import { migrate } from '../db/migrate';
import { loadCatalog } from './facts/catalog';
import { factsFilesIn, REPORTS_DIR, readReportLines } from './facts/files';
import { FactsFileError, readFactsFile } from './facts/read';
import type { FactsFile } from './facts/schema';
import { verifyConsistency, verifyEvidence, verifyReferences } from './facts/verify';
import { verifyMetrics } from './facts/verify-metrics';
import { loadFacts } from './load/load';
import { describeRemoval, goneReports, knownReports, removeReports } from './load/remove';

/**
 * Reads and checks every facts file before anything is written: a bad file stops the load with the
 * file, the path inside it and what is wrong.
 */
export function readValidFacts(paths: readonly string[]): FactsFile[] {
  const catalog = loadCatalog();
  const parsed = paths.map((path) => ({ file: basename(path), facts: readFactsFile(path) }));
  for (const { file, facts } of parsed) {
    const lines = existsSync(resolve(REPORTS_DIR, facts.source.file)) ? readReportLines(facts.source.file) : undefined;
    const problems = [
      ...verifyReferences(file, facts, catalog),
      ...(lines ? verifyEvidence(file, facts, lines) : []),
    ].filter((p) => p.severity === 'error');
    if (problems.length > 0) throw new FactsFileError(file, problems);
  }
  const conflicts = [...verifyConsistency(parsed, catalog), ...verifyMetrics(parsed, catalog)].filter((p) => p.severity === 'error');
  if (conflicts.length > 0) throw new FactsFileError(conflicts[0]!.file, conflicts);
  return parsed.map((p) => p.facts);
}

export function factsPaths(targets: readonly string[]): string[] {
  const missing = targets.filter((t) => !existsSync(t));
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  return targets.flatMap((t) => (statSync(t).isDirectory() ? factsFilesIn(t) : [t]));
}

export const LOAD_USAGE = `usage: npm run load [-- <dir|file.json>...]

Checks, then loads curated facts files into the graph (default: FACTS_DIR, data/facts): every file is
validated first (schema, verbatim quotes, references); one bad file stops the load before anything is
written. Each report loads in one transaction; loading a file again gives the same graph. Given one
directory (the default), the directory is the dataset: reports loaded from a file that is no longer
there are removed first, in one transaction (curated facts citing them are kept and listed).

Connects like \`npm start\`: the local Neo4j (started when needed) unless NEO4J_URI is set.
  -h, --help   this text`;

export const loadCommand = command(LOAD_USAGE, async (config: Config, args: readonly string[]) => {
  const { positionals } = parseCommandLine(args, {});
  const targets = positionals.length > 0 ? positionals : [config.FACTS_DIR];
  const files = readValidFacts(factsPaths(targets));
  const wholeDirectory = targets.length === 1 && statSync(targets[0] ?? '').isDirectory();
  const connection = await connect(config, undefined, 'load');
  try {
    await migrate(connection.db, undefined, (l) => console.log(l));
    const started = Date.now();
    if (wholeDirectory) {
      const removal = await removeReports(connection.db, await goneReports(connection.db, files));
      for (const line of describeRemoval(removal)) console.log(line);
    }
    const results = await loadFacts(connection.db, files, loadCatalog(), {
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
