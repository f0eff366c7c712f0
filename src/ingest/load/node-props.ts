import { createHash } from 'node:crypto';
import { canonical } from '../../db/checksum';
import type { FactsFile } from '../facts/schema';
import { matchKey, toSimplified, toTraditional } from '../resolve/chinese';

/** Helpers for the properties of the nodes the loader writes (used by src/model/declarations). */

export type Props = Record<string, unknown>;

/** Drops undefined values; Neo4j has no use for them and `SET n = map` must be exact. */
export function compact(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

export function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ''))].sort();
}

export const SEARCH_TEXT_SEPARATOR = ' | ';

/** Every name a node can be found by, in both Chinese scripts, for the fulltext index. */
export function searchText(names: readonly (string | undefined)[]): string {
  const all = names.flatMap((n) => (n ? [n, toSimplified(n), toTraditional(n)] : []));
  return unique(all).join(SEARCH_TEXT_SEPARATOR);
}

/** Two search texts as one: their names united (each already holds both scripts), not re-converted. */
export function unionSearchText(a: unknown, b: unknown): string {
  return unique([a, b].flatMap((t) => (typeof t === 'string' ? t.split(SEARCH_TEXT_SEPARATOR) : []))).join(SEARCH_TEXT_SEPARATOR);
}

/** A named party or programme: its names in both scripts, aliases, kind, and whatever else it has. */
export function named(
  def: { name: string; nameZh?: string | undefined; aliases?: readonly string[]; kind?: string },
  extra: Props = {},
  searchable: readonly (string | undefined)[] = [],
): Props {
  return compact({
    name: def.name,
    nameZh: def.nameZh,
    nameZhHans: def.nameZh ? toSimplified(def.nameZh) : undefined,
    aliases: unique(def.aliases ?? []),
    kind: def.kind,
    ...extra,
    searchText: searchText([def.name, def.nameZh, ...(def.aliases ?? []), ...searchable]),
  });
}

/** Digest of a facts file's content, kept on its Report node: tells whether the graph holds this version. */
export function factsDigest(facts: FactsFile): string {
  return createHash('sha256').update(canonical(facts)).digest('hex');
}

/** Requirements that cite no standard are nodes of their own, one per distinct wording. */
export function requirementId(text: string): string {
  return `requirement-${createHash('sha256').update(matchKey(text)).digest('hex').slice(0, 12)}`;
}
