import type { Config } from '../config';
import { createLogger } from '../logger';
import { localOptions } from './commands';
import { Database } from './database';
import { connectionSettings, createDriver } from './driver';
import { startLocalNeo4j, stopLocalNeo4j } from './local/instance';

export interface Connection {
  db: Database;
  /** Stops what this connection started: closes the driver, and stops the local Neo4j if it started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the local Neo4j first when no URI is configured. Every transaction
 * carries `{app, command, pid}` as metadata, so `SHOW TRANSACTIONS` tells whose it is.
 */
export async function connect(
  config: Config,
  log: (line: string) => void = (l) => console.log(l),
  command = 'serve',
): Promise<Connection> {
  let startedLocal = false;
  if (config.localNeo4j) {
    const r = await startLocalNeo4j(localOptions(config, log));
    startedLocal = !r.alreadyRunning;
    if (startedLocal) log(`local Neo4j started on bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT} in ${(r.ms / 1000).toFixed(1)}s`);
  }
  const settings = connectionSettings(config);
  const db = new Database(createDriver(settings, config), {
    database: settings.database,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    log: createLogger(config.LOG_LEVEL),
    metadata: { app: 'esg-graph', command, pid: process.pid },
  });
  return {
    db,
    async close() {
      await db.close();
      if (startedLocal) await stopLocalNeo4j(localOptions(config, log));
    },
  };
}
