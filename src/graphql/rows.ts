/**
 * An entity as resolvers receive it: the map its projection made, keyed by the response keys
 * (aliases) the query asked for, plus the hidden keys below that resolvers of their own rely on.
 */
export interface EntityRow {
  /** The node's id, always projected so computed fields can run their own statement. */
  __id: string;
  /** The node's GraphQL type, always projected so unions and interfaces resolve. */
  __typename: string;
  [responseKey: string]: unknown;
}

/**
 * What a resolver receives for a GraphQL type (codegen's default mapper, so a new entity type needs
 * no mapper of its own): an EntityRow for entity types (every type with an id), and for any other type
 * a map made by a projection or a shape (keyed by alias) or an object a resolver built.
 */
export type Projected<T> = T extends { id: unknown } ? EntityRow : Partial<T>;
