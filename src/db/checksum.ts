import { createHash } from 'node:crypto';
import type { Database } from './database';

/** JSON with object keys in order: equal values give equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A digest of the whole graph's content (labels, properties, relationships with their endpoints'
 * ids and properties), independent of internal ids and order. Two graphs with the same digest hold
 * the same facts. The migration log and the graph version (graph-version.ts) are left out.
 */
export async function graphChecksum(db: Database): Promise<{ nodes: number; relationships: number; sha256: string }> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await db.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  const lines = [
    ...nodes.map((n) => `N ${canonical([...n.labels].sort())} ${canonical(n.props)}`),
    ...rels.map((r) => `R ${r.type} ${r.from} ${r.to} ${canonical(r.props)}`),
  ].sort();
  const sha256 = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { nodes: nodes.length, relationships: rels.length, sha256 };
}
