import type { TypedDocumentString } from './generated/graphql';

export class ApiError extends Error {
  override name = 'ApiError';
}

/** Sends one typed operation to the API (POST, JSON) and returns its data, or throws its first error. */
export async function execute<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (err) {
    throw new ApiError(`the API did not answer (${(err as Error).message})`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.extensions?.code === 'NOT_FOUND' ? error.message : `${error.message} (${error.extensions?.code ?? response.status})`);
  if (!body.data) throw new ApiError(`the API answered ${response.status} without data`);
  return body.data;
}
