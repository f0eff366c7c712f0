import type { SectionName } from '../../model/declare';
import { model, type Registry } from '../../model/registry';
import type { FactsFile } from '../facts/schema';
import { erasedFact, itemsOf, SECTION_ORDER } from '../facts/sections';
import type { Keyed, Matching } from './fact-keys';

export { canonicalSegment } from './fact-keys';

/**
 * Compares a proposed facts file with the curated one of the same source, category by category.
 * Each fact becomes a key (what makes two facts the same fact); keys found on both sides are true
 * positives, the rest are false positives (only proposed) and false negatives (only curated).
 */

/** A category of the evaluation: a facts-file section whose declaration says how to key its facts. */
export type Category = SectionName;

interface Evaluated {
  section: SectionName;
  key: (item: unknown, facts: FactsFile) => Keyed;
  matching: Matching;
}

function evaluated(registry: Registry): Evaluated[] {
  const bySection = new Map<SectionName, Evaluated>();
  for (const { source } of registry.factSources) {
    const { section, evaluate } = erasedFact(source);
    if (evaluate) bySection.set(section, { section, key: evaluate.key, matching: evaluate.matching ?? 'names' });
  }
  return SECTION_ORDER.flatMap((s) => bySection.get(s) ?? []);
}

/** The categories, in the order of the facts file. */
export function categories(registry: Registry = model()): Category[] {
  return evaluated(registry).map((e) => e.section);
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CategoryResult extends Score {
  category: Category;
  falsePositives: string[];
  falseNegatives: string[];
}

export interface Comparison {
  categories: CategoryResult[];
  total: Score;
}

export function compareFacts(proposed: FactsFile, curated: FactsFile, registry: Registry = model()): Comparison {
  const results = evaluated(registry).map(({ section, key, matching }) => {
    const keys = (facts: FactsFile) => itemsOf(facts, section).map(({ item }) => key(item, facts));
    return score(section, keys(proposed), keys(curated), matching);
  });
  return { categories: results, total: sum(results) };
}

export function sum(scores: readonly Pick<Score, 'tp' | 'fp' | 'fn'>[]): Score {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp, 0);
  const fn = scores.reduce((n, s) => n + s.fn, 0);
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

const LINE_TOLERANCE = 2;

/**
 * Pairs facts one to one: same key, then (entities) a shared name, then (programmes) one name
 * inside the other or the same evidence line, then (text requirements) nearby evidence.
 */
function score(category: Category, mine: Keyed[], theirs: Keyed[], matching: Matching): CategoryResult {
  const mineLeft = dedupe(mine);
  const theirsLeft = dedupe(theirs);
  let tp = 0;
  const pair = (test: (a: Keyed, b: Keyed) => boolean) => {
    for (let i = 0; i < mineLeft.length; i++) {
      const a = mineLeft[i];
      if (!a) continue;
      const j = theirsLeft.findIndex((b) => test(a, b));
      if (j < 0) continue;
      mineLeft.splice(i, 1);
      theirsLeft.splice(j, 1);
      tp++;
      i--;
    }
  };
  pair((a, b) => a.key === b.key);
  pair((a, b) => a.names.some((n) => b.names.includes(n)));
  if (matching === 'programmes') {
    pair((a, b) => a.names.some((n) => n.length >= 4 && b.names.some((m) => m.length >= 4 && (m.includes(n) || n.includes(m)))));
    // A curated programme named only in English: the same programme if it is stated on the same line.
    pair((a, b) => a.lines.some((l) => b.lines.includes(l)));
  }
  if (matching === 'nearby-lines') pair((a, b) => a.key.startsWith('text@') && b.key.startsWith('text@') && a.lines.some((l) => b.lines.some((m) => Math.abs(l - m) <= LINE_TOLERANCE)));
  const falsePositives = mineLeft.map((k) => k.key).sort();
  const falseNegatives = theirsLeft.map((k) => k.key).sort();
  return { category, ...sum([{ tp, fp: falsePositives.length, fn: falseNegatives.length }]), falsePositives, falseNegatives };
}

/** One fact per key on each side (a curated file may list a standard twice, for two holders). */
function dedupe(items: readonly Keyed[]): Keyed[] {
  const out = new Map<string, Keyed>();
  for (const item of items) {
    const existing = out.get(item.key);
    if (existing) {
      existing.names = [...new Set([...existing.names, ...item.names])];
      existing.lines = [...existing.lines, ...item.lines];
    } else {
      out.set(item.key, { key: item.key, names: [...item.names], lines: [...item.lines] });
    }
  }
  return [...out.values()];
}
