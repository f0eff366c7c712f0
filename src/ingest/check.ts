import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { command, parseCommandLine, runAsProcess, UsageError } from '../cli';
import { loadCatalog } from './facts/catalog';
import { FACTS_DIR, factsFilesIn, readReportLines } from './facts/files';
import { FactsFileError, readFactsFile } from './facts/read';
import type { FactsFile } from './facts/schema';
import { verifyConsistency, verifyEvidence, verifyReferences, type Problem } from './facts/verify';

/** Checks facts files: schema, verbatim quotes, references, and entity resolution across files. */
export function checkFacts(paths: readonly string[]): Problem[] {
  const catalog = loadCatalog();
  const problems: Problem[] = [];
  const parsed: { file: string; facts: FactsFile }[] = [];
  for (const path of paths) {
    const file = basename(path);
    try {
      const facts = readFactsFile(path);
      parsed.push({ file, facts });
      problems.push(...verifyReferences(file, facts, catalog));
      problems.push(...verifyEvidence(file, facts, readReportLines(facts.source.file)));
    } catch (err) {
      if (!(err instanceof FactsFileError)) throw err;
      problems.push(...err.problems.map((p) => ({ file, ...p, severity: 'error' as const })));
    }
  }
  problems.push(...verifyConsistency(parsed, catalog));
  return problems;
}

export const CHECK_USAGE = `usage: npm run facts:check [-- <dir|file.json>...]

Checks curated facts files (default: every file of data/facts) without touching the database: the
schema, that every quote is verbatim in its report at its line, that every reference resolves
(standards, frameworks, metrics of the catalog; entities of the file), and that files agree with each
other (one entity per name, no conflicting metric values). Prints one line per problem.

Exit status: 0 when there is no error (warnings are listed), 1 otherwise.
  -h, --help   this text`;

export const runCheck = command(CHECK_USAGE, (args: readonly string[]) => {
  const { positionals } = parseCommandLine(args, {});
  const targets = positionals.length > 0 ? positionals : [FACTS_DIR];
  const missing = targets.filter((t) => !existsSync(t));
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  const paths = targets.flatMap((t) => (statSync(t).isDirectory() ? factsFilesIn(t) : [t]));
  const problems = checkFacts(paths);
  for (const p of problems) console.log(`${p.severity.toUpperCase()} ${p.file} ${p.path}: ${p.message}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.log(`${paths.length} facts file(s), ${errors} error(s), ${problems.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
});

if (require.main === module) runAsProcess(runCheck);
