import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

/** Parameters of a Cypher statement: values only, never spliced into the text. */
export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  database: string;
  /** Every transaction gets this server-side timeout. */
  queryTimeoutMs: number;
}

/** Counts round-trips to Neo4j; one per statement run. */
export interface QueryObserver {
  onQuery(cypher: string): void;
}

/**
 * The only door to Neo4j: read and write transactions with a timeout, routed by access mode,
 * retried by the driver on transient errors.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly options: DatabaseOptions,
  ) {}

  async read<T extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
    observer?: QueryObserver,
  ): Promise<T[]> {
    observer?.onQuery(cypher);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run<T>(cypher, params), this.txConfig());
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, this.txConfig(timeoutMs));
    } finally {
      await session.close();
    }
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    const result: QueryResult<T> = await this.writeTransaction((tx) => tx.run<T>(cypher, params));
    return result.records.map((r) => r.toObject());
  }

  /**
   * An auto-commit statement: schema statements (constraints, indexes) and `CALL { } IN TRANSACTIONS`
   * cannot run inside an explicit transaction.
   */
  async runAutoCommit(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    await this.read('RETURN 1 AS ok');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private txConfig(timeoutMs = this.options.queryTimeoutMs) {
    return { timeout: timeoutMs };
  }
}
