import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Resolvers } from '../../generated/graphql';
import type { Registry } from '../../model/registry';
import type { RelVars } from '../../model/declare';
import type { Shape, ShapeOutline } from '../compile/shape';
import { resolveTree } from '../compile/selection';
import type { GraphQLContext } from '../context';
import type { FieldPlanner } from '../plan';
import { planning, runPlan } from '../run';
import { connectionTypes } from '../schema';
import { COMPARE_SHAPES, compareCompaniesPlanner } from './compare-companies';
import { connectionResolvers, edgeResolvers, pageInfoResolvers } from './connections';
import { COVERAGE_SHAPES, coveragePlanner } from './coverage';
import { curationPlanners, requireCurator } from './curation';
import { entityPlanners } from './entities';
import { METRIC_SERIES, metricSeriesPlanner } from './metric-series';
import { METRIC_CAVEAT, METRIC_POINT, METRIC_VALUE, metricValueResolvers } from './metric-values';
import { PATH, PATH_HOP, pathsPlanner } from './paths';
import { PEER, peersField, peersPlanner, SHARED_ITEM } from './peers';
import type { EntityFieldWriter } from '../model/model';
import { SEARCH_HIT, searchPlanner } from './search';

/** Every field answered by a statement of its own, and how to plan it. */
export function fieldPlanners(registry: Registry): FieldPlanner[] {
  return [...entityPlanners(registry), searchPlanner, peersPlanner, compareCompaniesPlanner, coveragePlanner, pathsPlanner, metricSeriesPlanner, ...curationPlanners];
}

/** Entity fields declared computed that are written inside the entity's projection (`Type.field`). */
export const COMPUTED: ReadonlyMap<string, EntityFieldWriter> = new Map([['Company.peers', peersField]]);

/** Types computed by hand-written statements (for the start-up check). */
export const SHAPES: readonly ShapeOutline[] = [SEARCH_HIT, PEER, SHARED_ITEM, ...COMPARE_SHAPES, ...COVERAGE_SHAPES, PATH, PATH_HOP, METRIC_SERIES, METRIC_POINT, METRIC_CAVEAT];

/** Fields of relationship objects computed from the relationship rather than read from a property. */
export const RELATIONSHIP_SHAPES: readonly Shape<RelVars>[] = [METRIC_VALUE];

type FieldResolver = GraphQLFieldResolver<unknown, GraphQLContext>;

/** The resolver map: planned fields run their plan; connections, edges and PageInfo are read from projected rows. */
export function buildResolvers(planners: readonly FieldPlanner[], schema: GraphQLSchema): Resolvers {
  const map: Record<string, Record<string, FieldResolver>> = {};
  const set = (type: string, field: string, resolve: FieldResolver) => {
    map[type] = { ...(map[type] ?? {}), [field]: resolve };
  };
  for (const { type, field, plan } of planners) {
    set(type, field, (parent, args, ctx, info) => {
      if (type === 'Mutation') requireCurator(Boolean(ctx.config.CURATION_TOKEN), ctx.curator);
      // A computed field its parent's statement has already answered (`company(id) { peers }`).
      if (parent !== null && typeof parent === 'object' && typeof info.path.key === 'string' && info.path.key in parent) {
        return (parent as Record<string, unknown>)[info.path.key];
      }
      return runPlan(ctx, plan(parent, args, resolveTree(info), planning(ctx)));
    });
  }
  for (const [connection, { edgeType }] of connectionTypes(schema)) {
    for (const [field, resolve] of Object.entries(connectionResolvers)) set(connection, field, resolve);
    for (const [field, resolve] of Object.entries(edgeResolvers)) set(edgeType, field, resolve as FieldResolver);
  }
  for (const [field, resolve] of Object.entries(pageInfoResolvers)) set('PageInfo', field, resolve as FieldResolver);
  for (const [type, resolvers] of Object.entries(metricValueResolvers)) {
    for (const [field, resolve] of Object.entries(resolvers)) set(type, field, resolve as FieldResolver);
  }
  // The map is assembled from the registry and the schema; the start-up check (buildApiModel) is what
  // holds it to the schema, field by field, which the generated types cannot do for a map built at run time.
  return map as Resolvers;
}

/** `Type.field` of every field the resolver map answers. */
export function resolvedFields(resolvers: Resolvers): Set<string> {
  return new Set(Object.entries(resolvers).flatMap(([type, fields]) => Object.keys(fields as object).map((f) => `${type}.${f}`)));
}

/**
 * Objects projected by Cypher are keyed by response key (alias); an object built in TypeScript is
 * keyed by field name. Reading by alias is what lets one selection ask for the same field twice with
 * different arguments. (Compiled execution reads them the same way: execute/complete.ts.)
 */
export const aliasAwareFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _ctx, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const record = source as Record<string, unknown>;
  const key = info.path.key;
  const value = typeof key === 'string' && key in record ? record[key] : record[info.fieldName];
  return typeof value === 'function' ? undefined : value;
};
