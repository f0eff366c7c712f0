import type { Hop } from '../../model/declare';
import { mentions } from './names';

/** One step of a pattern from a node the statement already has (`near`) to another (`far`). */
export interface HopPattern {
  readonly hop: Hop;
  readonly near: string;
  readonly r: string;
  readonly far: string;
}

/**
 * `(near)-[r:TYPE]->(far)` (or `<-` for an incoming hop), leaving out the relationship and far
 * variables when nothing in `mentioned` (the rest of the statement around it) uses them. The far node
 * has no label: a relationship type connects only the labels its declaration names (the loader and the
 * curation writes see to it), so a label would only be checked, one record read per node, for nothing.
 */
export function hopPattern(p: HopPattern, mentioned: readonly string[]): string {
  const uses = (v: string) => mentioned.some((text) => mentions(text, v));
  const rel = `[${uses(p.r) ? p.r : ''}:${p.hop.type}]`;
  const far = `(${uses(p.far) ? p.far : ''})`;
  if (p.hop.via) {
    // Through other nodes first: written from the near node onwards.
    const steps = [...p.hop.via.map((h) => ({ h, rel: `[:${h.type}]`, node: '()' })), { h: p.hop, rel, node: far }];
    return `(${p.near})${steps.map((s) => (s.h.direction === 'out' ? `-${s.rel}->${s.node}` : `<-${s.rel}-${s.node}`)).join('')}`;
  }
  return p.hop.direction === 'out' ? `(${p.near})-${rel}->${far}` : `${far}-${rel}->(${p.near})`;
}
