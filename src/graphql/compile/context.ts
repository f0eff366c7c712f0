import type { FilterScope } from '../../model/declare';
import type { ApiModel } from '../model/model';
import { Names } from './names';
import type { Limits } from './paging';
import { whereNode } from './where';

/** What writing one statement needs: the model, the limits, and the statement's own names. */
export interface Compiling {
  readonly model: ApiModel;
  readonly limits: Limits;
  readonly names: Names;
}

/** What planning a field needs: statements are each written with fresh names. */
export interface Planning {
  readonly model: ApiModel;
  readonly limits: Limits;
}

/** One statement: its Cypher and the parameters it names. */
export interface Statement {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Writes one statement with fresh names: `write` returns the Cypher, allocating parameters as it goes. */
export function statement(p: Planning, write: (cx: Compiling) => string): Statement {
  const names = new Names();
  const cypher = write({ model: p.model, limits: p.limits, names });
  return { cypher, params: names.params };
}

/** Like `statement`, for writers that also find out something the plan needs (the id a lookup reports as missing). */
export function statementWith<T>(p: Planning, write: (cx: Compiling) => { cypher: string; also: T }): { statement: Statement; also: T } {
  const names = new Names();
  const { cypher, also } = write({ model: p.model, limits: p.limits, names });
  return { statement: { cypher, params: names.params }, also };
}

/** What declarations see while compiling: names, parameters, and the other filters. */
export function filterScope(cx: Compiling): FilterScope {
  return {
    param: (value) => cx.names.param(value),
    variable: (prefix) => cx.names.variable(prefix),
    where: (input, value, node) => whereNode(cx, input, value, node),
  };
}
