import type { Evidence } from '../facts/schema';
import { matchKey } from '../resolve/chinese';
import { segmentName } from './metric-labels';

/**
 * What makes two facts the same fact when the extractor's proposal is compared with the curated
 * file: each fact kind declares its key (src/model/declarations); compare.ts pairs the keys.
 */

export interface Keyed {
  key: string;
  /** Other keys this fact also answers to (names of the same entity, a looser name). */
  names: string[];
  lines: number[];
}

/**
 * How keys that differ may still pair: `names` (a shared name), `programmes` (also one name inside
 * the other, or the same evidence line), `nearby-lines` (text keys whose evidence is a line or two apart).
 */
export type Matching = 'names' | 'programmes' | 'nearby-lines';

export function lines(evidence: readonly Evidence[]): number[] {
  return evidence.map((e) => e.line);
}

export function plain(key: string, evidence: readonly Evidence[]): Keyed {
  return { key, names: [], lines: lines(evidence) };
}

const HASHED_ID = /^[a-z]+-[0-9a-f]{8}$/;

/** An alliance or organization answers to its id and to each of its names in either script. */
export function party(
  def: { id: string; name: string; nameZh?: string | undefined; aliases: string[] } | undefined,
  id: string,
  evidence: readonly Evidence[],
): Keyed {
  const names = def ? [def.name, def.nameZh, ...def.aliases].filter((n): n is string => !!n).map(matchKey).filter((n) => n.length >= 2) : [];
  // An id hashed from a Chinese name says nothing to a reader; the name itself is the same key.
  const key = HASHED_ID.test(id) && def ? `name:${matchKey(def.nameZh ?? def.name)}` : id;
  return { key, names, lines: lines(evidence) };
}

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
