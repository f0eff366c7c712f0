import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Comparison } from './compare';

/**
 * The reviewed differences between the extractor and a curated file: `<source>.review.json` next to
 * the curated file. Any difference not listed here (or listed but gone) is drift to review.
 */

const reviewSchema = z
  .object({
    acceptedFalsePositives: z.array(z.string()),
    acceptedFalseNegatives: z.array(z.string()),
  })
  .strict();

export type Review = z.infer<typeof reviewSchema>;

export function reviewPathFor(factsPath: string): string {
  return factsPath.replace(/\.json$/, '.review.json');
}

/** The differences of a comparison as review keys: "<category>:<key>", sorted. */
export function differences(comparison: Comparison): Review {
  const fp: string[] = [];
  const fn: string[] = [];
  for (const c of comparison.categories) {
    fp.push(...c.falsePositives.map((k) => `${c.category}:${k}`));
    fn.push(...c.falseNegatives.map((k) => `${c.category}:${k}`));
  }
  return { acceptedFalsePositives: fp.sort(), acceptedFalseNegatives: fn.sort() };
}

export function readReview(path: string): Review | undefined {
  if (!existsSync(path)) return undefined;
  return reviewSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function writeReview(path: string, review: Review): void {
  writeFileSync(path, `${JSON.stringify(review, null, 2)}\n`, 'utf8');
}

export interface Drift {
  newFalsePositives: string[];
  newFalseNegatives: string[];
  /** Accepted differences that no longer occur (a fix, or a curated change): the review file is stale. */
  goneFalsePositives: string[];
  goneFalseNegatives: string[];
}

export function driftFrom(review: Review, current: Review): Drift {
  const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));
  return {
    newFalsePositives: minus(current.acceptedFalsePositives, review.acceptedFalsePositives),
    newFalseNegatives: minus(current.acceptedFalseNegatives, review.acceptedFalseNegatives),
    goneFalsePositives: minus(review.acceptedFalsePositives, current.acceptedFalsePositives),
    goneFalseNegatives: minus(review.acceptedFalseNegatives, current.acceptedFalseNegatives),
  };
}

export function hasDrift(drift: Drift): boolean {
  return Object.values(drift).some((list: string[]) => list.length > 0);
}
