import { existsSync, readFileSync, rmSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { choosePort, localPassword, localStatus, portOpen, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/instance';

/** A throwaway instance of its own, so stopping it disturbs no other suite. */
const home = '.neo4j/test-tmp/lifecycle';
let port: number;
let options: { home: string; port: number; heap: string; pageCache: string };

beforeAll(async () => {
  port = process.env.TEST_NEO4J_LIFECYCLE_PORT ? Number(process.env.TEST_NEO4J_LIFECYCLE_PORT) : await choosePort(home, 7690);
  options = { home, port, heap: '512m', pageCache: '64m' };
});

async function query<T>(cypher: string): Promise<T[]> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', localPassword(home)), { disableLosslessIntegers: true });
  try {
    const result = await driver.executeQuery(cypher);
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

afterAll(async () => {
  await stopLocalNeo4j(options).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
});

describe('the local Neo4j', () => {
  it('starts, is a no-op when already up, keeps data across a clean stop/start, and recovers nothing', async () => {
    rmSync(home, { recursive: true, force: true });
    const first = await startLocalNeo4j(options);
    expect(first.alreadyRunning).toBe(false);
    expect(first.agent).toMatch(/^Neo4j\/5\.26\./);
    expect((await localStatus(options)).running).toBe(true);
    expect((await startLocalNeo4j(options)).alreadyRunning).toBe(true);

    const [edition] = await query<{ edition: string }>('CALL dbms.components() YIELD edition RETURN edition');
    expect(edition?.edition).toBe('community');
    await query("CREATE (:Probe {value: 'kept'})");

    const stopped = await stopLocalNeo4j(options);
    expect(stopped.wasRunning).toBe(true);
    expect(await portOpen(port)).toBe(false);
    expect(readFileSync(join(home, 'logs', 'console.log'), 'utf8')).toContain('local-neo4j: stopped cleanly');

    await startLocalNeo4j(options);
    expect(await query<{ value: string }>('MATCH (p:Probe) RETURN p.value AS value')).toEqual([{ value: 'kept' }]);
    const debugLog = join(home, 'logs', 'debug.log');
    expect(existsSync(debugLog)).toBe(true);
    expect(readFileSync(debugLog, 'utf8')).not.toMatch(/Recovery completed|needs recovery/i);
  }, 180_000);

  it('listens on 127.0.0.1 only', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const address of external) expect(await portOpen(port, address)).toBe(false);
    expect(await portOpen(port, '127.0.0.1')).toBe(true);
  });

  it('requires its password', async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'not-the-password'));
    await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await driver.close();
  });
});
