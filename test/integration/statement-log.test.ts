import type { StatementLog } from '../../src/db/database';
import { STATISTICS_MARK } from '../../src/graphql/cost/statistics';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { startTestServer } from '../support/server';

/** LOG_LEVEL=debug shows every statement sent to Neo4j with its parameters. */

function capture(level: 'debug' | 'info') {
  const lines: { cypher: string; params: unknown }[] = [];
  const log: StatementLog = {
    isLevelEnabled: (l) => l === level || (level === 'debug' && l !== 'trace'),
    debug: (details) => lines.push(details as { cypher: string; params: unknown }),
  };
  return { lines, log };
}

describe('the statement log', () => {
  it('records each statement of a GraphQL request with its parameters', async () => {
    const { lines, log } = capture('debug');
    const db = openTestDatabase(testConfig(), log);
    const server = await startTestServer(testConfig(), db);
    try {
      await server.gql('query($id: ID!) { company(id: $id) { id name } }', { id: 'no-such-company' });
      // The cost estimate's graph statistics are read in the background, not by the request.
      expect(lines.filter((l) => !l.cypher.startsWith(STATISTICS_MARK))).toEqual([
        {
          cypher: 'MATCH (n:Company {id: $p0}) RETURN {`id`: n.id, `name`: n.name} AS result LIMIT 1',
          params: { p0: 'no-such-company' },
        },
      ]);
    } finally {
      await server.close();
      await db.close();
    }
  });

  it('records statements inside write transactions, with long lists cut', async () => {
    const { lines, log } = capture('debug');
    const db = openTestDatabase(testConfig(), log);
    try {
      const ids = Array.from({ length: 50 }, (_, i) => `id-${i}`);
      await db.writeTransaction((tx) => tx.run('UNWIND $ids AS id RETURN count(id) AS n', { ids }));
      expect(lines).toHaveLength(1);
      expect(lines[0]?.cypher).toBe('UNWIND $ids AS id RETURN count(id) AS n');
      expect(lines[0]?.params).toEqual({ ids: [...ids.slice(0, 20), '… (50 items)'] });
    } finally {
      await db.close();
    }
  });

  it('records nothing above debug level', async () => {
    const { lines, log } = capture('info');
    const db = openTestDatabase(testConfig(), log);
    try {
      await db.read('RETURN $x AS x', { x: 1 });
      expect(lines).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
