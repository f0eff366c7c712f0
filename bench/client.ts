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

/** Sends the request once; the status and the body as text. */
export async function fetchText(baseUrl: string, spec: RequestSpec, timeoutMs = 120_000): Promise<{ status: number; body: string }> {
  const response = await fetch(`${baseUrl}${spec.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, body: await response.text() };
}

/** The `data` of a response; an HTTP error, a GraphQL error or a missing `data` is thrown. */
export function dataOf(status: number, body: string): Record<string, unknown> {
  let json: { data?: Record<string, unknown>; errors?: unknown[] };
  try {
    json = JSON.parse(body) as typeof json;
  } catch {
    throw new Error(`HTTP ${status}: not JSON: ${body.slice(0, 200)}`);
  }
  if (status !== 200 || json.errors) throw new Error(`HTTP ${status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  if (!json.data) throw new Error('response has no data');
  return json.data;
}

/** Sends the request once and returns the parsed `data`; any HTTP error or GraphQL error is thrown. */
export async function fetchOnce(baseUrl: string, spec: RequestSpec): Promise<Record<string, unknown>> {
  const { status, body } = await fetchText(baseUrl, spec);
  return dataOf(status, body);
}
