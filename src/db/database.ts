import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { BEGIN_COMMIT, END_COMMIT, READ_VERSION, retryDelayMs, unchanged, WRITE_LEASE_MS, type VersionRead } from './graph-version';

/** Parameters of a Cypher statement: values only, never spliced into the text. */
export type Params = Record<string, unknown>;

/** Where statements are logged: at debug level, each with its parameters (pino's Logger fits). */
export interface StatementLog {
  isLevelEnabled(level: string): boolean;
  debug(details: object, message: string): void;
}

export interface DatabaseOptions {
  database: string;
  /** Every transaction gets this server-side timeout. */
  queryTimeoutMs: number;
  /** Logs every statement and its parameters at debug level (parameters are data, never credentials). */
  log?: StatementLog;
  /** Attached to every transaction: `SHOW TRANSACTIONS` lists it as `metaData` (who runs what). */
  metadata?: Record<string, string | number>;
}

/** A write transaction as the work inside it sees it: statements run through it are logged like every other. */
export interface Transaction {
  run<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<T>>;
}

const MAX_LOGGED_ITEMS = 20;
const MAX_LOGGED_TEXT = 500;

/** Parameters as logged: long lists and texts cut (a loader batch holds thousands of rows). */
export function loggedParams(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_LOGGED_TEXT ? `${value.slice(0, MAX_LOGGED_TEXT)}… (${value.length} characters)` : value;
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_LOGGED_ITEMS).map(loggedParams);
    return value.length > MAX_LOGGED_ITEMS ? [...shown, `… (${value.length} items)`] : shown;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, loggedParams(v)]));
  }
  return typeof value === 'object' && value !== null ? String(value) : value;
}

/** A read found the graph being written for longer than its timeout allows. */
export class GraphBusyError extends Error {
  constructor(ms: number) {
    super(`the graph was being written during the whole ${ms} ms the read could take`);
    this.name = 'GraphBusyError';
  }
}

const versionOf = (result: QueryResult): VersionRead => {
  const record = result.records[0];
  return { version: Number(record?.get('version') ?? 0), busy: record?.get('busy') === true };
};

/** Counts round-trips to Neo4j; one per statement run. */
export interface QueryObserver {
  onQuery(cypher: string): void;
}

/**
 * The only door to Neo4j: read and write transactions with a timeout, routed by access mode,
 * retried by the driver on transient errors. Reads never return part of a commit, and writes mark
 * their commits so that readers can tell (graph-version.ts).
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
    timeoutMs?: number,
  ): Promise<T[]> {
    observer?.onQuery(cypher);
    this.logStatement(cypher, params);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    const started = Date.now();
    const budget = timeoutMs ?? this.options.queryTimeoutMs;
    try {
      const result = await session.executeRead(async (tx) => {
        for (let attempt = 0; ; attempt++) {
          // Three statements sent together; the server runs them in order.
          const before = tx.run(READ_VERSION);
          const main = tx.run<T>(cypher, params);
          const after = tx.run(READ_VERSION);
          const versionBefore = versionOf(await before);
          const rows = await main;
          if (unchanged(versionBefore, versionOf(await after))) return rows;
          const delay = retryDelayMs(attempt);
          if (Date.now() - started + delay > budget) throw new GraphBusyError(budget);
          await new Promise((r) => setTimeout(r, delay));
        }
      }, this.txConfig(timeoutMs));
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction: all of it commits or none of it does. Just before the commit
   * the graph version is marked (a transaction of its own), and unmarked once the commit is applied.
   */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    let marks = 0;
    try {
      return await session.executeWrite(async (tx) => {
        const result = await work({
          run: <R extends RecordShape = RecordShape>(cypher: string, params: Params = {}) => {
            this.logStatement(cypher, params);
            return tx.run<R>(cypher, params);
          },
        });
        await this.markVersion(BEGIN_COMMIT);
        marks++;
        return result;
      }, this.txConfig(timeoutMs));
    } finally {
      await session.close();
      // A failed unmark leaves the mark to its lease: readers wait, they never read a partial commit.
      for (; marks > 0; marks--) await this.markVersion(END_COMMIT).catch(() => {});
    }
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}, timeoutMs?: number): Promise<T[]> {
    const result: QueryResult<T> = await this.writeTransaction((tx) => tx.run<T>(cypher, params), timeoutMs);
    return result.records.map((r) => r.toObject());
  }

  /**
   * An auto-commit statement: schema statements (constraints, indexes) and `CALL { } IN TRANSACTIONS`
   * cannot run inside an explicit transaction.
   */
  async runAutoCommit(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.logStatement(cypher, {});
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

  private logStatement(cypher: string, params: Params): void {
    const log = this.options.log;
    if (log?.isLevelEnabled('debug')) log.debug({ cypher, params: loggedParams(params) }, 'cypher');
  }

  private async markVersion(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => tx.run(statement, { lease: neo4j.int(WRITE_LEASE_MS) }), this.txConfig());
    } finally {
      await session.close();
    }
  }

  private txConfig(timeoutMs = this.options.queryTimeoutMs) {
    return { timeout: timeoutMs, ...(this.options.metadata ? { metadata: this.options.metadata } : {}) };
  }
}
