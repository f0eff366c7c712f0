import type { Config } from '../config';
import { connect } from './connect';
import { migrate } from './migrate';

export async function migrateCommand(config: Config): Promise<number> {
  const connection = await connect(config);
  try {
    const ran = await migrate(connection.db, undefined, (l) => console.log(l));
    console.log(ran.length > 0 ? `${ran.length} migration(s) applied` : 'schema is up to date');
    return 0;
  } finally {
    await connection.close();
  }
}
