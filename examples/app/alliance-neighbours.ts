import { parseArgs } from 'node:util';
import { execute } from './client';
import {
  AllianceMembersCertificationsDocument,
  CompanyAlliancesDocument,
  type AllianceMembersCertificationsQuery,
  type MembershipRole,
} from './generated/graphql';

/**
 * A small app over the typed client: from a company to the alliances it sits in, to the other members
 * of each, to the standards those members hold, and which of them the company does not hold.
 *
 *   npx tsx examples/app/alliance-neighbours.ts sensetime [--url http://127.0.0.1:4000/graphql] [--json]
 *
 * Two operations of examples/operations, typed by GraphQL Code Generator's client preset into
 * examples/app/generated (`npm run codegen`): CompanyAlliances, then AllianceMembersCertifications for
 * each alliance, page by page.
 */

export interface Neighbour {
  id: string;
  name: string;
  roles: MembershipRole[];
  standards: string[];
  /** Standards this member holds and the company does not. */
  notHeldByCompany: string[];
}

export interface AllianceNeighbours {
  alliance: { id: string; name: string; nameZh: string | null };
  role: MembershipRole;
  otherMembers: Neighbour[];
}

export interface Report {
  company: { id: string; name: string; standards: string[] };
  alliances: AllianceNeighbours[];
}

/** Members per request. */
const PAGE_SIZE = 50;

type MemberEdge = AllianceMembersCertificationsQuery['alliance']['members']['edges'][number];

/** Every member of an alliance, a page at a time: `after` the last page's endCursor while there is a next page. */
async function* membersOf(url: string, allianceId: string, pageSize: number): AsyncGenerator<MemberEdge> {
  let after: string | null = null;
  for (;;) {
    const page: AllianceMembersCertificationsQuery = await execute(url, AllianceMembersCertificationsDocument, { id: allianceId, first: pageSize, after });
    yield* page.alliance.members.edges;
    if (!page.alliance.members.pageInfo.hasNextPage) return;
    after = page.alliance.members.pageInfo.endCursor;
  }
}

export async function allianceNeighbours(url: string, companyId: string, pageSize = PAGE_SIZE): Promise<Report> {
  const { company } = await execute(url, CompanyAlliancesDocument, { id: companyId });
  const held = new Set(company.certifications.map((c) => c.standard.code));
  const alliances: AllianceNeighbours[] = [];
  for (const membership of company.memberships) {
    const otherMembers: Neighbour[] = [];
    for await (const edge of membersOf(url, membership.alliance.id, pageSize)) {
      if (edge.node.id === company.id) continue;
      const standards = [...new Set(edge.node.certifications.map((c) => c.standard.code))].sort();
      otherMembers.push({
        id: edge.node.id,
        name: edge.node.name,
        roles: edge.memberships.map((m) => m.role),
        standards,
        notHeldByCompany: standards.filter((code) => !held.has(code)),
      });
    }
    alliances.push({ alliance: membership.alliance, role: membership.role, otherMembers });
  }
  return { company: { id: company.id, name: company.name, standards: [...held].sort() }, alliances };
}

export function describe(report: Report): string {
  const lines = [`${report.company.name} holds ${report.company.standards.length} standards and sits in ${report.alliances.length} alliances.`];
  const shared = report.alliances.filter((a) => a.otherMembers.length > 0);
  for (const a of shared) {
    lines.push(`\n${a.alliance.name}${a.alliance.nameZh ? ` (${a.alliance.nameZh})` : ''}: ${report.company.name} is ${a.role}`);
    for (const m of a.otherMembers) {
      lines.push(`  ${m.name} (${m.roles.join(', ')}): ${m.standards.length > 0 ? m.standards.join(', ') : 'no certification recorded'}`);
      if (m.notHeldByCompany.length > 0) lines.push(`    holds what ${report.company.name} does not: ${m.notHeldByCompany.join(', ')}`);
    }
  }
  const alone = report.alliances.length - shared.length;
  if (alone > 0) lines.push(`\n${alone} of its alliances have no other member in the graph.`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const [companyId] = positionals;
  if (values.help || !companyId) {
    (values.help ? console.log : console.error)('usage: npx tsx examples/app/alliance-neighbours.ts <company-id> [--url URL] [--json]');
    return values.help ? 0 : 2;
  }
  const url = values.url ?? process.env.ESG_GRAPH_URL ?? 'http://127.0.0.1:4000/graphql';
  const report = await allianceNeighbours(url, companyId);
  console.log(values.json ? JSON.stringify(report, null, 2) : describe(report));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`error: ${(err as Error).message}`);
      process.exitCode = 1;
    },
  );
}
