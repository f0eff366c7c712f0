import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * Sends one example operation to the API and prints the response:
 *
 *   npx tsx examples/run.ts examples/operations/iso-27001-holders.graphql [--url URL] [--variables file.json]
 *
 * Variables come from the `.variables.json` next to the operation unless --variables is given; the URL
 * from --url, else ESG_GRAPH_URL, else http://127.0.0.1:4000/graphql. With CURATION_TOKEN set, the
 * request carries `Authorization: Bearer <token>` (needed by the curation mutations).
 */

export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** An operation file and its variables (the adjacent `<name>.variables.json`, or none). */
export function readOperation(file: string, variablesFile = file.replace(/\.graphql$/, '.variables.json')): Operation {
  const query = readFileSync(file, 'utf8');
  const variables = existsSync(variablesFile) ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>) : {};
  return { query, variables };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, variables: { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file) {
    console.error('usage: npx tsx examples/run.ts <operation.graphql> [--url URL] [--variables file.json]');
    return 2;
  }
  const { query, variables } = readOperation(file, values.variables);
  const token = process.env.CURATION_TOKEN;
  const res = await fetch(values.url ?? process.env.ESG_GRAPH_URL ?? DEFAULT_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  console.log(JSON.stringify(body, null, 2));
  return res.ok && !body.errors?.length ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`error: ${(err as Error).message}`);
      process.exitCode = 1;
    },
  );
}
