import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Planning, Statement } from './compile/context';

/**
 * How a field is answered, decided without a database: the statements to run and what their rows
 * mean. Planning is pure (arguments and selection in, Cypher and parameters out), which is what
 * lets test/tck pin every statement without Neo4j; run.ts executes a plan.
 */

/** A statement run before the answer's, whose `result` rows must pass `verify` (which throws NOT_FOUND or BAD_USER_INPUT). */
export interface Check {
  readonly statement: Statement;
  readonly verify: (rows: readonly unknown[]) => void;
}

export interface Plan {
  readonly checks: readonly Check[];
  /** The statement whose `result` rows are the answer. */
  readonly statement: Statement;
  /** The answer from those rows. */
  readonly answer: (rows: readonly unknown[]) => unknown;
  /** Runs in one write transaction with its checks (curation); otherwise each statement is a read. */
  readonly write?: boolean;
}

export type Planner<Args, Parent = unknown> = (parent: Parent, args: Args, tree: ResolveTree, p: Planning) => Plan;

/** A planner for one field of the schema (`Query.search`, `Company.peers`). */
export interface FieldPlanner {
  readonly type: string;
  readonly field: string;
  readonly plan: Planner<Readonly<Record<string, unknown>>>;
}

/**
 * Registers a planner for `type.field`, typed with the field's generated argument and parent types.
 * graphql-js has checked the arguments against the schema those types are generated from, which is
 * why they may be read as such here.
 */
export function planner<Args, Parent = unknown>(type: string, field: string, plan: Planner<Args, Parent>): FieldPlanner {
  return { type, field, plan: (parent, args, tree, p) => withRequirements(plan(parent as Parent, args as Args, tree, p)) };
}

/** The checks the answering statement requires (values it was written for that must name something) run with the plan's own, after them. */
function withRequirements(plan: Plan): Plan {
  const requires = plan.statement.requires ?? [];
  return requires.length === 0 ? plan : { ...plan, checks: [...plan.checks, ...requires] };
}

/** The answer is the one row of the statement. */
export const onlyRow = (rows: readonly unknown[]): unknown => {
  if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
  return rows[0];
};

export const allRows = (rows: readonly unknown[]): unknown => rows;
