/**
 * The shape resolvers receive for entity types: a map projected by Cypher, keyed by the response
 * keys (aliases) the query asked for, plus the hidden keys below that custom resolvers rely on.
 */
export interface NodeRow {
  /** The node's id, always projected so computed fields can run their own query. */
  __id: string;
  /** The node's GraphQL type, always projected so unions and interfaces resolve. */
  __typename: string;
  [responseKey: string]: unknown;
}
