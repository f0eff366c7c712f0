import { benchConfig, openBenchDatabase } from '../neo4j';
import { createApp } from '../../src/server/app';
import { createLogger } from '../../src/logger';
import { benchQueryTimeoutMs, serveUntilStopped } from './child';

/** esg-graph as deployed: production mode (no introspection, no round-trip extension), default limits. */
async function main(): Promise<void> {
  const config = benchConfig({ NODE_ENV: 'production', QUERY_TIMEOUT_MS: String(benchQueryTimeoutMs()) });
  const db = openBenchDatabase(config, config.QUERY_TIMEOUT_MS);
  const app = await createApp(config, db, createLogger(config.LOG_LEVEL));
  await serveUntilStopped(app.httpServer, async () => {
    await app.stop();
    await db.close();
  });
}

void main();
