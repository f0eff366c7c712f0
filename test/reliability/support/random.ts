import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/** The seed of a run: RELIABILITY_SEED when given (to replay a run), otherwise a fixed default. */
export function seedFromEnv(fallback: number): number {
  const given = Number(process.env.RELIABILITY_SEED);
  return Number.isInteger(given) ? given : fallback;
}

/** A seeded PRNG: the same seed gives the same sequence, so a failing run can be replayed. */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(readonly seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.rng);
  }

  chance(probability: number): boolean {
    return this.int(0, 999_999) < probability * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }
}
