/** A GraphQL response body as the API sends it. */
export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface Answer {
  status: number;
  body: GraphQLBody | undefined;
  ms: number;
}

/** POSTs one operation and times it; a body that is not JSON is returned as undefined. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  let body: GraphQLBody | undefined;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    body = undefined;
  }
  return { status: res.status, body, ms };
}

/** The codes of a response's errors (`MISSING` for an error without one). */
export function errorCodes(body: GraphQLBody | undefined): string[] {
  return (body?.errors ?? []).map((e) => e.extensions?.code ?? 'MISSING');
}
