import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { EvidenceInput, MutationResolvers } from '../../generated/graphql';
import { REPORTS_DIR, readReportLines } from '../../ingest/facts/files';
import { locateQuote } from '../../ingest/facts/verify';
import { toSimplified } from '../../ingest/resolve/chinese';
import { searchText } from '../../ingest/load/node-props';
import { SLUG } from '../../ingest/facts/schema';
import { Compiler } from '../compile/compiler';
import { objectOf, entityOf } from '../compile/shape';
import type { GraphQLContext } from '../context';
import { databaseError, notFound, unauthenticated, userError } from '../errors';
import { limitsOf, resolveTree } from '../execute';
import { projectionModel as model } from '../model';
import type { NodeRow } from '../rows';

/** Curation writes need a configured token and a request that presents it. */
function requireCurator(ctx: GraphQLContext): void {
  if (!ctx.config.CURATION_TOKEN) {
    throw new GraphQLError('curation mutations are disabled: the server has no CURATION_TOKEN configured', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  if (!ctx.curator) throw unauthenticated('curation mutations need the header "Authorization: Bearer <curation token>"');
}

function checkSlug(value: string, argument: string): void {
  if (!SLUG.test(value) || value.length > 100) throw userError(`${argument} must be a slug: lowercase a-z, 0-9 and single hyphens`);
}

function checkYear(value: number | null | undefined, argument: string): void {
  if (value !== null && value !== undefined && (value < 1900 || value > 2100)) throw userError(`${argument} must be a year between 1900 and 2100`);
}

function checkText(value: string | null | undefined, argument: string, max = 300): void {
  if (value !== null && value !== undefined && (value.trim().length === 0 || value.length > max)) {
    throw userError(`${argument} must be 1 to ${max} characters`);
  }
}

/** Evidence must cite a loaded report and quote it verbatim at (or within a few lines of) the line. */
async function checkEvidence(tx: ManagedTransaction, evidence: readonly EvidenceInput[]): Promise<void> {
  if (evidence.length === 0) throw userError('evidence must have at least one item');
  if (evidence.length > 20) throw userError('evidence may have at most 20 items');
  for (const [i, e] of evidence.entries()) {
    if (!Number.isInteger(e.line) || e.line < 1) throw userError(`evidence[${i}].line must be a positive line number`);
    if (e.quote.length < 2 || e.quote.length > 600) throw userError(`evidence[${i}].quote must be 2 to 600 characters`);
    const found = await tx.run('MATCH (r:Report {id: $id}) RETURN r.sourceFile AS file', { id: e.report });
    const file = found.records[0]?.get('file') as string | undefined;
    if (!file) throw notFound('Report', e.report);
    if (existsSync(join(REPORTS_DIR, file)) && locateQuote(readReportLines(file), e) === undefined) {
      throw userError(`evidence[${i}].quote is not found verbatim near line ${e.line} of ${file}`);
    }
  }
}

async function requireNode(tx: ManagedTransaction, label: string, id: string): Promise<void> {
  const found = await tx.run('MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels', { id });
  const labels = found.records[0]?.get('labels') as string[] | undefined;
  if (!labels || !labels.includes(label)) throw notFound(label, id);
}

const evidenceProps = (evidence: readonly EvidenceInput[]) => ({
  evidenceReports: evidence.map((e) => e.report),
  evidenceLines: evidence.map((e) => e.line),
  evidenceQuotes: evidence.map((e) => e.quote),
});

/** Runs a curation write and the projection of its result in one transaction. */
async function curate<T>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  prepare: (tx: ManagedTransaction, c: Compiler, tree: ResolveTree) => Promise<string>,
): Promise<T> {
  requireCurator(ctx);
  const c = new Compiler(limitsOf(ctx));
  const tree = resolveTree(info);
  try {
    return await ctx.db.writeTransaction(async (tx) => {
      const statement = await prepare(tx, c, tree);
      ctx.queries.onQuery(statement);
      const result = await tx.run(statement, c.params);
      return result.records[0]?.get('result') as T;
    });
  } catch (err) {
    throw databaseError(err);
  }
}

export const curationMutations: MutationResolvers = {
  upsertCompany: (_root, { input }, ctx, info) =>
    curate<NodeRow>(ctx, info, async (tx, c, tree) => {
      checkSlug(input.id, 'input.id');
      checkText(input.name, 'input.name', 200);
      checkText(input.nameZh, 'input.nameZh', 200);
      checkYear(input.founded, 'input.founded');
      const clash = await tx.run('MATCH (n:Entity {id: $id}) WHERE NOT n:Company RETURN labels(n) AS labels', { id: input.id });
      if (clash.records.length > 0) throw userError(`id "${input.id}" is already used by a ${String(clash.records[0]!.get('labels'))} node`);
      const props = {
        name: input.name,
        nameZh: input.nameZh ?? null,
        nameZhHans: input.nameZh ? toSimplified(input.nameZh) : null,
        shortNames: input.shortNames ?? [],
        tickers: input.tickers ?? [],
        headquarters: input.headquarters ?? null,
        founded: input.founded ?? null,
        industry: input.industry ?? null,
        website: input.website ?? null,
        searchText: searchText([input.name, input.nameZh ?? undefined, ...(input.shortNames ?? []), ...(input.tickers ?? [])]),
        curated: true,
      };
      return (
          `MERGE (n:Company:Entity {id: ${c.param(input.id)}}) SET n += ${c.param(props)} ` +
          `RETURN ${entityOf(model, c, 'Company', 'n', tree)} AS result`
      );
    }),

  upsertCertification: (_root, { input }, ctx, info) =>
    curate(ctx, info, async (tx, c, tree) => {
      checkText(input.holder, 'input.holder', 200);
      checkText(input.version, 'input.version', 50);
      checkYear(input.year, 'input.year');
      if ((input.holderKind ?? 'GROUP') !== 'GROUP' && !input.holder) throw userError('input.holder is required when holderKind is not GROUP');
      await requireNode(tx, 'Company', input.company);
      await requireNode(tx, 'Standard', input.standard);
      await checkEvidence(tx, input.evidence);
      const props = {
        version: input.version ?? null,
        holder: input.holder ?? null,
        holderKind: input.holderKind ?? 'GROUP',
        year: input.year ?? null,
        ...evidenceProps(input.evidence),
      };
      return (
          `MATCH (co:Company {id: ${c.param(input.company)}}), (s:Standard {id: ${c.param(input.standard)}}) ` +
          `MERGE (co)-[r:HOLDS_CERTIFICATION {curated: true, holderKey: ${c.param(input.holder ?? '')}}]->(s) SET r += ${c.param(props)} ` +
          `RETURN ${objectOf(model, c, 'Certification', { r: 'r', company: 'co', standard: 's' }, tree)} AS result`
      );
    }),

  upsertMembership: (_root, { input }, ctx, info) =>
    curate(ctx, info, async (tx, c, tree) => {
      checkYear(input.since, 'input.since');
      await requireNode(tx, 'Company', input.company);
      await requireNode(tx, 'Alliance', input.alliance);
      await checkEvidence(tx, input.evidence);
      const props = { since: input.since ?? null, ...evidenceProps(input.evidence) };
      return (
          `MATCH (co:Company {id: ${c.param(input.company)}}), (a:Alliance {id: ${c.param(input.alliance)}}) ` +
          `MERGE (co)-[r:MEMBER_OF {curated: true, role: ${c.param(input.role)}}]->(a) SET r += ${c.param(props)} ` +
          `RETURN ${objectOf(model, c, 'Membership', { r: 'r', company: 'co', alliance: 'a' }, tree)} AS result`
      );
    }),

  upsertProgramme: (_root, { input }, ctx, info) =>
    curate<NodeRow>(ctx, info, async (tx, c, tree) => {
      checkSlug(input.id, 'input.id');
      checkText(input.name, 'input.name', 200);
      checkText(input.nameZh, 'input.nameZh', 200);
      checkText(input.description, 'input.description', 2000);
      checkYear(input.startYear, 'input.startYear');
      await requireNode(tx, 'Company', input.company);
      const clash = await tx.run('MATCH (n:Entity {id: $id}) WHERE NOT n:Programme RETURN labels(n) AS labels', { id: input.id });
      if (clash.records.length > 0) throw userError(`id "${input.id}" is already used by a ${String(clash.records[0]!.get('labels'))} node`);
      await checkEvidence(tx, input.evidence);
      const props = {
        name: input.name,
        nameZh: input.nameZh ?? null,
        nameZhHans: input.nameZh ? toSimplified(input.nameZh) : null,
        kind: input.kind,
        description: input.description ?? null,
        startYear: input.startYear ?? null,
        searchText: searchText([input.name, input.nameZh ?? undefined, input.description ?? undefined]),
        curated: true,
      };
      return (
          `MATCH (co:Company {id: ${c.param(input.company)}}) ` +
          `MERGE (n:Programme:Entity {id: ${c.param(input.id)}}) SET n += ${c.param(props)} ` +
          `MERGE (co)-[r:RUNS {curated: true}]->(n) SET r += ${c.param(evidenceProps(input.evidence))} ` +
          `RETURN ${entityOf(model, c, 'Programme', 'n', tree)} AS result`
      );
    }),
};
