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

/** `db start | stop | status`: manage the local Neo4j (only meaningful without NEO4J_URI). */
export async function dbCommand(config: Config, action: string | undefined): Promise<number> {
  if (!config.localNeo4j) {
    console.error(`NEO4J_URI is set (${config.NEO4J_URI}): that Neo4j is managed elsewhere, not by "db ${action ?? ''}"`);
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
      console.error('usage: db start|stop|status');
      return 2;
  }
}
