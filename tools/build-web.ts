import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { fromRoot } from '../src/paths';
import { WEB_DIST } from '../src/server/web';

/**
 * Bundles the browser pages of `web/` into dist/web with esbuild, from the project's node_modules:
 * GraphiQL (React, Monaco and its three web workers) and the graph explorer (cytoscape). Nothing in
 * the output refers to another host, so both pages work offline.
 *
 * `npm start`, `npm test` and `npm run build` call it first; it does nothing when the inputs (web/,
 * package-lock.json and this file) are those of the last build, so it costs a fraction of a second.
 */

const WEB_SRC = fromRoot('web');
const STAMP = join(WEB_DIST, 'build.json');

const USAGE = `usage: npm run build:web [-- --force]

Bundles web/ (GraphiQL at /graphiql, the graph explorer at /explore) into dist/web.
  --force   rebuild even when web/ and package-lock.json are unchanged since the last build
  --help    this text`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A digest of everything the bundles are made from. */
function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(WEB_SRC), fromRoot('package-lock.json'), __filename]) {
    hash.update(relative(fromRoot(), file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function upToDate(digest: string): boolean {
  if (!existsSync(STAMP)) return false;
  try {
    return (JSON.parse(readFileSync(STAMP, 'utf8')) as { inputs?: string }).inputs === digest;
  } catch {
    return false;
  }
}

const common: BuildOptions = {
  absWorkingDir: fromRoot(),
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
};

export async function buildWeb(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<{ built: boolean; ms: number }> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const digest = inputsDigest();
  if (!options.force && upToDate(digest)) return { built: false, ms: Date.now() - started };

  rmSync(WEB_DIST, { recursive: true, force: true });
  mkdirSync(WEB_DIST, { recursive: true });
  await Promise.all([
    // The pages: ES modules split into chunks, so GraphiQL's rarely used parts (prettier) load on demand.
    build({
      ...common,
      entryPoints: { graphiql: join(WEB_SRC, 'graphiql', 'main.tsx'), explore: join(WEB_SRC, 'explore', 'main.ts') },
      outdir: WEB_DIST,
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      assetNames: 'files/[name]-[hash]',
      jsx: 'automatic',
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    }),
    // Monaco's workers are classic scripts, each self-contained: web/graphiql/workers.ts starts them by URL.
    build({
      ...common,
      entryPoints: {
        'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
        'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
        'graphql.worker': 'monaco-graphql/esm/graphql.worker',
      },
      outdir: join(WEB_DIST, 'workers'),
      format: 'iife',
    }),
  ]);
  writeFileSync(STAMP, `${JSON.stringify({ inputs: digest, builtAt: new Date().toISOString() }, null, 2)}\n`);
  const ms = Date.now() - started;
  log(`built the browser pages into ${relative(fromRoot(), WEB_DIST)} in ${(ms / 1000).toFixed(1)}s`);
  return { built: true, ms };
}

if (require.main === module) {
  let force = false;
  try {
    const { values } = parseArgs({ options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    force = values.force ?? false;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  buildWeb({ force, log: (l) => console.log(l) }).then(
    (r) => {
      if (!r.built) console.log('browser pages are up to date (dist/web)');
    },
    (err: unknown) => {
      console.error(`build:web failed: ${(err as Error).message}`);
      process.exitCode = 1;
    },
  );
}
