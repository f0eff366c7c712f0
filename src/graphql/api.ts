import { model, type Registry } from '../model/registry';
import type { Resolvers } from '../generated/graphql';
import { buildApiModel } from './model/build';
import type { ApiModel } from './model/model';
import type { FieldPlanner } from './plan';
import { buildResolvers, COMPUTED, fieldPlanners, RELATIONSHIP_SHAPES, resolvedFields, SHAPES } from './resolvers';
import { buildSchema, typeDefs } from './schema';

export interface Api {
  typeDefs: string[];
  resolvers: Resolvers;
  model: ApiModel;
  /** The fields that run statements (`Type.field`), each with its planner. */
  planners: ReadonlyMap<string, FieldPlanner>;
  /**
   * Computed fields (`Company.peers`) that a by-id root field's statement answers itself when they
   * are selected on its entity (`company(id) { peers }`), and those root fields (`Query.company`).
   */
  computedAtRoot: { fields: ReadonlySet<string>; roots: ReadonlySet<string> };
}

/**
 * The GraphQL API: the schema's SDL, the resolvers, and the model that compiles fields to Cypher,
 * checked against each other. Throws (naming every field that disagrees) rather than serving an API
 * whose queries would fail later.
 */
export function createApi(registry: Registry = model(), documents: string[] = typeDefs()): Api {
  const schema = buildSchema(documents);
  const planners = fieldPlanners(registry);
  const resolvers = buildResolvers(planners, schema);
  return {
    typeDefs: documents,
    resolvers,
    model: buildApiModel({ schema, registry, resolved: resolvedFields(resolvers), shapes: SHAPES, relationshipShapes: RELATIONSHIP_SHAPES, computed: COMPUTED }),
    planners: new Map(planners.map((p) => [`${p.type}.${p.field}`, p])),
    computedAtRoot: {
      fields: new Set(COMPUTED.keys()),
      roots: new Set(registry.apiEntities.flatMap((e) => (e.root?.byId ? [`Query.${e.root.byId.field}`] : []))),
    },
  };
}
