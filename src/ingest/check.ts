import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
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

const USAGE = `usage: npm run facts:check [-- <facts file or directory>...]
Checks facts files (default: data/facts): schema, every quote verbatim near its line, references,
names (English fields, ids, Chinese names) and one id per entity across the files checked.`;

export function runCheck(args: readonly string[]): number {
  if (args.some((a) => a === '--help' || a === '-h')) {
    console.log(USAGE);
    return 0;
  }
  const targets = args.length > 0 ? args : [FACTS_DIR];
  const missing = targets.filter((t) => !existsSync(t));
  for (const t of missing) console.log(`ERROR ${t}: no such file or directory`);
  if (missing.length > 0) return 1;
  const paths = targets.flatMap((t) => (statSync(t).isDirectory() ? factsFilesIn(t) : [t]));
  const problems = checkFacts(paths);
  for (const p of problems) console.log(`${p.severity.toUpperCase()} ${describeProblem(p.file, p)}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.log(`${paths.length} facts file(s), ${errors} error(s), ${problems.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
}

/** The command: whatever goes wrong is one line, never a stack trace. */
export function main(args: readonly string[]): number {
  try {
    return runCheck(args);
  } catch (err) {
    console.log(`ERROR ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
