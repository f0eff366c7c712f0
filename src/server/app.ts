import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { GraphQLContext } from '../graphql/context';
import { costLimit } from '../graphql/cost/plugin';
import { StatisticsCache } from '../graphql/cost/statistics';
import { formatError } from '../graphql/format-error';
import { armor, MAX_TOKENS } from '../graphql/limits';
import { createApi } from '../graphql/api';
import { aliasAwareFieldResolver } from '../graphql/resolvers';
import { limitsOf } from '../graphql/run';
import type { Logger } from '../logger';
import { bearerToken, isCurator } from './auth';
import { compiledExecution, type ExecutionObserver } from './compiled-execution';
import { corsMiddleware } from './cors';
import { howToQuery, landingPage } from './landing-page';
import { rejectDeepNesting } from './nesting';
import { CLIENT_HEADER, FairShare } from './rate-limit';
import { ReadinessProbe } from './readiness';
import { webPages } from './web';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  readiness: ReadinessProbe;
  /** Stops accepting requests, drains those in flight, and stops Apollo. The driver is the caller's. */
  stop(): Promise<void>;
}

function roundTrips(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              neo4jRoundTrips: contextValue.queries.count,
            };
          }
        },
      };
    },
  };
}

export interface AppOptions {
  /** Answer the queries compiled execution covers without graphql-js (default true; the differential test turns it off). */
  compiledExecution?: boolean;
  /** Told which path answered each operation. */
  onExecution?: ExecutionObserver;
}

export async function createApp(config: Config, db: Database, logger: Logger, options: AppOptions = {}): Promise<App> {
  const production = config.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const httpServer = http.createServer(app);
  const readiness = new ReadinessProbe(db);
  const protection = armor(config);
  const api = createApi();
  const fairShare = new FairShare(config);
  const statistics = new StatisticsCache(db, 300_000, (err) => logger.warn({ err: (err as Error).message }, 'graph statistics for the cost estimate could not be read'));
  statistics.prefetch();

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: api.typeDefs,
    resolvers: api.resolvers,
    fieldResolver: aliasAwareFieldResolver,
    // GraphiQL needs the schema: serving it in production (GRAPHIQL=true) turns introspection on.
    introspection: !production || config.graphiql,
    csrfPrevention: true,
    // serve.ts owns SIGTERM/SIGINT: Apollo's own handler would re-raise the signal after stopping and
    // kill the process before the driver is closed and the local Neo4j is stopped.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: protection.validationRules,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    logger,
    plugins: [
      ...protection.plugins,
      costLimit({
        maxCost: config.MAX_COST,
        limits: limitsOf(config),
        statistics,
        onEstimate: (request, estimate) => fairShare.charge(request.request.http?.headers.get(CLIENT_HEADER), estimate.cost),
      }),
      ...(options.compiledExecution === false ? [] : [compiledExecution(api, (formatted, error) => formatError(formatted, error, logger), options.onExecution)]),
      // No field sets a cache hint: the default cache-control plugin would only add a hook to every field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      landingPage(config),
      ...(production ? [] : [roundTrips()]),
    ],
  });
  await apollo.start();

  app.use(corsMiddleware(config));
  app.use(webPages(config));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const state = await readiness.check();
    res.status(state.ready ? 200 : 503).json(state.ready ? { status: 'ready' } : { status: 'not ready', reason: state.reason });
  });
  app.use(
    '/graphql',
    fairShare.middleware,
    howToQuery(config),
    express.json({ limit: config.MAX_BODY_BYTES }),
    rejectDeepNesting,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const queries = { count: 0, onQuery: () => void queries.count++ };
        return {
          db,
          config,
          logger,
          model: api.model,
          queries,
          curator: isCurator(config, bearerToken(req.headers.authorization)),
        };
      },
    }),
  );
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      err.type === 'entity.too.large'
        ? `request body is larger than ${config.MAX_BODY_BYTES} bytes`
        : status < 500
          ? 'request body is not valid JSON'
          : 'Internal server error';
    if (status >= 500) logger.error({ err: err.message }, 'HTTP error');
    res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  return {
    httpServer,
    apollo,
    readiness,
    async stop() {
      await apollo.stop();
    },
  };
}
