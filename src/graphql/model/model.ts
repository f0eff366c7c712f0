import type { GraphQLSchema } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { EntityDeclaration, NodeVars, RelationshipDeclaration, RelVars } from '../../model/declare';
import type { Compiling } from '../compile/context';
import type { SortFields } from '../compile/paging';

/**
 * The API model: the declarations (src/model) read against the schema (schema/*.graphql), once, at
 * start-up. For every field of every declared type it holds the function that writes the field's
 * Cypher; for every filter input, the function of each filter field; for every entity, its sort
 * expressions. build.ts makes it and refuses to start when the schema and the declarations disagree.
 */

/** Writes a field of an entity's projection: its value as a Cypher expression (undefined: not projected, a resolver answers it). */
export type EntityFieldWriter = (v: NodeVars, tree: ResolveTree, cx: Compiling) => string | undefined;

/** Writes a field of a relationship object's projection. */
export type RelationshipFieldWriter = (v: RelVars, tree: ResolveTree, cx: Compiling) => string;

export interface EntityType {
  readonly type: string;
  readonly label: string;
  /** Interfaces the GraphQL type implements (selections on them apply to it). */
  readonly interfaces: readonly string[];
  readonly fields: ReadonlyMap<string, EntityFieldWriter>;
  /** `<Type>Sort` fields and the expressions they order by. */
  readonly sorts: SortFields;
  readonly declaration: EntityDeclaration;
}

export interface RelationshipType {
  readonly type: string;
  readonly relationship: RelationshipDeclaration;
  readonly fields: ReadonlyMap<string, RelationshipFieldWriter>;
}

/** The predicates a filter field adds (all must hold; none: it filters nothing). */
export type NodeFilterWriter = (node: string, value: unknown, cx: Compiling) => readonly string[];
export type RelationshipFilterWriter = (v: RelVars, value: unknown, cx: Compiling) => readonly string[];

/** A `<Type>Where` input: over an entity's node, or over a relationship and its ends. */
export type FilterInput =
  | { readonly over: 'node'; readonly fields: ReadonlyMap<string, NodeFilterWriter> }
  | { readonly over: 'relationship'; readonly fields: ReadonlyMap<string, RelationshipFilterWriter> };

export interface ApiModel {
  readonly schema: GraphQLSchema;
  readonly entities: ReadonlyMap<string, EntityType>;
  /** Relationship objects by GraphQL type (Certification, Membership, ...). */
  readonly relationships: ReadonlyMap<string, RelationshipType>;
  readonly filters: ReadonlyMap<string, FilterInput>;
  /** Abstract types over entities (Node, SearchResult): each concrete type and its label. */
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Values of SearchType and the label each searches. */
  readonly searchTypes: ReadonlyMap<string, string>;
  /** Relationship types a path may walk. */
  readonly pathTypes: readonly string[];
}

/** A mismatch between the model and the API, found where it is read (an internal error: start-up checks it). */
export function missing(what: string): Error {
  return new Error(`the API model has no ${what}; the start-up check should have refused this schema`);
}
