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

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

const USAGE = 'usage: db start|stop|status | db backup <file> [--force] | db restore <file> [--force]';

/** `db backup|restore <file> [--force]`: dump or load the local store with neo4j-admin. */
async function backupCommand(options: LocalNeo4jOptions, action: 'backup' | 'restore', args: readonly string[]): Promise<number> {
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0]!;
  if (action === 'backup') {
    const r = await backupLocalStore(options, file, force);
    console.log(`backed up ${options.home} to ${r.file}: ${r.bytes} bytes in ${seconds(r.ms)} (neo4j-admin dump ${seconds(r.toolMs)})`);
  } else {
    const r = await restoreLocalStore(options, file, force);
    console.log(`restored ${options.home} from ${r.file} (${r.bytes} bytes) in ${seconds(r.ms)} (neo4j-admin load ${seconds(r.toolMs)})`);
  }
  return 0;
}

/** `db start | stop | status | backup | restore`: manage the local Neo4j (only meaningful without NEO4J_URI). */
export async function dbCommand(config: Config, action: string | undefined, args: readonly string[] = []): Promise<number> {
  if (!config.localNeo4j) {
    const hint =
      action === 'backup' || action === 'restore'
        ? ': back up a Neo4j server with its own neo4j-admin (database dump/load, or backup/restore on Enterprise), and Aura with its snapshots (see docs/operations.md)'
        : '';
    console.error(`NEO4J_URI is set (${config.NEO4J_URI}): that Neo4j is managed elsewhere, not by "db ${action ?? ''}"${hint}`);
    return 2;
  }
  const options = localOptions(config);
  switch (action) {
    case 'backup':
    case 'restore':
      return backupCommand(options, action, args);
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
      console.error(USAGE);
      return 2;
  }
}
