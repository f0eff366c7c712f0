import { statement, type Planning } from '../compile/context';
import { notFound } from '../errors';
import type { Check } from '../plan';

/** Checks run before a statement: the nodes an argument names must exist. */

/** Every id must name a node of the label; NOT_FOUND names the missing ones. */
export function requireExisting(p: Planning, label: string, ids: readonly string[], what = label): Check {
  return {
    statement: statement(p, (cx) => `MATCH (n:${label}) WHERE n.id IN ${cx.names.param(ids)} RETURN n.id AS result`),
    verify: (rows) => {
      const missing = ids.filter((id) => !rows.includes(id));
      if (missing.length > 0) throw notFound(what, missing.length === 1 ? missing[0] : missing);
    },
  };
}
