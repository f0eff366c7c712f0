import { isRetryableError, Neo4jError, type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { createLogger } from '../logger';
import { localOptions } from './commands';
import { Database } from './database';
import { connectionSettings, createDriver, type ConnectionSettings } from './driver';
import { startLocalNeo4j, stopLocalNeo4j } from './local/instance';

export interface Connection {
  db: Database;
  /** Stops what this connection started: closes the driver, and stops the local Neo4j if it started it. */
  close(): Promise<void>;
}

/** Neo4j cannot be used as configured; the message is one line that names the setting to change. */
export class ConnectionError extends Error {
  override name = 'ConnectionError';
}

/**
 * Connects to NEO4J_URI, or starts the local Neo4j first when no URI is configured, and checks within
 * CONNECTION_TIMEOUT_MS that Neo4j answers and accepts the credentials. On failure, a local Neo4j this
 * call started is stopped again. Every transaction carries `{app, command, pid}` as metadata, so
 * `SHOW TRANSACTIONS` tells whose it is.
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
  const driver = createDriver(settings, config);
  const stopStarted = async () => {
    if (startedLocal) await stopLocalNeo4j(localOptions(config, log));
  };
  try {
    await verify(driver, settings, config);
  } catch (err) {
    await driver.close().catch(() => undefined);
    await stopStarted();
    throw err;
  }
  const db = new Database(driver, {
    database: settings.database,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    log: createLogger(config.LOG_LEVEL),
    metadata: { app: 'esg-graph', command, pid: process.pid },
  });
  return {
    db,
    async close() {
      await db.close();
      await stopStarted();
    },
  };
}

/** One round trip that needs a connection and a login, bounded by CONNECTION_TIMEOUT_MS whatever the driver retries. */
async function verify(driver: Driver, settings: ConnectionSettings, config: Config): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), config.CONNECTION_TIMEOUT_MS);
  });
  try {
    await Promise.race([driver.getServerInfo({ database: settings.database }), timeout]);
  } catch (err) {
    throw connectionProblem(err, settings, config);
  } finally {
    clearTimeout(timer);
  }
}

/** A driver failure as one line naming the variable to change. */
export function connectionProblem(err: unknown, settings: ConnectionSettings, config: Pick<Config, 'localNeo4j' | 'CONNECTION_TIMEOUT_MS' | 'NEO4J_LOCAL_HOME'>): ConnectionError {
  const code = err instanceof Neo4jError ? err.code : '';
  const where = config.localNeo4j ? `the local Neo4j (${settings.uri})` : `Neo4j at ${settings.uri}`;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    const rateLimited = code.endsWith('AuthenticationRateLimit') ? ' (too many failed attempts: wait a few seconds)' : '';
    return new ConnectionError(
      config.localNeo4j
        ? `${where} refused the password${rateLimited}: NEO4J_PASSWORD, when set, must be the one the local store was created with (else ${config.NEO4J_LOCAL_HOME}/password is used)`
        : `${where} refused user "${settings.user}" with the password given${rateLimited}: check NEO4J_PASSWORD (and NEO4J_USER)`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ConnectionError(`${where} has no database "${settings.database}": check NEO4J_DATABASE`);
  }
  const timedOut = (err as Error)?.message === 'timeout';
  if (err instanceof Error && (timedOut || isRetryableError(err) || code === 'ServiceUnavailable' || code === 'SessionExpired')) {
    const reason = timedOut ? `no answer within ${config.CONNECTION_TIMEOUT_MS} ms` : unreachableReason(err);
    return new ConnectionError(
      config.localNeo4j
        ? `cannot reach ${where}: ${reason}; see ${config.NEO4J_LOCAL_HOME}/logs, or restart it with npm run db:stop && npm run db:start`
        : `cannot reach ${where}: ${reason}; check NEO4J_URI (unset it to use the local Neo4j)${timedOut ? ', or raise CONNECTION_TIMEOUT_MS' : ''}`,
    );
  }
  const detail = err instanceof Error ? (err.message.split('\n')[0] ?? err.name) : String(err);
  return new ConnectionError(`${where} could not be used: ${detail}${config.localNeo4j ? '' : '; check NEO4J_URI and NEO4J_PASSWORD'}`);
}

/** The driver's long ServiceUnavailable message, reduced to its cause. */
function unreachableReason(err: unknown): string {
  const text = err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}` : String(err);
  if (/ECONNREFUSED/.test(text)) return 'connection refused (nothing listens there)';
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return 'unknown host';
  if (/ETIMEDOUT|timed out|timeout/i.test(text)) return 'no answer (timed out)';
  if (/ECONNRESET|EPIPE|closed/i.test(text)) return 'the connection was closed (is it a Bolt port?)';
  if (/certificate|SSL|TLS/i.test(text)) return 'TLS failed (neo4j+s:// or bolt+s:// needs a valid certificate)';
  return (err instanceof Error ? err.message.split('\n')[0] : String(err)) ?? 'unreachable';
}
