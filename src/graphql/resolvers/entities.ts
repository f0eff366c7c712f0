import type { QueryResolvers } from '../../generated/graphql';
import { standardKey } from '../../ingest/resolve/standards';
import { userError } from '../errors';
import { fetchConnection, fetchEntity, fetchNodes } from '../execute';

/** By-id lookups and root connections of every entity type. */
export const entityQueries: QueryResolvers = {
  node: async (_root, { id }, ctx, info) => (await fetchNodes(ctx, info, [id]))[0] ?? null,
  nodes: async (_root, { ids }, ctx, info) => {
    if (ids.length > ctx.config.MAX_PAGE_SIZE) throw userError(`ids may list at most ${ctx.config.MAX_PAGE_SIZE} ids`);
    return fetchNodes(ctx, info, ids);
  },

  company: (_root, { id }, ctx, info) => fetchEntity(ctx, info, 'Company', (c) => `MATCH (n:Company {id: ${c.param(id)}})`, id),
  companies: (_root, args, ctx, info) => fetchConnection(ctx, info, 'Company', args),

  standard: (_root, { id, code }, ctx, info) => {
    if ((id === undefined || id === null) === (code === undefined || code === null)) {
      throw userError('give exactly one of id or code');
    }
    if (id) return fetchEntity(ctx, info, 'Standard', (c) => `MATCH (n:Standard {id: ${c.param(id)}})`, id);
    const spelled = String(code);
    const keys = [standardKey(spelled), standardKey(spelled.replace(/\s*[-:]\s*(19|20)\d{2}\s*$/, ''))];
    return fetchEntity(
      ctx,
      info,
      'Standard',
      (c) => `MATCH (n:Standard) WHERE any(k IN ${c.param(keys)} WHERE k IN n.codeKeys) WITH n ORDER BY n.id`,
      code,
    );
  },
  standards: (_root, args, ctx, info) => fetchConnection(ctx, info, 'Standard', args, [{ field: 'code', direction: 'ASC' }]),

  alliance: (_root, { id }, ctx, info) => fetchEntity(ctx, info, 'Alliance', (c) => `MATCH (n:Alliance {id: ${c.param(id)}})`, id),
  alliances: (_root, args, ctx, info) => fetchConnection(ctx, info, 'Alliance', args),

  organization: (_root, { id }, ctx, info) =>
    fetchEntity(ctx, info, 'Organization', (c) => `MATCH (n:Organization {id: ${c.param(id)}})`, id),
  organizations: (_root, args, ctx, info) => fetchConnection(ctx, info, 'Organization', args),

  programme: (_root, { id }, ctx, info) => fetchEntity(ctx, info, 'Programme', (c) => `MATCH (n:Programme {id: ${c.param(id)}})`, id),
  programmes: (_root, args, ctx, info) => fetchConnection(ctx, info, 'Programme', args),

  report: (_root, { id }, ctx, info) => fetchEntity(ctx, info, 'Report', (c) => `MATCH (n:Report {id: ${c.param(id)}})`, id),
  reports: (_root, args, ctx, info) => fetchConnection(ctx, info, 'Report', args, [{ field: 'year', direction: 'DESC' }]),

  framework: (_root, { id }, ctx, info) => fetchEntity(ctx, info, 'Framework', (c) => `MATCH (n:Framework {id: ${c.param(id)}})`, id),
  frameworks: (_root, args, ctx, info) => fetchConnection(ctx, info, 'Framework', args),

  sdg: (_root, { number }, ctx, info) => {
    if (number < 1 || number > 17) throw userError('number must be between 1 and 17');
    return fetchEntity(ctx, info, 'SDG', (c) => `MATCH (n:SDG {number: ${c.param(number)}})`, number);
  },
  sdgs: (_root, args, ctx, info) => fetchConnection(ctx, info, 'SDG', args, [{ field: 'number', direction: 'ASC' }]),

  metric: (_root, { key }, ctx, info) => fetchEntity(ctx, info, 'Metric', (c) => `MATCH (n:Metric {key: ${c.param(key)}})`, key),
  metrics: (_root, args, ctx, info) => fetchConnection(ctx, info, 'Metric', args, [{ field: 'key', direction: 'ASC' }]),
};
