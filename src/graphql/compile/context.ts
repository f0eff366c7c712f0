import { z } from 'zod';
import type { FilterScope, Lookup } from '../../model/declare';
import type { ApiModel } from '../model/model';
import type { Check } from '../plan';
import { userError } from '../errors';
import { Names } from './names';
import type { Limits } from './paging';
import { whereNode } from './where';

/** Values a statement was written for that must each name a node the lookup's way (`at`: where they were given). */
export interface Requirement {
  readonly lookup: Lookup;
  readonly values: readonly string[];
  readonly at: string;
}

/** What writing one statement needs: the model, the limits, and the statement's own names. */
export interface Compiling {
  readonly model: ApiModel;
  readonly limits: Limits;
  readonly names: Names;
  /**
   * At the top of a statement whose node is `node`: computes an expression in a `WITH node, expr AS v`
   * before the projection and gives back `v`. An expression that aggregates (a ranking) must be
   * computed so: inside a projection, Cypher takes its aggregation for the projection's own.
   */
  readonly hoist?: { readonly node: string; add(expr: string): string };
  /** What the statement's values must name; checked, in one statement, before it runs. */
  readonly requirements: Requirement[];
  /**
   * List filters over a relationship type at a node that are about one far end only: `${node}|${type}`
   * → the variable of that end (a holder's holdings of the standard whose holders are listed).
   */
  readonly pins?: ReadonlyMap<string, string>;
}

/** What planning a field needs: statements are each written with fresh names. */
export interface Planning {
  readonly model: ApiModel;
  readonly limits: Limits;
}

/** One statement: its Cypher, the parameters it names, and the checks that must pass before it runs. */
export interface Statement {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly requires?: readonly Check[];
}

/** Writes one statement with fresh names: `write` returns the Cypher, allocating parameters as it goes. */
export function statement(p: Planning, write: (cx: Compiling) => string): Statement {
  return statementWith(p, (cx) => ({ cypher: write(cx), also: undefined })).statement;
}

/** Like `statement`, for writers that also find out something the plan needs (the id a lookup reports as missing). */
export function statementWith<T>(p: Planning, write: (cx: Compiling) => { cypher: string; also: T }): { statement: Statement; also: T } {
  const names = new Names();
  const requirements: Requirement[] = [];
  const { cypher, also } = write({ model: p.model, limits: p.limits, names, requirements });
  const check = requirements.length > 0 ? knownCheck(p, requirements) : undefined;
  return { statement: { cypher, params: names.params, ...(check ? { requires: [check] } : {}) }, also };
}

/** Requires every value to name a node the lookup's way: BAD_USER_INPUT naming those that do not, before the statement runs. */
export function requireKnown(cx: Compiling, lookup: Lookup, values: readonly string[], at: string): void {
  if (values.length > 0) cx.requirements.push({ lookup, values, at });
}

/**
 * One check for all the requirements of a statement (one round-trip): each part returns the values
 * of one requirement that name nothing, with the requirement's index.
 */
function knownCheck(p: Planning, requirements: readonly Requirement[]): Check {
  const check = statement(p, (c) =>
    requirements
      .map(({ lookup, values }, index) => {
        const given = c.names.param(values);
        const prepared = c.names.param(values.map((v) => (lookup.param ? lookup.param(v) : v)));
        const n = c.names.variable('n');
        const named = `EXISTS { MATCH (${n}:${lookup.label}) WHERE ${lookup.matches(n, `${prepared}[i]`)} }`;
        return `UNWIND range(0, size(${given}) - 1) AS i WITH i WHERE NOT ${named} RETURN [${c.names.int(index)}, ${given}[i]] AS result`;
      })
      .join(' UNION ALL '),
  );
  return {
    statement: check,
    verify: (rows) => {
      const unknown = z.array(z.tuple([z.unknown(), z.string()])).parse(rows);
      const messages = requirements.flatMap((r, index) => {
        const values = [...new Set(unknown.filter(([i]) => Number(i) === index).map(([, v]) => v))];
        return values.length > 0 ? [r.lookup.unknown(values, r.at)] : [];
      });
      if (messages.length > 0) throw userError([...new Set(messages)].join('; '));
    },
  };
}

/** What declarations see while compiling: names, parameters, the other filters, and lookups to require. */
export function filterScope(cx: Compiling): FilterScope {
  return {
    param: (value) => cx.names.param(value),
    variable: (prefix) => cx.names.variable(prefix),
    where: (input, value, node) => whereNode(cx, input, value, node),
    require: (lookup, values, at) => requireKnown(cx, lookup, values, at),
  };
}
