import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Response, type Router } from 'express';
import type { Config } from '../config';
import { fromRoot } from '../paths';
import { GRAPHIQL_EXAMPLES, readExampleOperation } from './example-operations';
import { PAGE_CONFIG_ELEMENT, type ExplorePageConfig, type GraphiqlPageConfig } from './page-config';

/** Where tools/build-web.ts writes the bundles of web/: GraphiQL and the graph explorer. */
export const WEB_DIST = fromRoot('dist', 'web');

/** The entity /explore draws when its URL names none. */
const DEFAULT_EXPLORE_ID = 'sensetime';

/**
 * Everything the pages load comes from this server: the policy makes the browser refuse anything
 * else, so a page that works here works offline. Monaco sets inline styles, hence 'unsafe-inline'
 * for styles only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON inside a <script> element: `<` escaped so no string in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(res: Response, title: string, bundle: string, config: object): void {
  if (!existsSync(join(WEB_DIST, `${bundle}.js`))) {
    res
      .status(503)
      .type('text/plain')
      .send(`The browser pages are not built (no ${bundle}.js in dist/web): run \`npm run build:web\`, or start with \`npm start\`, which builds them.\n`);
    return;
  }
  res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY).type('html').send(`<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="assets/${bundle}.css" />
    <script type="application/json" id="${PAGE_CONFIG_ELEMENT}">${scriptJson(config)}</script>
    <script type="module" src="assets/${bundle}.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>This page needs JavaScript. The API itself answers POST /graphql.</noscript>
  </body>
</html>
`);
}

/**
 * GET /graphiql (when enabled), GET /explore and their bundles under /assets. Paths in the pages are
 * relative, so the server may sit under a path prefix behind a proxy.
 */
export function webPages(config: Pick<Config, 'graphiql'>): Router {
  const router = express.Router();
  // Read once at start: a missing example fails the start, not a request.
  const tabs = GRAPHIQL_EXAMPLES.map(readExampleOperation).map((op) => ({
    query: op.query,
    ...(Object.keys(op.variables).length > 0 ? { variables: JSON.stringify(op.variables, null, 2) } : {}),
  }));

  router.use('/assets', express.static(WEB_DIST, { index: false, maxAge: 0 }));
  router.get('/graphiql', (_req, res) => {
    if (!config.graphiql) {
      res.status(404).type('text/plain').send('GraphiQL is off on this server (set GRAPHIQL=true to serve it).\n');
      return;
    }
    const pageConfig: GraphiqlPageConfig = { endpoint: 'graphql', workers: 'assets/workers/', tabs, explore: 'explore' };
    page(res, 'GraphiQL · esg-graph', 'graphiql', pageConfig);
  });
  router.get('/explore', (_req, res) => {
    const pageConfig: ExplorePageConfig = {
      endpoint: 'graphql',
      defaultId: DEFAULT_EXPLORE_ID,
      ...(config.graphiql ? { graphiql: 'graphiql' } : {}),
    };
    page(res, 'Explore · esg-graph', 'explore', pageConfig);
  });
  return router;
}
