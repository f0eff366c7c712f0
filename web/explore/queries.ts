import { execute } from './api';
import * as Ops from './generated/graphql';
import { neighbourhoodOf, type EntityType, type Neighbourhood, type NeighbourhoodNode } from './neighbourhood';

/** `node` is empty (`{}`) when the id is of another type than the operation's fragment. */
type NeighbourhoodDocument = Ops.TypedDocumentString<{ node: NeighbourhoodNode | { __typename?: undefined } | null }, { id: string }>;

/** The operation that reads an entity's links, per entity type (every type `node(id)` answers). */
const NEIGHBOURHOOD: Record<EntityType, NeighbourhoodDocument> = {
  Company: Ops.ExploreCompanyDocument,
  Standard: Ops.ExploreStandardDocument,
  Alliance: Ops.ExploreAllianceDocument,
  Organization: Ops.ExploreOrganizationDocument,
  Programme: Ops.ExploreProgrammeDocument,
  Report: Ops.ExploreReportDocument,
  Framework: Ops.ExploreFrameworkDocument,
  SDG: Ops.ExploreSdgDocument,
  Metric: Ops.ExploreMetricDocument,
  Recognition: Ops.ExploreRecognitionDocument,
  Assurance: Ops.ExploreAssuranceDocument,
};

const notFound = (id: string) => new Error(`No entity has the id “${id}”: search for one above.`);

/** An entity and its links; its type is asked first when the caller does not know it (an id from a URL). */
export async function fetchNeighbourhood(endpoint: string, id: string, type?: EntityType): Promise<Neighbourhood> {
  const known = type ?? (await execute(endpoint, Ops.ExploreTypeDocument, { id })).node?.__typename;
  if (!known) throw notFound(id);
  const { node } = await execute(endpoint, NEIGHBOURHOOD[known], { id });
  if (!node?.__typename) throw notFound(id);
  return neighbourhoodOf(node);
}

export async function searchEntities(endpoint: string, text: string): Promise<Ops.ExploreSearchQuery> {
  return execute(endpoint, Ops.ExploreSearchDocument, { text });
}
