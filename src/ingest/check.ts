import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { loadCatalog } from './facts/catalog';
import { FACTS_DIR, factsFilesIn, readReportLines } from './facts/files';
import { FactsFileError, readFactsFile } from './facts/read';
import type { FactsFile } from './facts/schema';
import { verifyConsistency, verifyEvidence, verifyReferences, type Problem } from './facts/verify';
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
      problems.push(...verifyEvidence(file, facts, readReportLines(facts.source.file)));
    } catch (err) {
      if (!(err instanceof FactsFileError)) throw err;
      problems.push(...err.problems.map((p) => ({ file, ...p, severity: 'error' as const })));
    }
  }
  problems.push(...verifyConsistency(parsed, catalog));
  problems.push(...verifyMetrics(parsed, catalog));
  return problems;
}

export function runCheck(args: readonly string[]): number {
  const targets = args.length > 0 ? args : [FACTS_DIR];
  const paths = targets.flatMap((t) => (statSync(t).isDirectory() ? factsFilesIn(t) : [t]));
  const problems = checkFacts(paths);
  for (const p of problems) console.log(`${p.severity.toUpperCase()} ${p.file} ${p.path}: ${p.message}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.log(`${paths.length} facts file(s), ${errors} error(s), ${problems.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = runCheck(process.argv.slice(2));
