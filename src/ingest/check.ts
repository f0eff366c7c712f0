import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { command, parseCommandLine, runAsProcess, UsageError } from '../cli';
import { loadCatalog } from './facts/catalog';
import { FACTS_DIR, REPORTS_DIR, factsFilesIn, readReportLines } from './facts/files';
import { describeProblem, FactsFileError, readFactsFile } from './facts/read';
import type { FactsFile } from './facts/schema';
import { verifyConsistency, verifyEvidence, verifyNaming, verifyReferences, type Problem } from './facts/verify';
import { verifyMetrics } from './facts/verify-metrics';

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
      if (!existsSync(join(REPORTS_DIR, facts.source.file))) {
        problems.push({ file, path: 'source.file', severity: 'error', message: `report text ${facts.source.file} is not in data/reports: no quote can be verified` });
        continue;
      }
      const lines = readReportLines(facts.source.file);
      problems.push(...verifyEvidence(file, facts, lines), ...verifyNaming(file, facts, lines, catalog));
    } catch (err) {
      const found = err instanceof FactsFileError ? err.problems : [{ path: '', message: (err as Error).message }];
      problems.push(...found.map((p) => ({ file, ...p, severity: 'error' as const })));
    }
  }
  problems.push(...verifyConsistency(parsed, catalog));
  problems.push(...verifyMetrics(parsed, catalog));
  return problems;
}

export const CHECK_USAGE = `usage: npm run facts:check [-- <dir|file.json>...]

Checks curated facts files (default: every file of data/facts) without touching the database: the
schema, that every quote is verbatim near its line of its report, that every reference resolves
(standards, frameworks, metrics of the catalog; entities of the file), names (English fields, ids,
Chinese names), and that files agree with each other (one id per entity, no conflicting metric
values). Prints one line per problem.

Exit status: 0 when there is no error (warnings are listed), 1 otherwise.
  -h, --help   this text`;

export const runCheck = command(CHECK_USAGE, (args: readonly string[]) => {
  const { positionals } = parseCommandLine(args, {});
  const targets = positionals.length > 0 ? positionals : [FACTS_DIR];
  const missing = targets.filter((t) => !existsSync(t));
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  const paths = targets.flatMap((t) => (statSync(t).isDirectory() ? factsFilesIn(t) : [t]));
  const problems = checkFacts(paths);
  for (const p of problems) console.log(`${p.severity.toUpperCase()} ${describeProblem(p.file, p)}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.log(`${paths.length} facts file(s), ${errors} error(s), ${problems.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
});

if (require.main === module) runAsProcess(runCheck);
