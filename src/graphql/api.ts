import { model, type Registry } from '../model/registry';
import type { Resolvers } from '../generated/graphql';
import { buildApiModel } from './model/build';
import type { ApiModel } from './model/model';
import { buildResolvers, RELATIONSHIP_SHAPES, resolvedFields, SHAPES } from './resolvers';
import { buildSchema, typeDefs } from './schema';

export interface Api {
  typeDefs: string[];
  resolvers: Resolvers;
  model: ApiModel;
}

/**
 * The GraphQL API: the schema's SDL, the resolvers, and the model that compiles fields to Cypher,
 * checked against each other. Throws (naming every field that disagrees) rather than serving an API
 * whose queries would fail later.
 */
export function createApi(registry: Registry = model(), documents: string[] = typeDefs()): Api {
  const schema = buildSchema(documents);
  const resolvers = buildResolvers(registry, schema);
  return { typeDefs: documents, resolvers, model: buildApiModel({ schema, registry, resolved: resolvedFields(resolvers), shapes: SHAPES, relationshipShapes: RELATIONSHIP_SHAPES }) };
}
