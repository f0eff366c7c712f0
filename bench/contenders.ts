import { isDeepStrictEqual } from 'node:util';
import { requestFor, type RequestSpec } from './client';
import { canonical } from './equivalence';
import { peerVariants, type BenchQuery } from './queries';
import type { SystemName } from './servers';

/**
 * What is timed for a query: esg-graph, each way of asking the peer, and the floor. `key` names it in
 * the results: the system, and for a peer variant other than the first, `neo4jGraphql:<variant>`.
 */
export interface Contender {
  key: string;
  system: SystemName;
  /** The peer's way of asking (peer only). */
  variant?: string;
  request: RequestSpec;
}

export const variantKey = (variant: string) => `neo4jGraphql:${variant}`;

export function contendersFor(query: BenchQuery): Contender[] {
  return [
    { key: 'esgGraph', system: 'esgGraph', request: requestFor('esgGraph', query) },
    ...peerVariants(query).map((v, i) => ({
      key: i === 0 ? 'neo4jGraphql' : variantKey(v.name),
      system: 'neo4jGraphql' as const,
      variant: v.name,
      request: { path: '/graphql', body: JSON.stringify(v.request) },
    })),
    { key: 'raw', system: 'raw', request: requestFor('raw', query) },
  ];
}

/** How one response of a timed run is judged. */
export type Verdict = 'ok' | 'http' | 'graphql' | 'mismatch';

/**
 * Judges the responses of a timed run against the answer checked before timing: HTTP 200, no GraphQL
 * `errors`, and the same data. A body identical to the checked one passes at once (the common case,
 * cheap enough for every response); any other is parsed and compared as content (order included, except
 * for the peer, whose order of ties is its own).
 */
export class AnswerCheck {
  private readonly reference: unknown;

  /** Without a reference body (the system gave no answer before timing), only status and errors are judged. */
  constructor(
    private readonly referenceBody: string | undefined,
    private readonly ordered: boolean,
  ) {
    this.reference = referenceBody === undefined ? undefined : AnswerCheck.content(referenceBody, ordered);
  }

  private static content(body: string, ordered: boolean): unknown {
    const json = JSON.parse(body) as { data?: unknown };
    return canonical(json.data, ordered);
  }

  judge(status: number, body: string): Verdict {
    if (status !== 200) return 'http';
    if (body === this.referenceBody) return 'ok';
    let json: { data?: unknown; errors?: unknown };
    try {
      json = JSON.parse(body) as typeof json;
    } catch {
      return 'mismatch';
    }
    if (json.errors !== undefined) return 'graphql';
    if (this.referenceBody === undefined) return 'ok';
    return isDeepStrictEqual(canonical(json.data, this.ordered), this.reference) ? 'ok' : 'mismatch';
  }
}
