import { driftOf, evaluateAll, formatComparison, formatDrift, formatEvaluation, type Evaluation } from '../../src/ingest/evaluate';

/**
 * The extractor against the curated facts files: the differences must be exactly the reviewed ones
 * (data/facts/<source>.review.json). A change to the rules or to a curated file that changes what
 * differs fails here until it is reviewed and recorded with `npm run extract:review`.
 */

let evaluation: Evaluation;

beforeAll(() => {
  evaluation = evaluateAll();
  console.log(formatEvaluation(evaluation));
}, 120_000);

test('there is something to evaluate', () => {
  expect(evaluation.sources.length + evaluation.skipped.length).toBeGreaterThan(0);
});

test('every evaluated source has exactly its reviewed differences', () => {
  const problems: string[] = [];
  for (const source of evaluation.sources) {
    const drift = driftOf(source);
    if (drift === 'no-review') {
      problems.push(`${source.source}: no review file; run \`npm run extract:review\`\n${formatComparison(source.source, source.comparison)}`);
    } else if (Object.values(drift).some((list: string[]) => list.length > 0)) {
      problems.push(formatDrift(source.source, drift));
    }
  }
  expect(problems).toEqual([]);
});
