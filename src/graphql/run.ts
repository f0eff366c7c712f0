import type { Config } from '../config';
import type { Planning } from './compile/context';
import type { Limits } from './compile/paging';
import type { GraphQLContext } from './context';
import { databaseError } from './errors';
import type { Plan } from './plan';

/** The nested lists' ceiling: they are not paginated, but not unbounded either. */
export const MAX_NESTED_LIST = 1000;

/** The list sizes a compiled query keeps to, by the settings. */
export const limitsOf = (config: Pick<Config, 'DEFAULT_PAGE_SIZE' | 'MAX_PAGE_SIZE'>): Limits => ({
  defaultPageSize: config.DEFAULT_PAGE_SIZE,
  maxPageSize: config.MAX_PAGE_SIZE,
  maxNestedList: MAX_NESTED_LIST,
});

/** What planning a field in this request needs. */
export function planning(ctx: GraphQLContext): Planning {
  return { model: ctx.model, limits: limitsOf(ctx.config) };
}

/**
 * Runs a plan: its checks, then its statement, each a round-trip counted for the request; a write
 * plan runs all of them in one write transaction. Database failures become the errors clients may see.
 */
export async function runPlan(ctx: GraphQLContext, plan: Plan): Promise<unknown> {
  try {
    if (plan.write) {
      return await ctx.db.writeTransaction(async (tx) => {
        const run = async (cypher: string, params: Readonly<Record<string, unknown>>) => {
          ctx.queries.onQuery(cypher);
          return (await tx.run<{ result: unknown }>(cypher, { ...params })).records.map((r) => r.get('result'));
        };
        for (const check of plan.checks) check.verify(await run(check.statement.cypher, check.statement.params));
        return plan.answer(await run(plan.statement.cypher, plan.statement.params));
      });
    }
    const read = async (cypher: string, params: Readonly<Record<string, unknown>>) =>
      (await ctx.db.read<{ result: unknown }>(cypher, { ...params }, ctx.queries)).map((r) => r.result);
    for (const check of plan.checks) check.verify(await read(check.statement.cypher, check.statement.params));
    return plan.answer(await read(plan.statement.cypher, plan.statement.params));
  } catch (err) {
    throw databaseError(err);
  }
}
