import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { command, parseCommandLine, runAsProcess } from '../cli';
import { checkFacts } from './check';
import { FACTS_DIR, REPORTS_DIR, factsFilesIn } from './facts/files';
import { readFactsFile } from './facts/read';
import { categories, compareFacts, sum, type CategoryResult, type Comparison, type Score } from './extract/compare';
import { extractFacts } from './extract/index';
import { differences, driftFrom, hasDrift, readReview, reviewPathFor, writeReview, type Drift } from './extract/review';

/**
 * Evaluates the extractor against the curated facts files: for each source, precision and recall
 * per category and overall, with the facts only one side has. `--write-review` records the current
 * differences as reviewed (data/facts/<source>.review.json); `--check` fails on unreviewed drift.
 */

export interface SourceEvaluation {
  source: string;
  factsPath: string;
  comparison: Comparison;
}

export interface Evaluation {
  sources: SourceEvaluation[];
  /** Curated files that do not pass `facts:check` yet, with their error count. */
  skipped: { factsPath: string; errors: number }[];
}

export function evaluateSource(factsPath: string, reportsDir = REPORTS_DIR): SourceEvaluation {
  const curated = readFactsFile(factsPath);
  const text = readFileSync(join(reportsDir, curated.source.file), 'utf8');
  const proposed = extractFacts({ text, sourceFile: curated.source.file });
  return { source: basename(factsPath, '.json'), factsPath, comparison: compareFacts(proposed, curated) };
}

export function evaluateAll(factsDir = FACTS_DIR): Evaluation {
  const sources: SourceEvaluation[] = [];
  const skipped: Evaluation['skipped'] = [];
  for (const factsPath of factsFilesIn(factsDir)) {
    const errors = checkFacts([factsPath]).filter((p) => p.severity === 'error').length;
    if (errors > 0) skipped.push({ factsPath, errors });
    else sources.push(evaluateSource(factsPath));
  }
  return { sources, skipped };
}

export function driftOf(source: SourceEvaluation): Drift | 'no-review' {
  const review = readReview(reviewPathFor(source.factsPath));
  if (!review) return 'no-review';
  return driftFrom(review, differences(source.comparison));
}

function pct(x: number, width: number): string {
  return `${(x * 100).toFixed(1)}%`.padStart(width);
}

function row(label: string, s: Score): string {
  return `${label.padEnd(22)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${pct(s.precision, 11)}${pct(s.recall, 9)}`;
}

const HEADER = `${'category'.padEnd(22)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}`;

export function formatComparison(title: string, comparison: Pick<Comparison, 'categories' | 'total'>): string {
  const lines = [title, HEADER];
  for (const c of comparison.categories) lines.push(row(c.category, c));
  lines.push(row('total', comparison.total));
  return lines.join('\n');
}

export function formatEvaluation(evaluation: Evaluation, details = false): string {
  const blocks: string[] = [];
  for (const source of evaluation.sources) {
    blocks.push(formatComparison(source.source, source.comparison));
    if (details) blocks.push(formatDifferences(source.comparison.categories));
  }
  const perCategory: CategoryResult[] = categories().map((category) => {
    const rows = evaluation.sources.map((s) => s.comparison.categories.find((c) => c.category === category)).filter((c): c is CategoryResult => !!c);
    return { category, ...sum(rows), falsePositives: [], falseNegatives: [] };
  });
  blocks.push(formatComparison('all sources', { categories: perCategory, total: sum(perCategory) }));
  for (const s of evaluation.skipped) blocks.push(`skipped ${basename(s.factsPath)}: ${s.errors} error(s) in facts:check`);
  return blocks.join('\n\n');
}

function formatDifferences(categories: readonly CategoryResult[]): string {
  const out: string[] = [];
  for (const c of categories) {
    for (const k of c.falsePositives) out.push(`  FP ${c.category}: ${k}`);
    for (const k of c.falseNegatives) out.push(`  FN ${c.category}: ${k}`);
  }
  return out.join('\n');
}

export function formatDrift(source: string, drift: Drift): string {
  const parts = [
    ...drift.newFalsePositives.map((k) => `  new false positive   ${k}`),
    ...drift.newFalseNegatives.map((k) => `  new false negative   ${k}`),
    ...drift.goneFalsePositives.map((k) => `  no longer produced   ${k}`),
    ...drift.goneFalseNegatives.map((k) => `  now found            ${k}`),
  ];
  return `${source}: differences from the reviewed ones (run \`npm run extract:review\` after reviewing)\n${parts.join('\n')}`;
}

export const EVALUATE_USAGE = `usage: npm run extract:eval [-- --details | --check]
       npm run extract:review

Scores the rule-based extractor against the curated facts: for every report with a curated facts file
that passes facts:check, the facts the extractor proposes are compared with the curated ones, and
precision and recall are printed per kind and overall.

  --details        list the facts only one side has
  --check          exit 1 when the differences are not those reviewed in data/facts/*.review.json
  --write-review   record the current differences as reviewed (what extract:review does)
  -h, --help       this text`;

export const runEvaluate = command(EVALUATE_USAGE, (args: readonly string[]) => {
  const { values } = parseCommandLine(args, {
    details: { type: 'boolean' },
    check: { type: 'boolean' },
    'write-review': { type: 'boolean' },
  });
  const evaluation = evaluateAll();
  console.log(formatEvaluation(evaluation, values.details === true));
  if (values['write-review']) {
    for (const source of evaluation.sources) {
      const path = reviewPathFor(source.factsPath);
      writeReview(path, differences(source.comparison));
      console.log(`wrote ${path}`);
    }
    return 0;
  }
  if (values.check) {
    let failed = false;
    for (const source of evaluation.sources) {
      const drift = driftOf(source);
      if (drift === 'no-review') {
        console.log(`${source.source}: no review file; run \`npm run extract:review\``);
        failed = true;
      } else if (hasDrift(drift)) {
        console.log(formatDrift(source.source, drift));
        failed = true;
      }
    }
    return failed ? 1 : 0;
  }
  return 0;
});

if (require.main === module) runAsProcess(runEvaluate);
