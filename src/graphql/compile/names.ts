import neo4j from 'neo4j-driver';
import type { Params } from '../../db/database';

/**
 * The names of one statement being written: user values become parameters ($p0, $p1, ...) and never
 * text; every pattern variable gets a fresh name, so nested subqueries never shadow each other.
 */
export class Names {
  readonly params: Params = {};
  private paramCount = 0;
  private varCount = 0;

  param(value: unknown): string {
    const name = `p${this.paramCount++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** An integer parameter (JavaScript numbers travel as floats, which LIMIT refuses). */
  int(value: number): string {
    return this.param(neo4j.int(value));
  }

  variable(prefix: string): string {
    return `${prefix}${this.varCount++}`;
  }
}

/** A Cypher string literal for identifiers the server itself chooses (type names, keys); never for user input. */
export function literal(text: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) throw new Error(`not an identifier: ${text}`);
  return `'${text}'`;
}

/** Map keys in projections are response keys (aliases), which GraphQL restricts to identifiers. */
export function key(responseKey: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(responseKey)) throw new Error(`not a GraphQL name: ${responseKey}`);
  return `\`${responseKey}\``;
}

/** Whether `text` mentions the variable (not a parameter or a longer name that starts the same). */
export function mentions(text: string, variable: string): boolean {
  return new RegExp(`(?<![$\\w])${variable}(?!\\w)`).test(text);
}
