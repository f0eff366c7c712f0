import { command, parseCommandLine } from '../cli';
import type { Config } from '../config';
import { connect } from './connect';
import { migrate } from './migrate';

export const MIGRATE_USAGE = `usage: npx tsx src/main.ts migrate

Applies the pending migrations of cypher/migrations (constraints, indexes, fulltext) and records each
with its checksum; an applied migration that was edited since is an error. \`npm start\` and
\`npm run load\` do this first.
  -h, --help   this text`;

export const migrateCommand = command(MIGRATE_USAGE, async (config: Config, args: readonly string[]) => {
  parseCommandLine(args, {});
  const connection = await connect(config);
  try {
    const ran = await migrate(connection.db, undefined, (l) => console.log(l));
    console.log(ran.length > 0 ? `${ran.length} migration(s) applied` : 'schema is up to date');
    return 0;
  } finally {
    await connection.close();
  }
});
