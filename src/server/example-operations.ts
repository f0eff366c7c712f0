import { existsSync, readFileSync } from 'node:fs';
import { fromRoot } from '../paths';

/** An operation of examples/operations and its variables (`<name>.variables.json`), as the IDEs open it. */
export interface ExampleOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The operation Apollo Sandbox, GraphiQL and the README start with. */
export const FIRST_QUERY = 'first-query';
/** GraphiQL's other tabs on a first visit: search across scripts, then a cross-company question. */
export const GRAPHIQL_EXAMPLES = [FIRST_QUERY, 'search-traditional-chinese', 'iso-27001-holders'];

export function readExampleOperation(name: string): ExampleOperation {
  const file = fromRoot('examples', 'operations', `${name}.graphql`);
  if (!existsSync(file)) throw new Error(`example operation ${file} is missing: the landing pages open with it`);
  const variablesFile = fromRoot('examples', 'operations', `${name}.variables.json`);
  const variables = existsSync(variablesFile) ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>) : {};
  return { name, query: readFileSync(file, 'utf8'), variables };
}
