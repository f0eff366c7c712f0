import type { Hop } from '../../model/declare';
import { mentions } from './names';

/** One step of a pattern from a node the statement already has (`near`) to another (`far`). */
export interface HopPattern {
  readonly hop: Hop;
  readonly near: string;
  readonly r: string;
  readonly far: string;
  /** The far node's label, when the relationship type reaches only one. */
  readonly farLabel: string | undefined;
}

/**
 * `(near)-[r:TYPE]->(far:Label)` (or `<-` for an incoming hop), leaving out the relationship and far
 * variables when nothing in `mentioned` (the rest of the statement around it) uses them.
 */
export function hopPattern(p: HopPattern, mentioned: readonly string[]): string {
  const uses = (v: string) => mentioned.some((text) => mentions(text, v));
  const rel = `[${uses(p.r) ? p.r : ''}:${p.hop.type}]`;
  const far = `(${uses(p.far) ? p.far : ''}${p.farLabel ? `:${p.farLabel}` : ''})`;
  return p.hop.direction === 'out' ? `(${p.near})-${rel}->${far}` : `${far}-${rel}->(${p.near})`;
}
