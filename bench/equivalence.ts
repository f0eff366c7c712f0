import { isDeepStrictEqual } from 'node:util';
import { peerVariants, type BenchQuery } from './queries';

type Json = Record<string, unknown>;

/**
 * A comparable form of a response: keys sorted, nulls and absent keys alike, floats rounded (scores
 * travel as doubles), and, when `ordered` is false, every list sorted, so only content is compared.
 */
export function canonical(value: unknown, ordered: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(9));
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, ordered));
    return ordered ? items : items.map((v) => JSON.stringify(v)).sort().map((s) => JSON.parse(s) as unknown);
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Json)
      .map(([k, v]) => [k, canonical(v, ordered)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }
  return value;
}

/** The first place two canonical values differ, as a path, for the error message. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Json)[k], (b as Json)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

export interface Answers {
  esgGraph: Json;
  /** The peer's answer to each of its ways of asking, by variant name. */
  peer: Record<string, Json>;
  raw: Json;
}

/**
 * Problems with one query's answers (none when they agree): the floor must give exactly esg-graph's
 * JSON, order included; the peer, each way it is asked, the same content once put in esg-graph's
 * shape (its order of ties and of nulls differs, and its cursors are its own).
 */
export function compareAnswers(query: BenchQuery, answers: Answers): string[] {
  const problems: string[] = [];
  const floor = firstDifference(canonical(answers.esgGraph, true), canonical(answers.raw, true));
  if (floor) problems.push(`${query.name}: floor differs from esg-graph at ${floor}`);
  const strip = query.withoutPeerOpaque ?? ((d: Json) => d);
  const expected = canonical(strip(answers.esgGraph), false);
  for (const variant of peerVariants(query)) {
    const answer = answers.peer[variant.name];
    if (!answer) {
      problems.push(`${query.name}: no answer from @neo4j/graphql (${variant.name})`);
      continue;
    }
    const peer = firstDifference(expected, canonical(strip(variant.toEsgGraph(answer)), false));
    if (peer) problems.push(`${query.name}: @neo4j/graphql (${variant.name}) differs from esg-graph at ${peer}`);
  }
  return problems;
}
