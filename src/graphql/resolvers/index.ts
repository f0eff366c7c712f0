import type { GraphQLFieldResolver } from 'graphql';
import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers, edgeResolvers } from '../connection';
import { crossCompanyQueries, peerResolvers } from './cross-company';
import { curationMutations } from './curation';
import { entityQueries } from './entities';
import { metricSeriesQueries } from './metric-series';
import { searchQueries } from './search';

const CONNECTIONS = [
  'CompanyConnection',
  'StandardConnection',
  'AllianceConnection',
  'OrganizationConnection',
  'ProgrammeConnection',
  'ReportConnection',
  'FrameworkConnection',
  'SDGConnection',
  'MetricConnection',
  'StandardHolderConnection',
  'AllianceMemberConnection',
];
const EDGES = [
  'CompanyEdge',
  'StandardEdge',
  'AllianceEdge',
  'OrganizationEdge',
  'ProgrammeEdge',
  'ReportEdge',
  'FrameworkEdge',
  'SDGEdge',
  'MetricEdge',
  'StandardHolderEdge',
  'AllianceMemberEdge',
];

export function buildResolvers(): Resolvers {
  return {
    Query: { ...entityQueries, ...crossCompanyQueries, ...metricSeriesQueries, ...searchQueries },
    Mutation: curationMutations,
    Company: peerResolvers,
    ...Object.fromEntries(CONNECTIONS.map((t) => [t, connectionResolvers])),
    ...Object.fromEntries(EDGES.map((t) => [t, edgeResolvers])),
  } as Resolvers;
}

/**
 * Objects projected by Cypher are keyed by response key (alias) and carry `__typename`; objects built
 * in TypeScript are keyed by field name. Reading by alias is what lets one selection ask for the same
 * field twice with different arguments.
 */
export const aliasAwareFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _ctx, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const record = source as Record<string, unknown>;
  const key = '__typename' in record ? info.path.key : info.fieldName;
  const value = record[key];
  return typeof value === 'function' ? undefined : value;
};
