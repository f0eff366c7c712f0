import { allianceNeighbours, describe as describeReport } from '../../examples/app/alliance-neighbours';
import { execute, GraphQLRequestError } from '../../examples/app/client';
import { CompanyAlliancesDocument } from '../../examples/app/generated/graphql';
import { loadShippedDataset } from '../support/dataset';
import { apiOverDataset } from '../support/api';
import { runTs } from '../support/processes';

/**
 * examples/app, the typed client's example (operations typed by GraphQL Code Generator's client preset):
 * company → alliances → other members → their certifications, over the real API and the shipped
 * dataset, then over the dataset plus members written for this suite.
 */

const api = apiOverDataset();
const url = () => `${api.server().url}/graphql`;

/** Never called: tsc checks the lines below, so the generated types are real, not `any`. */
export function typesAreEnforced(): void {
  // @ts-expect-error the variable `id` is an ID (string), not a number
  void execute('', CompanyAlliancesDocument, { id: 42 });
  void execute('', CompanyAlliancesDocument, { id: 'sensetime' }).then(({ company }) => {
    // @ts-expect-error `founded` is not selected by CompanyAlliances
    void company.founded;
  });
}

const FIXTURE_MEMBERS = ['fixture-member-a', 'fixture-member-b', 'fixture-member-c'];

describe('examples/app over the shipped dataset', () => {
  it('finds the 13 alliances of SenseTime, none of which has another member in the dataset', async () => {
    const report = await allianceNeighbours(url(), 'sensetime');
    expect(report.company).toMatchObject({ id: 'sensetime', name: 'SenseTime Group Inc.' });
    expect(report.company.standards).toEqual(expect.arrayContaining(['ISO/IEC 27001', 'ISO 14001']));
    expect(report.alliances).toHaveLength(13);
    expect(report.alliances.flatMap((a) => a.otherMembers)).toEqual([]);
    expect(describeReport(report)).toContain('13 of its alliances have no other member in the graph.');
  });

  it('reports an unknown company as the API does: NOT_FOUND', async () => {
    await expect(allianceNeighbours(url(), 'no-such-company')).rejects.toMatchObject({ name: 'GraphQLRequestError', code: 'NOT_FOUND' });
    await expect(allianceNeighbours(url(), 'no-such-company')).rejects.toBeInstanceOf(GraphQLRequestError);
  });
});

describe('examples/app when other companies share an alliance', () => {
  beforeAll(async () => {
    // Three members of IEEE besides SenseTime; each holds ISO/IEC 27001 (SenseTime does too) and ISO 22301 (it does not).
    await api.db().write(
      `UNWIND $ids AS id
       MERGE (c:Entity:Company {id: id})
       SET c.name = 'Fixture ' + id, c.shortNames = [], c.aliases = [], c.tickers = []
       WITH c
       MATCH (ieee:Alliance {id: 'ieee'}), (a:Standard {id: 'iso-iec-27001'}), (b:Standard {id: 'iso-22301'})
       MERGE (c)-[m:MEMBER_OF]->(ieee) SET m.role = 'MEMBER', m.evidenceReports = [], m.evidenceLines = [], m.evidenceQuotes = []
       MERGE (c)-[h1:HOLDS_CERTIFICATION]->(a) SET h1.holderKind = 'GROUP', h1.evidenceReports = [], h1.evidenceLines = [], h1.evidenceQuotes = []
       MERGE (c)-[h2:HOLDS_CERTIFICATION]->(b) SET h2.holderKind = 'GROUP', h2.evidenceReports = [], h2.evidenceLines = [], h2.evidenceQuotes = []`,
      { ids: FIXTURE_MEMBERS },
    );
  });
  afterAll(async () => {
    // The fixture members are not part of the dataset later suites expect.
    await loadShippedDataset(api.db());
  });

  it('follows the alliance to every other member, page by page, with the standards SenseTime lacks', async () => {
    for (const pageSize of [1, 50]) {
      const report = await allianceNeighbours(url(), 'sensetime', pageSize);
      const ieee = report.alliances.find((a) => a.alliance.id === 'ieee')!;
      expect({ pageSize, members: ieee.otherMembers.map((m) => m.id).sort() }).toEqual({ pageSize, members: FIXTURE_MEMBERS });
      for (const member of ieee.otherMembers) {
        expect(member).toMatchObject({ roles: ['MEMBER'], standards: ['ISO 22301', 'ISO/IEC 27001'], notHeldByCompany: ['ISO 22301'] });
      }
      expect(report.alliances.filter((a) => a.alliance.id !== 'ieee').flatMap((a) => a.otherMembers)).toEqual([]);
    }
  });

  it('runs as a command line and prints what it found', async () => {
    const { code, stdout, stderr } = await runTs('examples/app/alliance-neighbours.ts', ['sensetime', '--url', url()]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('IEEE');
    expect(stdout).toMatch(/Fixture fixture-member-a \(MEMBER\): ISO 22301, ISO\/IEC 27001/);
    expect(stdout).toContain('holds what SenseTime Group Inc. does not: ISO 22301');
  });
});
