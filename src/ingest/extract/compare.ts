import type { Evidence, FactsFile } from '../facts/schema';
import { matchKey } from '../resolve/chinese';
import { segmentName } from './metric-labels';

/**
 * Compares a proposed facts file with the curated one of the same source, category by category.
 * Each fact becomes a key (what makes two facts the same fact); keys found on both sides are true
 * positives, the rest are false positives (only proposed) and false negatives (only curated).
 */

export const CATEGORIES = [
  'certifications',
  'memberships',
  'programmes',
  'partners',
  'suppliers',
  'supplierRequirements',
  'frameworks',
  'sdgs',
  'metrics',
] as const;
export type Category = (typeof CATEGORIES)[number];

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

interface Keyed {
  key: string;
  /** Other keys this fact also answers to (names of the same entity, a looser name). */
  names: string[];
  lines: number[];
}

export function compareFacts(proposed: FactsFile, curated: FactsFile): Comparison {
  const categories = CATEGORIES.map((category) => {
    const { mine, theirs, byLine } = keyed(category, proposed, curated);
    return score(category, mine, theirs, byLine);
  });
  return { categories, total: sum(categories) };
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

function lines(evidence: readonly Evidence[]): number[] {
  return evidence.map((e) => e.line);
}

function keyed(category: Category, proposed: FactsFile, curated: FactsFile): { mine: Keyed[]; theirs: Keyed[]; byLine: boolean } {
  switch (category) {
    case 'certifications': {
      const k = (f: FactsFile) => f.certifications.map((c) => plain(`${c.standard}|${c.holderKind}`, lines(c.evidence)));
      return { mine: k(proposed), theirs: k(curated), byLine: false };
    }
    case 'memberships': {
      const k = (f: FactsFile) => f.memberships.map((m) => party(f.alliances.find((a) => a.id === m.alliance), m.alliance, lines(m.evidence)));
      return { mine: k(proposed), theirs: k(curated), byLine: false };
    }
    case 'partners':
    case 'suppliers': {
      const k = (f: FactsFile) => f[category].map((p) => party(f.organizations.find((o) => o.id === p.organization), p.organization, lines(p.evidence)));
      return { mine: k(proposed), theirs: k(curated), byLine: false };
    }
    case 'programmes': {
      const k = (f: FactsFile) => f.programmes.map((p) => ({ key: `name:${matchKey(p.nameZh ?? p.name)}`, names: [matchKey(p.name), matchKey(p.nameZh ?? p.name)], lines: lines(p.evidence) }));
      return { mine: k(proposed), theirs: k(curated), byLine: false };
    }
    case 'supplierRequirements': {
      const k = (f: FactsFile) =>
        f.supplierRequirements.map((r) => plain(r.standard ? `standard:${r.standard}` : `text@L${Math.min(...lines(r.evidence))}`, lines(r.evidence)));
      return { mine: k(proposed), theirs: k(curated), byLine: true };
    }
    case 'frameworks': {
      const k = (f: FactsFile) => f.frameworks.map((x) => plain(x.framework, lines(x.evidence)));
      return { mine: k(proposed), theirs: k(curated), byLine: false };
    }
    case 'sdgs': {
      const k = (f: FactsFile) => f.sdgs.map((s) => plain(`SDG ${s.sdg}`, lines(s.evidence)));
      return { mine: k(proposed), theirs: k(curated), byLine: false };
    }
    case 'metrics': {
      const k = (f: FactsFile) => f.metrics.map((m) => plain(`${m.key}|${m.year}|${m.segment ? canonicalSegment(m.segment) : ''}`, lines(m.evidence)));
      return { mine: k(proposed), theirs: k(curated), byLine: false };
    }
  }
}

function plain(key: string, evidenceLines: number[]): Keyed {
  return { key, names: [], lines: evidenceLines };
}

/** An alliance or organization answers to its id and to each of its names in either script. */
function party(def: { id: string; name: string; nameZh?: string; aliases: string[] } | undefined, id: string, evidenceLines: number[]): Keyed {
  const names = def ? [def.name, def.nameZh, ...def.aliases].filter((n): n is string => !!n).map(matchKey).filter((n) => n.length >= 2) : [];
  // An id hashed from a Chinese name says nothing to a reader; the name itself is the same key.
  const key = HASHED_ID.test(id) && def ? `name:${matchKey(def.nameZh ?? def.name)}` : id;
  return { key, names, lines: evidenceLines };
}

const HASHED_ID = /^[a-z]+-[0-9a-f]{8}$/;

/** "男性" and "male", "30 to 50" and "30-50", "Hong Kong, Macau and Taiwan" and "…Macao…" are one breakdown. */
export function canonicalSegment(segment: string): string {
  return segmentName(segment)
    .toLowerCase()
    .replace(/macau/g, 'macao')
    .replace(/\s+to\s+/g, '-')
    .replace(/^(?:aged?|of which)[:：]?\s+/, '')
    .replace(/[\s,.'’()（）:：-]+/g, ' ')
    .trim();
}

const LINE_TOLERANCE = 2;

/**
 * Pairs facts one to one: same key, then (entities) a shared name, then (programmes) one name
 * inside the other or the same evidence line, then (text requirements) nearby evidence.
 */
function score(category: Category, mine: Keyed[], theirs: Keyed[], byLine: boolean): CategoryResult {
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
  if (category === 'programmes') {
    pair((a, b) => a.names.some((n) => n.length >= 4 && b.names.some((m) => m.length >= 4 && (m.includes(n) || n.includes(m)))));
    // A curated programme named only in English: the same programme if it is stated on the same line.
    pair((a, b) => a.lines.some((l) => b.lines.includes(l)));
  }
  if (byLine) pair((a, b) => a.key.startsWith('text@') && b.key.startsWith('text@') && a.lines.some((l) => b.lines.some((m) => Math.abs(l - m) <= LINE_TOLERANCE)));
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
