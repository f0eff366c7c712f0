import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, concatAST, getNamedType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { fromRoot } from '../paths';

export const SCHEMA_DIR = fromRoot('schema');

/** The SDL of schema/*.graphql, one document per domain file. */
export function typeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The schema of those files (type extensions applied), without resolvers: what the model is read against. */
export function buildSchema(documents: readonly string[] = typeDefs()): GraphQLSchema {
  return buildASTSchema(concatAST(documents.map((d) => parse(d))));
}

const connectionsOf = new WeakMap<GraphQLSchema, ReadonlyMap<string, { edgeType: string; nodeType: string }>>();

/** Relay connection types: every type with `edges` and `pageInfo`; its edge type and node type. */
export function connectionTypes(schema: GraphQLSchema): ReadonlyMap<string, { edgeType: string; nodeType: string }> {
  const known = connectionsOf.get(schema);
  if (known) return known;
  const out = new Map<string, { edgeType: string; nodeType: string }>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const { edges, pageInfo } = type.getFields();
    if (!edges || !pageInfo) continue;
    const edge = getNamedType(edges.type);
    const node = isObjectType(edge) ? edge.getFields().node : undefined;
    if (isObjectType(edge) && node) out.set(type.name, { edgeType: edge.name, nodeType: getNamedType(node.type).name });
  }
  connectionsOf.set(schema, out);
  return out;
}

/** The connection and edge types a field returns, when it returns a connection. */
export function connectionOf(schema: GraphQLSchema, type: string, field: string): { connectionType: string; edgeType: string } | undefined {
  const owner = schema.getType(type);
  const returned = isObjectType(owner) ? owner.getFields()[field] : undefined;
  if (!returned) return undefined;
  const connectionType = getNamedType(returned.type).name;
  const found = connectionTypes(schema).get(connectionType);
  return found ? { connectionType, edgeType: found.edgeType } : undefined;
}
