import { reportFailure, wantsHelp } from './cli';
import { loadConfig, type Config } from './config';

const USAGE = `usage: esg-graph <command> [--help]   (npm start, npm run <script>: see README.md, Commands)
  serve                       start the API (and the local Neo4j when NEO4J_URI is unset)
  db start|stop|status        manage the local Neo4j
  db backup|restore <file> [--force]   dump or load the local store (neo4j-admin)
  migrate                     apply pending cypher/migrations
  load [dir|file...]          load curated facts files (default data/facts); a directory also removes reports whose file is gone
  unload <report-id>...       remove reports and their facts
  extract <report> [--company id] [--out file]
  export --format csv|json|graphml [--out dir] [--internal]
  cypher [--write] [-e query]  a Cypher shell on the configured Neo4j (read-only unless --write)
<command> --help prints what a command does.`;

interface Command {
  usage: string;
  run(config: Config, args: string[]): Promise<number>;
}

/**
 * Each command's module is loaded only when that command runs (or explains itself): `db status`
 * need not load Apollo Server, nor `load` the extractor.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => Command> = {
  serve: () => {
    const m = require('./server/serve') as typeof import('./server/serve');
    return { usage: m.SERVE_USAGE, run: m.serveCommand };
  },
  db: () => {
    const m = require('./db/commands') as typeof import('./db/commands');
    return { usage: m.DB_USAGE, run: m.dbCommand };
  },
  migrate: () => {
    const m = require('./db/migrate-command') as typeof import('./db/migrate-command');
    return { usage: m.MIGRATE_USAGE, run: m.migrateCommand };
  },
  load: () => {
    const m = require('./ingest/load-command') as typeof import('./ingest/load-command');
    return { usage: m.LOAD_USAGE, run: m.loadCommand };
  },
  unload: () => {
    const m = require('./ingest/load-command') as typeof import('./ingest/load-command');
    return { usage: m.UNLOAD_USAGE, run: m.unloadCommand };
  },
  extract: () => {
    const m = require('./ingest/extract/cli') as typeof import('./ingest/extract/cli');
    return { usage: m.EXTRACT_USAGE, run: (_config, args) => m.runExtract(args) };
  },
  export: () => {
    const m = require('./export/export-command') as typeof import('./export/export-command');
    return { usage: m.EXPORT_USAGE, run: m.exportCommand };
  },
  cypher: () => {
    const m = require('./db/cypher-shell') as typeof import('./db/cypher-shell');
    return { usage: m.CYPHER_USAGE, run: m.cypherCommand };
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || wantsHelp([name])) {
    console.log(USAGE);
    return 0;
  }
  const found = COMMANDS[name]?.();
  if (!found) {
    console.error(`unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  // Help needs no settings: answer it even when the environment is not valid yet.
  if (wantsHelp(args)) {
    console.log(found.usage);
    return 0;
  }
  try {
    return await found.run(loadConfig(), args);
  } catch (err) {
    return reportFailure(err, found.usage);
  }
}

/**
 * A failed command exits at once: what it started is stopped by then, but a connection attempt the
 * driver cannot abort (a host that accepts TCP and never answers Bolt) would keep the process alive.
 * Output is written synchronously to files and pipes, so nothing is lost.
 */
function exit(code: number): void {
  if (code === 0) process.exitCode = 0;
  else process.exit(code);
}

main(process.argv.slice(2)).then(exit, (err: unknown) => exit(reportFailure(err)));
