import { command, parseCommandLine, UsageError } from '../cli';
import type { Config } from '../config';
import { backupLocalStore, restoreLocalStore } from './local/backup';
import { localStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from './local/instance';

export function localOptions(config: Config, log: (line: string) => void = (l) => console.log(l)): LocalNeo4jOptions {
  return {
    home: config.NEO4J_LOCAL_HOME,
    port: config.NEO4J_LOCAL_PORT,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    password: config.NEO4J_PASSWORD,
    log,
  };
}

export const DB_USAGE = `usage: npm run db:start | db:stop | db:status | db:backup -- <file> [--force] | db:restore -- <file> [--force]

Manages the local Neo4j (Community 5.26, Bolt on 127.0.0.1:NEO4J_LOCAL_PORT, default 7687; store,
logs and generated password under NEO4J_LOCAL_HOME, default .neo4j/dev) on its own, without the API:
  db:start            start it and wait until Bolt answers (nothing to do when it runs)
  db:stop             stop it cleanly (the store is checkpointed)
  db:status           print whether it runs (exit 0) or not (exit 3)
  db:backup <file>    dump the store with neo4j-admin (stopping and restarting Neo4j around it)
  db:restore <file>   load a dump into the store, replacing the graph (stops and restarts Neo4j)
  --force             let backup overwrite <file>, and restore replace a store that holds a graph
  -h, --help          this text

The user is neo4j and the password is in .neo4j/dev/password: point Neo4j Desktop or cypher-shell at
bolt://127.0.0.1:7687 with them, or run \`npm run cypher\`. Not for a Neo4j of NEO4J_URI: back up a
Neo4j server with its own neo4j-admin (database dump/load, or backup/restore on Enterprise), and Aura
with its snapshots (see docs/operations.md).`;

const ACTIONS = ['start', 'stop', 'status', 'backup', 'restore'];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** `db start | stop | status | backup <file> | restore <file>`: manage the local Neo4j (only meaningful without NEO4J_URI). */
export const dbCommand = command(DB_USAGE, async (config: Config, args: readonly string[]) => {
  const { positionals, values } = parseCommandLine(args, { force: { type: 'boolean' } });
  const [action, ...rest] = positionals;
  if (action === undefined || !ACTIONS.includes(action)) {
    throw new UsageError(action === undefined ? `missing action: ${ACTIONS.join(', ')}` : `unknown action "${positionals.join(' ')}"`);
  }
  const takesFile = action === 'backup' || action === 'restore';
  if (takesFile ? rest.length !== 1 : rest.length !== 0 || values.force) {
    throw new UsageError(takesFile ? `db ${action} takes one file` : `db ${action} takes no arguments`);
  }
  if (!config.localNeo4j) {
    const hint = takesFile ? ': back up a Neo4j server with its own neo4j-admin, and Aura with its snapshots (see docs/operations.md)' : '; unset NEO4J_URI for the local one';
    console.error(`NEO4J_URI is set (${config.NEO4J_URI}): that Neo4j is managed elsewhere, not by "db ${action}"${hint}`);
    return 2;
  }
  const options = localOptions(config);
  switch (action) {
    case 'backup': {
      const r = await backupLocalStore(options, rest[0]!, values.force === true);
      console.log(`backed up ${options.home} to ${r.file}: ${r.bytes} bytes in ${seconds(r.ms)} (neo4j-admin dump ${seconds(r.toolMs)})`);
      return 0;
    }
    case 'restore': {
      const r = await restoreLocalStore(options, rest[0]!, values.force === true);
      console.log(`restored ${options.home} from ${r.file} (${r.bytes} bytes) in ${seconds(r.ms)} (neo4j-admin load ${seconds(r.toolMs)})`);
      return 0;
    }
    case 'start': {
      const r = await startLocalNeo4j(options);
      console.log(
        r.alreadyRunning
          ? `Neo4j is already running on bolt://127.0.0.1:${options.port}`
          : `${r.agent ?? 'Neo4j'} ready on bolt://127.0.0.1:${options.port} in ${seconds(r.ms)} (home ${options.home})`,
      );
      return 0;
    }
    case 'stop': {
      const r = await stopLocalNeo4j(options);
      console.log(r.wasRunning ? `Neo4j stopped in ${seconds(r.ms)}` : 'Neo4j was not running');
      return 0;
    }
    default: {
      const s = await localStatus(options);
      console.log(s.running ? `running: pid ${s.pid}, bolt://127.0.0.1:${s.port}, home ${s.home}` : `stopped (home ${s.home}, port ${s.port})`);
      return s.running ? 0 : 3;
    }
  }
});
