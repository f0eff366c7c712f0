import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type {
  EvidenceInput,
  MutationUpsertCertificationArgs,
  MutationUpsertCompanyArgs,
  MutationUpsertMembershipArgs,
  MutationUpsertProgrammeArgs,
} from '../../generated/graphql';
import { REPORTS_DIR, readReportLines } from '../../ingest/facts/files';
import { locateQuote } from '../../ingest/facts/verify';
import { withIntegers } from '../../ingest/load/integers';
import { searchText } from '../../ingest/load/node-props';
import { toSimplified } from '../../ingest/resolve/chinese';
import { boundedText, slug, year } from '../../model/values';
import { argument, optionalArgument } from '../arguments';
import { statement, type Planning } from '../compile/context';
import { entityOf, relationshipOf } from '../compile/shape';
import { apiError, notFound, unauthenticated, userError } from '../errors';
import { onlyRow, planner, type Check, type Plan } from '../plan';

/**
 * Curation writes: each checks its arguments, then (in one write transaction) the nodes it needs and
 * its evidence, then writes and projects the result. Whether the request may write at all is the
 * resolver's business (write.ts), before anything is planned.
 */

const MAX_EVIDENCE = 20;
const evidenceLine = z.number().int().positive('must be a positive line number');
const evidenceQuote = z.string().min(2, 'must be 2 to 600 characters').max(600, 'must be 2 to 600 characters');

/** The node must exist with this label. */
function requireNode(p: Planning, label: string, id: string): Check {
  return {
    statement: statement(p, (cx) => `MATCH (n:Entity {id: ${cx.names.param(id)}}) RETURN labels(n) AS result`),
    verify: (rows) => {
      const labels = rows[0];
      if (!Array.isArray(labels) || !labels.includes(label)) throw notFound(label, id);
    },
  };
}

/** No node of another label may have the id. */
function requireFreeId(p: Planning, label: string, id: string): Check {
  return {
    statement: statement(p, (cx) => `MATCH (n:Entity {id: ${cx.names.param(id)}}) WHERE NOT n:${label} RETURN labels(n) AS result`),
    verify: (rows) => {
      if (rows.length > 0) throw userError(`id "${id}" is already used by a ${String(rows[0])} node`);
    },
  };
}

/** Evidence must cite a loaded report and quote it verbatim at (or within a few lines of) the line. */
function checkEvidence(p: Planning, evidence: readonly EvidenceInput[]): Check[] {
  if (evidence.length === 0) throw userError('evidence must have at least one item');
  if (evidence.length > MAX_EVIDENCE) throw userError(`evidence may have at most ${MAX_EVIDENCE} items`);
  evidence.forEach((e, i) => {
    argument(evidenceLine, e.line, `evidence[${i}].line`);
    argument(evidenceQuote, e.quote, `evidence[${i}].quote`);
  });
  return evidence.map((e, i) => ({
    statement: statement(p, (cx) => `MATCH (r:Report {id: ${cx.names.param(e.report)}}) RETURN r.sourceFile AS result`),
    verify: (rows) => {
      const file = rows[0];
      if (typeof file !== 'string') throw notFound('Report', e.report);
      if (existsSync(join(REPORTS_DIR, file)) && locateQuote(readReportLines(file), e) === undefined) {
        throw userError(`evidence[${i}].quote is not found verbatim near line ${e.line} of ${file}`);
      }
    },
  }));
}

const evidenceProps = (evidence: readonly EvidenceInput[]) => ({
  evidenceReports: evidence.map((e) => e.report),
  evidenceLines: evidence.map((e) => e.line),
  evidenceQuotes: evidence.map((e) => e.quote),
});

const write = (checks: Check[], p: Planning, cypher: Parameters<typeof statement>[1]): Plan => ({ checks, statement: statement(p, cypher), answer: onlyRow, write: true });

export const curationPlanners = [
  planner<MutationUpsertCompanyArgs>('Mutation', 'upsertCompany', (_root, { input }, tree, p) => {
    argument(slug, input.id, 'input.id');
    argument(boundedText(200), input.name, 'input.name');
    optionalArgument(boundedText(200), input.nameZh, 'input.nameZh');
    optionalArgument(year, input.founded, 'input.founded');
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
    return write([requireFreeId(p, 'Company', input.id)], p, (cx) =>
      `MERGE (n:Company:Entity {id: ${cx.names.param(input.id)}}) SET n += ${cx.names.param(withIntegers(props))} RETURN ${entityOf(cx, 'Company', 'n', tree)} AS result`,
    );
  }),

  planner<MutationUpsertCertificationArgs>('Mutation', 'upsertCertification', (_root, { input }, tree, p) => {
    optionalArgument(boundedText(200), input.holder, 'input.holder');
    optionalArgument(boundedText(50), input.version, 'input.version');
    optionalArgument(year, input.year, 'input.year');
    if ((input.holderKind ?? 'GROUP') !== 'GROUP' && !input.holder) throw userError('input.holder is required when holderKind is not GROUP');
    const checks = [requireNode(p, 'Company', input.company), requireNode(p, 'Standard', input.standard), ...checkEvidence(p, input.evidence)];
    const props = { version: input.version ?? null, holder: input.holder ?? null, holderKind: input.holderKind ?? 'GROUP', year: input.year ?? null, ...evidenceProps(input.evidence) };
    return write(checks, p, (cx) => {
      const ends = `MATCH (co:Company {id: ${cx.names.param(input.company)}}), (s:Standard {id: ${cx.names.param(input.standard)}})`;
      const merge = `MERGE (co)-[r:HOLDS_CERTIFICATION {curated: true, holderKey: ${cx.names.param(input.holder ?? '')}}]->(s) SET r += ${cx.names.param(withIntegers(props))}`;
      return `${ends} ${merge} RETURN ${relationshipOf(cx, 'Certification', 'r', tree, { from: 'co', to: 's' })} AS result`;
    });
  }),

  planner<MutationUpsertMembershipArgs>('Mutation', 'upsertMembership', (_root, { input }, tree, p) => {
    optionalArgument(year, input.since, 'input.since');
    const checks = [requireNode(p, 'Company', input.company), requireNode(p, 'Alliance', input.alliance), ...checkEvidence(p, input.evidence)];
    const props = { since: input.since ?? null, ...evidenceProps(input.evidence) };
    return write(checks, p, (cx) => {
      const ends = `MATCH (co:Company {id: ${cx.names.param(input.company)}}), (a:Alliance {id: ${cx.names.param(input.alliance)}})`;
      const merge = `MERGE (co)-[r:MEMBER_OF {curated: true, role: ${cx.names.param(input.role)}}]->(a) SET r += ${cx.names.param(withIntegers(props))}`;
      return `${ends} ${merge} RETURN ${relationshipOf(cx, 'Membership', 'r', tree, { from: 'co', to: 'a' })} AS result`;
    });
  }),

  planner<MutationUpsertProgrammeArgs>('Mutation', 'upsertProgramme', (_root, { input }, tree, p) => {
    argument(slug, input.id, 'input.id');
    argument(boundedText(200), input.name, 'input.name');
    optionalArgument(boundedText(200), input.nameZh, 'input.nameZh');
    optionalArgument(boundedText(2000), input.description, 'input.description');
    optionalArgument(year, input.startYear, 'input.startYear');
    const checks = [requireNode(p, 'Company', input.company), requireFreeId(p, 'Programme', input.id), ...checkEvidence(p, input.evidence)];
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
    return write(checks, p, (cx) => {
      const company = `MATCH (co:Company {id: ${cx.names.param(input.company)}})`;
      const node = `MERGE (n:Programme:Entity {id: ${cx.names.param(input.id)}}) SET n += ${cx.names.param(withIntegers(props))}`;
      const runs = `MERGE (co)-[r:RUNS {curated: true}]->(n) SET r += ${cx.names.param(withIntegers(evidenceProps(input.evidence)))}`;
      return `${company} ${node} ${runs} RETURN ${entityOf(cx, 'Programme', 'n', tree)} AS result`;
    });
  }),
];

/** Curation writes need a configured token and a request that presents it. */
export function requireCurator(configured: boolean, presented: boolean): void {
  if (!configured) throw apiError('FORBIDDEN', 'curation mutations are disabled: the server has no CURATION_TOKEN configured');
  if (!presented) throw unauthenticated('curation mutations need the header "Authorization: Bearer <curation token>"');
}
