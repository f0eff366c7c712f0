import type { BenchQuery } from './queries';
import type { SystemName } from './servers';

/** One request as the load generator sends it: where, and what body. */
export interface RequestSpec {
  path: string;
  body: string;
}

export function requestFor(system: SystemName, query: BenchQuery): RequestSpec {
  switch (system) {
    case 'esgGraph':
      return { path: '/graphql', body: JSON.stringify(query.esgGraph) };
    case 'neo4jGraphql':
      return { path: '/graphql', body: JSON.stringify(query.peer) };
    case 'raw':
      return { path: `/${query.name}`, body: JSON.stringify(query.floor) };
  }
}

/** Sends the request once and returns the parsed JSON; any HTTP error or GraphQL error is thrown. */
export async function fetchOnce(baseUrl: string, spec: RequestSpec): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl}${spec.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
    signal: AbortSignal.timeout(120_000),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || json.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  if (!json.data) throw new Error('response has no data');
  return json.data;
}
