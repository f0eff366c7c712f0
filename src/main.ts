import { ConfigError, loadConfig } from './config';
import { dbCommand } from './db/commands';
import { migrateCommand } from './db/migrate-command';
import { exportCommand } from './export/export-command';
import { loadCommand, unloadCommand } from './ingest/load-command';
import { serveCommand } from './server/serve';

/** The extractor is only needed by `extract`; loading it lazily keeps the other commands' start fast. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extract = (): { runExtract(args: string[]): Promise<number> } => require('./ingest/extract/cli');

const USAGE = `usage: esg-graph <command>
  serve                       start the API (and the local Neo4j when NEO4J_URI is unset)
  db start|stop|status        manage the local Neo4j
  db backup|restore <file> [--force]   dump or load the local store (neo4j-admin)
  migrate                     apply pending cypher/migrations
  load [dir|file...]          load curated facts files (default data/facts); a directory also removes reports whose file is gone
  unload <report-id>...       remove reports and their facts
  extract <report> [--company id] [--out file]
  export --format csv|json|graphml [--out dir]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serveCommand(config);
    case 'db':
      return dbCommand(config, args[0], args.slice(1));
    case 'migrate':
      return migrateCommand(config);
    case 'load':
      return loadCommand(config, args);
    case 'unload':
      return unloadCommand(config, args);
    case 'extract':
      return extract().runExtract(args);
    case 'export':
      return exportCommand(config, args);
    default:
      console.error(USAGE);
      return command === undefined || command === 'help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `error: ${(err as Error).message ?? String(err)}`);
    process.exitCode = 1;
  },
);
