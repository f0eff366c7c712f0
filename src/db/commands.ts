import { command, parseCommandLine, UsageError } from '../cli';
import type { Config } from '../config';
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

export const DB_USAGE = `usage: npm run db:start | db:stop | db:status

Manages the local Neo4j (Community 5.26, Bolt on 127.0.0.1:NEO4J_LOCAL_PORT, default 7687; store,
logs and generated password under NEO4J_LOCAL_HOME, default .neo4j/dev) on its own, without the API:
  db:start    start it and wait until Bolt answers (nothing to do when it runs)
  db:stop     stop it cleanly (the store is checkpointed)
  db:status   print whether it runs (exit 0) or not (exit 3)
  -h, --help  this text

The user is neo4j and the password is in .neo4j/dev/password: point Neo4j Desktop or cypher-shell at
bolt://127.0.0.1:7687 with them, or run \`npm run cypher\`. Not for a Neo4j of NEO4J_URI.`;

const ACTIONS = ['start', 'stop', 'status'];

/** `db start | stop | status`: manage the local Neo4j (only meaningful without NEO4J_URI). */
export const dbCommand = command(DB_USAGE, async (config: Config, args: readonly string[]) => {
  const { positionals } = parseCommandLine(args, {});
  const action = positionals[0];
  if (positionals.length !== 1 || !ACTIONS.includes(action!)) {
    throw new UsageError(action === undefined ? 'missing action: start, stop or status' : `unknown action "${positionals.join(' ')}"`);
  }
  if (!config.localNeo4j) {
    console.error(`NEO4J_URI is set (${config.NEO4J_URI}): that Neo4j is managed elsewhere, not by "db ${action}"; unset NEO4J_URI for the local one`);
    return 2;
  }
  const options = localOptions(config);
  switch (action) {
    case 'start': {
      const r = await startLocalNeo4j(options);
      console.log(
        r.alreadyRunning
          ? `Neo4j is already running on bolt://127.0.0.1:${options.port}`
          : `${r.agent ?? 'Neo4j'} ready on bolt://127.0.0.1:${options.port} in ${(r.ms / 1000).toFixed(1)}s (home ${options.home})`,
      );
      return 0;
    }
    case 'stop': {
      const r = await stopLocalNeo4j(options);
      console.log(r.wasRunning ? `Neo4j stopped in ${(r.ms / 1000).toFixed(1)}s` : 'Neo4j was not running');
      return 0;
    }
    case 'status': {
      const s = await localStatus(options);
      console.log(
        s.running
          ? `running: pid ${s.pid}, bolt://127.0.0.1:${s.port}, home ${s.home}`
          : `stopped (home ${s.home}, port ${s.port})`,
      );
      return s.running ? 0 : 3;
    }
    default:
      throw new UsageError(`unknown action "${action}"`);
  }
});
