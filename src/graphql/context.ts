import type { Database, QueryObserver } from '../db/database';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ApiModel } from './model/model';

/** Per-request state handed to every resolver. */
export interface GraphQLContext {
  db: Database;
  config: Config;
  logger: Logger;
  /** The declarations read against the schema: how every field becomes Cypher. */
  model: ApiModel;
  /** Counts this request's Neo4j round-trips (exposed in the response extensions for tests and benchmarks). */
  queries: QueryObserver & { count: number };
  /** True when the request carried the configured curation token. */
  curator: boolean;
}
