import neo4j from 'neo4j-driver';

/** Property values as the export writes them: scalars and lists of scalars, nothing driver-specific. */
export type Scalar = string | number | boolean;
export type Value = Scalar | Scalar[];
export type Properties = Record<string, Value>;

/** One evidence item of a fact: the report, the line of its text file, the verbatim quote. */
export interface Evidence {
  report: string | null;
  line: number | null;
  quote: string | null;
}

/** Facts store their evidence as three parallel lists; exports give it as one list of items. */
export const EVIDENCE_KEYS = ['evidenceReports', 'evidenceLines', 'evidenceQuotes'] as const;
export const EVIDENCE_COLUMN = 'evidence';

/**
 * Node properties the graph keeps for its own use, not as facts: the text the fulltext index searches,
 * the simplified-Chinese form names are matched on, a standard's spelling keys, a report's facts-file
 * digest. Exports leave them out unless asked (`--internal`).
 */
export const INTERNAL_PROPERTIES = ['searchText', 'nameZhHans', 'codeKeys', 'factsDigest'] as const;

function scalar(raw: unknown): Scalar {
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'bigint') return Number.isSafeInteger(Number(raw)) ? Number(raw) : raw.toString();
  if (neo4j.isInt(raw)) return raw.inSafeRange() ? raw.toNumber() : raw.toString();
  // Temporal and spatial values print their canonical Cypher form.
  return String(raw);
}

/** A driver value as a plain scalar or list; null stays null (absent). */
export function toValue(raw: unknown): Value | null {
  if (raw === null || raw === undefined) return null;
  if (Array.isArray(raw)) return raw.filter((v) => v !== null && v !== undefined).map(scalar);
  return scalar(raw);
}

export function toProperties(raw: Record<string, unknown>, omit: readonly string[] = []): Properties {
  const out: Properties = {};
  for (const key of Object.keys(raw).sort()) {
    if (omit.includes(key)) continue;
    const value = toValue(raw[key]);
    if (value !== null) out[key] = value;
  }
  return out;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Splits a relationship's properties into its own properties and its evidence (undefined when it has none). */
export function splitEvidence(raw: Record<string, unknown>): { properties: Properties; evidence: Evidence[] | undefined } {
  const properties = toProperties(raw, EVIDENCE_KEYS);
  if (!EVIDENCE_KEYS.some((k) => k in raw)) return { properties, evidence: undefined };
  const [reports, lines, quotes] = EVIDENCE_KEYS.map((k) => listOf(raw[k]));
  const count = Math.max(reports!.length, lines!.length, quotes!.length);
  const evidence = Array.from({ length: count }, (_, i): Evidence => ({
    report: typeof reports![i] === 'string' ? (reports![i] as string) : null,
    line: typeof lines![i] === 'number' ? (lines![i] as number) : null,
    quote: typeof quotes![i] === 'string' ? (quotes![i] as string) : null,
  }));
  return { properties, evidence };
}
