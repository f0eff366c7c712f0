import type { AddressInfo } from 'node:net';
import type { Config } from '../config';
import { connect } from '../db/connect';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { loadCatalog } from '../ingest/facts/catalog';
import { factsPaths, readValidFacts } from '../ingest/load-command';
import { syncDirectory } from '../ingest/load/sync';
import { createLogger, type Logger } from '../logger';
import { createApp } from './app';

/**
 * Loads the facts files that are new or changed since the graph last saw them (all of them into an
 * empty graph), and removes the reports whose facts file is gone.
 */
async function loadChangedFacts(config: Config, db: Database, logger: Logger): Promise<void> {
  if (!config.LOAD_ON_START) return;
  const started = Date.now();
  const files = readValidFacts(factsPaths([config.FACTS_DIR]));
  const { removed, loaded } = await syncDirectory(db, files, loadCatalog(), (r) =>
    logger.info({ report: r.report, nodes: r.nodes, relationships: r.relationships, ms: r.ms }, 'loaded source'),
  );
  if (removed.reports.length > 0) {
    logger.info({ reports: removed.reports, relationships: removed.relationships, nodes: removed.nodes, ms: removed.ms }, 'removed reports whose facts file is gone');
  }
  for (const c of removed.curated) {
    logger.warn({ type: c.type, from: c.from, to: c.to, reports: c.reports }, 'a curated fact cites a removed report: kept, with the report node');
  }
  const changed = loaded.length + removed.reports.length > 0;
  logger.info(
    { sources: files.length, loaded: loaded.length, removed: removed.reports.length, ms: Date.now() - started },
    changed ? 'dataset loaded' : 'dataset up to date',
  );
}

/** `serve`: Neo4j (local unless NEO4J_URI), migrations, the facts files that changed, then HTTP. */
export async function serveCommand(config: Config): Promise<number> {
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const connection = await connect(config, (line) => logger.info(line));
  await migrate(connection.db, undefined, (line) => logger.info(line));
  const app = await createApp(config, connection.db, logger);
  await new Promise<void>((resolve) => app.httpServer.listen(config.PORT, config.HOST, resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;

  app.readiness.markLoading(true);
  try {
    await loadChangedFacts(config, connection.db, logger);
  } finally {
    app.readiness.markLoading(false);
  }
  logger.info({ ms: Date.now() - started }, 'ready');
  console.log(
    config.NODE_ENV === 'production'
      ? `esg-graph serving ${url}/graphql`
      : `esg-graph ready: open ${url}/graphql for Apollo Sandbox (health ${url}/health, readiness ${url}/ready)`,
  );

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: draining requests');
      try {
        await app.stop();
        await connection.close();
        logger.info('stopped');
        resolve(0);
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'shutdown failed');
        resolve(1);
      }
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  });
}
