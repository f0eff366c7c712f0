import type { ApolloServerPlugin, GraphQLServerListener } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { FIRST_QUERY, readExampleOperation } from './example-operations';

/**
 * What a browser gets at GET /graphql (Apollo calls a plugin's renderLandingPage for a GET that
 * prefers HTML): outside production, Apollo Sandbox opened on the first example query and its
 * variables. The Sandbox is loaded from Apollo's CDN; when it cannot be (offline, a locked-down
 * network), Apollo's fallback text shows, and we add a pointer to the IDE this server serves
 * (/graphiql). In production, no page: `howToQuery` answers.
 */
export function landingPage(config: Pick<Config, 'NODE_ENV' | 'graphiql'>): ApolloServerPlugin {
  return config.NODE_ENV === 'production' ? ApolloServerPluginLandingPageDisabled() : sandboxWithOfflinePointer(config);
}

/** The element of Apollo's page shown while (and only if) the Sandbox does not load. */
const FALLBACK = '<div class="fallback">';

/**
 * Apollo's page with a pointer added under its fallback text. The Sandbox's full-page element (empty
 * when the Sandbox did not load) lies over that text: while it is empty it lets clicks through to the
 * links. The style needs the page's nonce: Apollo's Content-Security-Policy allows no other inline
 * style. An error when Apollo's page no longer has what this relies on (checked at start).
 */
function withOfflinePointer(html: string, config: Pick<Config, 'graphiql'>): string {
  const nonce = /<style nonce="?([0-9a-f]+)"?>/.exec(html)?.[1];
  const start = html.indexOf(FALLBACK);
  const end = start < 0 ? -1 : html.indexOf('</div>', start);
  if (!nonce || end < 0) throw new Error(`Apollo's landing page has no ${FALLBACK} or no style nonce: cannot add the offline pointer`);
  const ide = config.graphiql
    ? '<a href="graphiql">GraphiQL</a>, served by this server, works offline'
    : 'GraphiQL is off on this server (GRAPHIQL=false)';
  const pointer = `  <p>${ide}; the graph explorer is at <a href="explore">/explore</a>. Or send POST /graphql with a JSON body {"query": "..."}.</p>\n`;
  const style = `<style nonce="${nonce}">#embeddableSandbox:empty { pointer-events: none; }</style>\n`;
  return html.slice(0, start) + style + html.slice(start, end) + pointer + html.slice(end);
}

function sandboxWithOfflinePointer(config: Pick<Config, 'graphiql'>): ApolloServerPlugin {
  const first = readExampleOperation(FIRST_QUERY);
  const sandbox = ApolloServerPluginLandingPageLocalDefault({
    embed: { endpointIsEditable: false, runTelemetry: false },
    document: first.query,
    variables: first.variables,
    includeCookies: false,
  });
  return {
    async serverWillStart(service) {
      const listener = (await sandbox.serverWillStart?.(service)) as GraphQLServerListener | undefined;
      const render = listener?.renderLandingPage;
      if (!render) throw new Error('Apollo landing page plugin renders no page');
      return {
        async renderLandingPage() {
          const { html } = await render();
          // Apollo renders each page with a new nonce: keep rendering per request.
          const page = typeof html === 'string' ? async () => html : html;
          withOfflinePointer(await page(), config);
          return { html: async () => withOfflinePointer(await page(), config) };
        },
      };
    },
  };
}

/**
 * GET /graphql without a query, when no landing page answers it (production, or a client that does not
 * ask for HTML): what the endpoint is and how to query it, in JSON, instead of a CSRF error. Every
 * request with a query goes on to Apollo, CSRF prevention included.
 */
export function howToQuery(config: Pick<Config, 'NODE_ENV' | 'graphiql'>): RequestHandler {
  const message = [
    'This is the esg-graph GraphQL endpoint.',
    'Send an operation with POST and a JSON body {"query": "...", "variables": {...}} (content-type: application/json),',
    'or with GET ?query=... and the header apollo-require-preflight: true.',
    config.graphiql ? 'An IDE for it is served at /graphiql; the graph explorer at /explore.' : 'The graph explorer is at /explore.',
  ].join(' ');
  const example = { query: '{ companies(first: 3) { edges { node { id name } } } }' };
  return (req, res, next) => {
    if (req.method !== 'GET' || req.query.query !== undefined) return next();
    const browser = req.accepts(['application/json', 'text/html']) === 'text/html';
    if (browser && config.NODE_ENV !== 'production') return next();
    res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST', example } }] });
  };
}
