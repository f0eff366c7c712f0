import { reportFailure, wantsHelp } from './cli';
import { loadConfig, type Config } from './config';
import { CYPHER_USAGE, cypherCommand } from './db/cypher-shell';
import { dbCommand, DB_USAGE } from './db/commands';
import { migrateCommand, MIGRATE_USAGE } from './db/migrate-command';
import { exportCommand, EXPORT_USAGE } from './export/export-command';
import { EXTRACT_USAGE, runExtract } from './ingest/extract/cli';
import { loadCommand, LOAD_USAGE } from './ingest/load-command';
import { serveCommand, SERVE_USAGE } from './server/serve';

const USAGE = `usage: esg-graph <command> [--help]   (npm start, npm run <script>: see README.md, Commands)
  serve                       start the API (and the local Neo4j when NEO4J_URI is unset)
  db start|stop|status        manage the local Neo4j
  migrate                     apply pending cypher/migrations
  load [dir|file...]          load curated facts files (default data/facts)
  extract <report> [--company id] [--out file]
  export --format csv|json|graphml [--out dir] [--internal]
  cypher [--write] [-e query]  a Cypher shell on the configured Neo4j (read-only unless --write)
<command> --help prints what a command does.`;

interface Command {
  usage: string;
  run(config: Config, args: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  serve: { usage: SERVE_USAGE, run: serveCommand },
  db: { usage: DB_USAGE, run: dbCommand },
  migrate: { usage: MIGRATE_USAGE, run: migrateCommand },
  load: { usage: LOAD_USAGE, run: loadCommand },
  extract: { usage: EXTRACT_USAGE, run: (_config, args) => runExtract(args) },
  export: { usage: EXPORT_USAGE, run: exportCommand },
  cypher: { usage: CYPHER_USAGE, run: cypherCommand },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || wantsHelp([name])) {
    console.log(USAGE);
    return 0;
  }
  const found = COMMANDS[name];
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
