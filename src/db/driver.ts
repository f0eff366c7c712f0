import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { localPassword } from './local/instance';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function connectionSettings(config: Config): ConnectionSettings {
  if (config.NEO4J_URI) {
    return {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD ?? '',
      database: config.NEO4J_DATABASE,
    };
  }
  return {
    uri: `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`,
    user: 'neo4j',
    password: localPassword(config.NEO4J_LOCAL_HOME, config.NEO4J_PASSWORD),
    database: 'neo4j',
  };
}

export function createDriver(settings: ConnectionSettings, config: Pick<Config, 'CONNECTION_TIMEOUT_MS' | 'QUERY_TIMEOUT_MS' | 'NEO4J_MAX_CONNECTIONS'>): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: config.NEO4J_MAX_CONNECTIONS,
    connectionTimeout: config.CONNECTION_TIMEOUT_MS,
    // Waiting for a busy pool is part of a query's time, not a sign that Neo4j is unreachable: when
    // Neo4j is down, connections fail at once (connectionTimeout) and no request waits on the pool.
    connectionAcquisitionTimeout: Math.max(config.CONNECTION_TIMEOUT_MS * 2, config.QUERY_TIMEOUT_MS),
    maxTransactionRetryTime: config.CONNECTION_TIMEOUT_MS,
    userAgent: 'esg-graph',
  });
}
