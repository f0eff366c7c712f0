/** Seeded pseudo-random numbers, so a given seed always generates the same graph. */

/** mulberry32: small, fast and good enough for synthetic data (not for anything secret). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Poisson-distributed count (Knuth; fine for the small means used here). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit && k < 100) {
      k++;
      p *= this.next();
    }
    return k;
  }
}

/** An independent stream per item: the same company gets the same facts whatever else is generated. */
export function streamFor(seed: number, index: number, salt = 0): Random {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return new Random((h ^ (h >>> 16)) >>> 0);
}

/** Draws indexes in proportion to fixed weights (cumulative table + binary search). */
export class WeightedSampler {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(weights: readonly number[]) {
    let sum = 0;
    for (const w of weights) {
      sum += Math.max(0, w);
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new Error('weights must not all be zero');
    this.total = sum;
  }

  sample(random: Random): number {
    const x = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Up to `count` distinct indexes (fewer when draws keep repeating). */
  distinct(random: Random, count: number): number[] {
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < count && tries < count * 10; tries++) chosen.add(this.sample(random));
    return [...chosen];
  }
}

/** Zipf weights 1/rank^s: a few very large groups and a long tail of small ones. */
export function zipfWeights(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
}
