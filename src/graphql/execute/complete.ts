import {
  GraphQLError,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  locatedError,
  type FieldNode,
  type GraphQLAbstractType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { inspect } from 'graphql/jsutils/inspect';
import { collectFields, subSelections, type FieldsByKey, type Fragments, type Variables } from './fields';

/**
 * Writes the response of a field from the value its statement returned, the way graphql-js's
 * `completeValue` would, without its machinery: no resolve info, no promises, no argument
 * coercion per field. What a projected map holds under a response key is the field's value; the
 * few fields with resolvers of their own (connections, edges, PageInfo, metric units) are pure
 * functions of their parent and are called as graphql-js would call them. Non-null violations,
 * serialization errors and resolver errors are located and propagated exactly as graphql-js does
 * (a non-null field's error nulls its parent; a nullable one's becomes null and an error).
 *
 * Anything this does not expect (an abstract value without a type it can resolve) throws
 * `Unsupported`: the caller then answers the operation with graphql-js instead.
 */

export class Unsupported extends Error {}

export type Path = readonly (string | number)[];

/** A resolver the fast path may call: it reads only its parent (and never the database). */
export type PureResolver = GraphQLFieldResolver<unknown, unknown>;

export interface Completion {
  readonly schema: GraphQLSchema;
  readonly fragments: Fragments;
  readonly variables: Variables;
  /** `Type.field` → resolver, for the fields that have one. */
  readonly resolvers: ReadonlyMap<string, PureResolver>;
  /** Fields that run statements: below the root, only their values already in the map are read. */
  readonly planned: ReadonlyMap<string, unknown>;
  readonly context: unknown;
  readonly errors: GraphQLError[];
}

/** Field collection for the same type and nodes is done once per request (lists of objects repeat it for every item). */
function fieldsOf(c: Completion, type: GraphQLObjectType, nodes: readonly FieldNode[], cache: WeakMap<readonly FieldNode[], Map<GraphQLObjectType, FieldsByKey>>): FieldsByKey {
  let byType = cache.get(nodes);
  if (!byType) {
    byType = new Map();
    cache.set(nodes, byType);
  }
  let fields = byType.get(type);
  if (!fields) {
    fields = collectFields(c.schema, c.fragments, c.variables, type, subSelections(nodes));
    byType.set(type, fields);
  }
  return fields;
}

export class Completer {
  /** Per request: `@skip`/`@include` may depend on the variables. */
  private readonly cache = new WeakMap<readonly FieldNode[], Map<GraphQLObjectType, FieldsByKey>>();

  constructor(private readonly c: Completion) {}

  /** A field's value, completed; errors are recorded and propagated as graphql-js does. */
  field(parentType: GraphQLObjectType, returnType: GraphQLOutputType, nodes: readonly FieldNode[], path: Path, value: unknown): unknown {
    try {
      return this.value(parentType, returnType, nodes, path, value);
    } catch (err) {
      return this.fieldError(err, returnType, nodes, path);
    }
  }

  /** A raw error at a field: located; thrown on (to null the parent) when the field is non-null, else recorded. */
  fieldError(err: unknown, returnType: GraphQLOutputType, nodes: readonly FieldNode[], path: Path): null {
    if (err instanceof Unsupported) throw err;
    const error = locatedError(err, nodes, [...path]);
    if (isNonNullType(returnType)) throw error;
    this.c.errors.push(error);
    return null;
  }

  private value(parentType: GraphQLObjectType, returnType: GraphQLOutputType, nodes: readonly FieldNode[], path: Path, value: unknown): unknown {
    if (value instanceof Error) throw value;
    if (isNonNullType(returnType)) {
      const completed = this.value(parentType, returnType.ofType, nodes, path, value);
      if (completed === null) {
        throw new Error(`Cannot return null for non-nullable field ${parentType.name}.${nodes[0]!.name.value}.`);
      }
      return completed;
    }
    if (value === null || value === undefined) return null;
    if (isListType(returnType)) {
      if (!Array.isArray(value)) {
        throw new GraphQLError(`Expected Iterable, but did not find one for field "${parentType.name}.${nodes[0]!.name.value}".`);
      }
      const itemType = returnType.ofType as GraphQLOutputType;
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) {
        const itemPath = [...path, i];
        try {
          out[i] = this.value(parentType, itemType, nodes, itemPath, value[i]);
        } catch (err) {
          out[i] = this.fieldError(err, itemType, nodes, itemPath);
        }
      }
      return out;
    }
    if (isLeafType(returnType)) {
      const serialized = returnType.serialize(value);
      if (serialized === undefined || serialized === null) {
        throw new Error(`Expected \`${returnType.name}.serialize(${inspect(value)})\` to return non-nullable value, returned: ${inspect(serialized)}`);
      }
      return serialized;
    }
    if (isAbstractType(returnType)) return this.object(this.runtimeType(returnType, value), nodes, path, value);
    if (isObjectType(returnType)) return this.object(returnType, nodes, path, value);
    throw new Unsupported(`cannot complete ${String(returnType)}`);
  }

  private runtimeType(type: GraphQLAbstractType, value: unknown): GraphQLObjectType {
    const name = typeof value === 'object' && value !== null ? (value as { __typename?: unknown }).__typename : undefined;
    const runtime = typeof name === 'string' ? this.c.schema.getType(name) : undefined;
    if (!isObjectType(runtime) || !this.c.schema.isSubType(type, runtime)) throw new Unsupported(`no runtime type for ${type.name}`);
    return runtime;
  }

  /** An object's selected fields, in the order graphql-js answers them. */
  object(type: GraphQLObjectType, nodes: readonly FieldNode[], path: Path, source: unknown): Record<string, unknown> {
    if (typeof source !== 'object' || source === null) throw new Unsupported(`${type.name} is not an object`);
    const record = source as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const definitions = type.getFields();
    for (const [key, fieldNodes] of fieldsOf(this.c, type, nodes, this.cache)) {
      const name = fieldNodes[0]!.name.value;
      if (name === '__typename') {
        out[key] = type.name;
        continue;
      }
      const definition = definitions[name];
      if (!definition) continue;
      const fieldPath = [...path, key];
      const resolve = this.c.resolvers.get(`${type.name}.${name}`);
      let value: unknown;
      if (resolve) {
        try {
          value = resolve(source, {}, this.c.context, { fieldName: name, path: { key }, parentType: type } as never);
        } catch (err) {
          out[key] = this.fieldError(err, definition.type, fieldNodes, fieldPath);
          continue;
        }
      } else if (this.c.planned.has(`${type.name}.${name}`)) {
        if (!(key in record)) throw new Unsupported(`${type.name}.${name} was not answered by its parent's statement`);
        value = record[key];
      } else {
        value = key in record ? record[key] : record[name];
        if (typeof value === 'function') value = undefined;
      }
      out[key] = this.field(type, definition.type, fieldNodes, fieldPath, value);
    }
    return out;
  }
}
