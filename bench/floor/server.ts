import http from 'node:http';
import { connectionSettings, createDriver } from '../../src/db/driver';
import { benchConfig } from '../neo4j';
import { benchQueryTimeoutMs, serveUntilStopped } from '../servers/child';
import { floorQueries, runFloorQuery } from './handlers';

const MAX_BODY_BYTES = 1024 * 1024;

/** The floor's HTTP side: `POST /<query name>` with the variables as JSON, the data as JSON back. */
async function main(): Promise<void> {
  const config = benchConfig({ NODE_ENV: 'production' });
  const driver = createDriver(connectionSettings(config), config);
  const timeoutMs = benchQueryTimeoutMs();
  const server = http.createServer((req, res) => {
    const query = floorQueries[(req.url ?? '').slice(1)];
    if (req.method !== 'POST' || !query) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      let variables: Record<string, unknown>;
      try {
        variables = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        res.writeHead(400).end();
        return;
      }
      runFloorQuery(driver, query, variables, timeoutMs).then(
        (data) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
        },
        (err: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(err) }] }));
        },
      );
    });
  });
  await serveUntilStopped(server, () => driver.close());
}

void main();
