import {
  execute,
  getNullableType,
  isAbstractType,
  isEnumType,
  isListType,
  isObjectType,
  parse,
  validate,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import neo4j from 'neo4j-driver';
import { createApi } from '../../src/graphql/api';
import type { Statement } from '../../src/graphql/compile/context';
import { resolveTree } from '../../src/graphql/compile/selection';
import { fieldPlanners } from '../../src/graphql/resolvers';
import { MAX_NESTED_LIST } from '../../src/graphql/run';
import { buildSchema } from '../../src/graphql/schema';
import { model } from '../../src/model/registry';
import { formatCypher } from './format-cypher';

/**
 * Compiles a GraphQL operation to the statements the server would send, without a database: the
 * operation is executed by graphql-js over the real schema, and every field that has a planner is
 * planned (pure: arguments and selection in, Cypher and parameters out) instead of run. A planned
 * field answers with a stand-in (an entity with the id it was asked for, so fields below it that plan
 * statements of their own, like Company.peers, are planned too).
 */

const api = createApi();
const schema = buildSchema();
const planners = new Map(fieldPlanners(model()).map((p) => [`${p.type}.${p.field}`, p]));
/** The limits of the default configuration (DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE). */
export const LIMITS = { defaultPageSize: 20, maxPageSize: 100, maxNestedList: MAX_NESTED_LIST };

export async function compileOperation(query: string, variables: Record<string, unknown> = {}): Promise<Statement[]> {
  const document = parse(query);
  const invalid = validate(schema, document);
  if (invalid.length > 0) throw new Error(`invalid operation: ${invalid.map((e) => e.message).join('; ')}`);
  const statements: Statement[] = [];
  const failures: unknown[] = [];
  const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _ctx, info) => {
    const planner = planners.get(`${info.parentType.name}.${info.fieldName}`);
    const id = typeof args.id === 'string' ? args.id : 'stand-in';
    if (!planner) return standIn(schema, info.returnType, id);
    try {
      const plan = planner.plan(source, args, resolveTree(info), { model: api.model, limits: LIMITS });
      statements.push(...plan.checks.map((c) => c.statement), plan.statement);
    } catch (err) {
      failures.push(err);
      throw err;
    }
    return standIn(schema, info.returnType, id);
  };
  await execute({ schema, document, variableValues: variables, fieldResolver });
  if (failures.length > 0) throw failures[0];
  return statements;
}

/** A value of the type, so execution goes on into the selection below it (objects carry the id asked for). */
function standIn(schema: GraphQLSchema, type: GraphQLOutputType, id: string): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [];
  if (isEnumType(t)) return t.getValues()[0]?.value;
  if (isObjectType(t)) return { __typename: t.name, __id: id };
  if (isAbstractType(t)) return { __typename: schema.getPossibleTypes(t)[0]?.name, __id: id };
  return { Int: 0, Float: 0, Boolean: false }[t.name] ?? 'stand-in';
}

/** Parameters as JSON a reviewer reads: integers as numbers. */
export function formatParams(params: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(params, (_key, value: unknown) => (neo4j.isInt(value) ? value.toNumber() : value), 2);
}

export function formatStatement(s: Statement): { cypher: string; params: string } {
  return { cypher: formatCypher(s.cypher), params: formatParams(s.params) };
}
