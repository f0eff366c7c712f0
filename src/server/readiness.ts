import type { Database } from '../db/database';
import { pendingMigrations } from '../db/migrate';

export interface Readiness {
  ready: boolean;
  reason?: string;
}

/**
 * Ready means: Neo4j answers now, every migration is applied, and a dataset is loaded.
 * The last two only ever go from false to true, so they are remembered; Neo4j is asked every time.
 */
export class ReadinessProbe {
  private schemaApplied = false;
  private dataLoaded = false;
  private loading = false;

  constructor(private readonly db: Database) {}

  markLoading(loading: boolean): void {
    this.loading = loading;
  }

  async check(): Promise<Readiness> {
    try {
      await this.db.ping();
    } catch {
      return { ready: false, reason: 'Neo4j is not reachable' };
    }
    try {
      if (!this.schemaApplied) {
        const pending = await pendingMigrations(this.db);
        if (pending.length > 0) return { ready: false, reason: `migrations pending: ${pending.join(', ')}` };
        this.schemaApplied = true;
      }
      if (this.loading) return { ready: false, reason: 'the dataset is being loaded' };
      if (!this.dataLoaded) {
        const [row] = await this.db.read<{ reports: number }>('MATCH (r:Report) RETURN count(r) AS reports');
        if (!row || row.reports === 0) return { ready: false, reason: 'no dataset is loaded' };
        this.dataLoaded = true;
      }
      return { ready: true };
    } catch {
      return { ready: false, reason: 'Neo4j is not answering queries' };
    }
  }
}
