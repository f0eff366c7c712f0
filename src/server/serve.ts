import { createServer, type AddressInfo } from 'node:net';
import type http from 'node:http';
import { basename } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { command, failureLine, parseCommandLine, UsageError } from '../cli';
import type { Config } from '../config';
import { connect, type Connection } from '../db/connect';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { loadCatalog } from '../ingest/facts/catalog';
import { FactsFileError } from '../ingest/facts/read';
import { factsPaths, readValidFacts } from '../ingest/load-command';
import { syncDirectory } from '../ingest/load/sync';
import { createLogger, prettyLogs, type Logger } from '../logger';
import { createApp, type App } from './app';

export const SERVE_USAGE = `usage: npm start            (the compiled build: npm run build && npm run start:prod)

Starts the API: the local Neo4j (unless NEO4J_URI is set), pending migrations, the facts files of
FACTS_DIR that changed since the graph last loaded them, then HTTP on HOST:PORT (127.0.0.1:4000):
  /graphql    GraphQL; in a browser, Apollo Sandbox opened on a first query (outside production)
  /graphiql   GraphiQL from this server, works offline (outside production, or GRAPHIQL=true)
  /explore    the graph drawn around an entity, evidence on click
  /health     the process is alive;  /ready  Neo4j answers, schema applied, data loaded
SIGTERM or Ctrl+C drains requests, closes the driver and stops the Neo4j it started.

Settings come from the environment (PORT, HOST, NEO4J_URI, NEO4J_PASSWORD, NODE_ENV, CORS_ORIGINS,
LOG_LEVEL, ...): README.md, Configuration. A failed start stops what it started and prints one line
naming the cause and the setting to change.
  -h, --help   this text`;

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

/** Listens, turning a listen failure (port taken, no such address) into a rejection instead of an 'error' event. */
function listen(server: http.Server | ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Fails fast, before Neo4j is started, when HOST:PORT cannot be listened on. */
async function checkPortFree(config: Config): Promise<void> {
  if (config.PORT === 0) return;
  const probe = createServer();
  await listen(probe, config.PORT, config.HOST);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

/** The one line a failed start is reported in: the cause, and the setting to change. */
export function startFailure(err: unknown, config: Config): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  const at = `${config.HOST}:${config.PORT}`;
  if (code === 'EADDRINUSE') return `port ${config.PORT} on ${config.HOST} is in use by another process: stop it, or set PORT to a free port`;
  if (code === 'EACCES') return `not allowed to listen on ${at} (ports below 1024 need privileges): set PORT to 1024 or above`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `cannot listen on ${at}: ${config.HOST} is not an address of this machine; set HOST (127.0.0.1, or 0.0.0.0 for every interface)`;
  if (err instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated/.test(err.code)) {
    return `Neo4j did not finish a start-up statement (migrations, loading) within QUERY_TIMEOUT_MS (${config.QUERY_TIMEOUT_MS} ms), as happens on a busy machine: raise QUERY_TIMEOUT_MS, or start again`;
  }
  if (err instanceof FactsFileError) {
    const [first] = err.problems;
    const more = err.problems.length > 1 ? ` (and ${err.problems.length - 1} more)` : '';
    return `${basename(err.file)} in FACTS_DIR (${config.FACTS_DIR}) is not valid: ${first ? `${first.path || '(root)'}: ${first.message}` : 'see npm run facts:check'}${more}; fix it (npm run facts:check lists every problem), or set LOAD_ON_START=false`;
  }
  if (err instanceof UsageError && /no such file or directory/.test(err.message)) {
    return `FACTS_DIR ${config.FACTS_DIR} does not exist: set FACTS_DIR to the folder of the facts files, or LOAD_ON_START=false`;
  }
  return failureLine(err);
}

/** What to open, printed once the API is ready. */
function readyLine(config: Config, url: string): string {
  if (config.NODE_ENV === 'production') return `esg-graph serving ${url}/graphql${config.graphiql ? ` (GraphiQL at ${url}/graphiql)` : ''}`;
  return [
    'esg-graph ready:',
    `  ${url}/graphql    Apollo Sandbox, opened on a first query`,
    ...(config.graphiql ? [`  ${url}/graphiql   GraphiQL, served from here (no network needed)`] : []),
    `  ${url}/explore    the graph around an entity, evidence on click`,
    `  ${url}/health, ${url}/ready`,
  ].join('\n');
}

/** `serve`: Neo4j (local unless NEO4J_URI), migrations, the facts files that changed, then HTTP. */
export const serveCommand = command(SERVE_USAGE, async (config: Config, args: readonly string[]) => {
  const { positionals } = parseCommandLine(args, {});
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const logger = createLogger(config.LOG_LEVEL, 'esg-graph', { pretty: prettyLogs(config) });
  const started = Date.now();

  // A signal during the start stops it after the step in progress, and what was started is stopped.
  let signalled: NodeJS.Signals | undefined;
  let onSignal = (signal: NodeJS.Signals) => {
    signalled = signal;
  };
  const handler = (signal: NodeJS.Signals) => onSignal(signal);
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
  const step = <T>(value: T): T => {
    if (signalled) throw new Error(`stopped by ${signalled} during the start`);
    return value;
  };

  let connection: Connection | undefined;
  let app: App | undefined;
  let url: string;
  try {
    await checkPortFree(config);
    connection = step(await connect(config, (line) => logger.info(line)));
    step(await migrate(connection.db, undefined, (line) => logger.info(line)));
    app = await createApp(config, connection.db, logger);
    await listen(app.httpServer, config.PORT, config.HOST);
    const { port } = app.httpServer.address() as AddressInfo;
    url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    app.readiness.markLoading(true);
    try {
      step(await loadChangedFacts(config, connection.db, logger));
    } finally {
      app.readiness.markLoading(false);
    }
  } catch (err) {
    logger.debug({ err }, 'start failed');
    await app?.stop().catch(() => undefined);
    await connection?.close().catch((e: unknown) => logger.error({ err: failureLine(e) }, 'could not stop what the start started'));
    process.off('SIGTERM', handler);
    process.off('SIGINT', handler);
    console.error(`esg-graph could not start: ${startFailure(err, config)}`);
    return 1;
  }
  logger.info({ ms: Date.now() - started }, 'ready');
  console.log(readyLine(config, url));

  const running = app;
  const open = connection;
  return new Promise<number>((resolve) => {
    let stopping = false;
    onSignal = (signal) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: draining requests');
      void (async () => {
        try {
          await running.stop();
          await open.close();
          logger.info('stopped');
          resolve(0);
        } catch (err) {
          logger.error({ err: (err as Error).message }, 'shutdown failed');
          resolve(1);
        }
      })();
    };
  });
});
