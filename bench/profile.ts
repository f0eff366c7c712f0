import type { AddressInfo } from 'node:net';
import { graphql, type GraphQLSchema } from 'graphql';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import type { Config } from '../src/config';
import { Database, type Params, type QueryObserver } from '../src/db/database';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server/app';
import { STATISTICS_MARK } from '../src/graphql/cost/statistics';
import { fetchOnce, requestFor } from './client';
import { floorQueries } from './floor/handlers';
import { peerTypeDefs } from './peer/type-defs';
import { variantKey } from './contenders';
import { peerVariants, type BenchQuery, type GraphQLRequest } from './queries';

/** A statement a system sent for one request, with its parameters. */
export interface Statement {
  cypher: string;
  params: Params;
}

export interface OperatorCost {
  operator: string;
  dbHits: number;
  rows: number;
  details: string;
}

export interface StatementProfile {
  dbHits: number;
  rows: number;
  /** The operators doing most of the work, largest first. */
  top: OperatorCost[];
  /** Every operator of the plan with its details (index names among them). */
  all: OperatorCost[];
  cypher: string;
}

export interface RequestProfile {
  statements: number;
  dbHits: number;
  profiles: StatementProfile[];
}

/** esg-graph's Database, noting every statement it runs. */
export class RecordingDatabase extends Database {
  readonly statements: Statement[] = [];

  override async read<T extends Record<string, unknown>>(cypher: string, params: Params = {}, observer?: QueryObserver): Promise<T[]> {
    // The cost estimate's graph statistics are read now and then, for no request in particular.
    if (!cypher.startsWith(STATISTICS_MARK)) this.statements.push({ cypher, params });
    return super.read<T>(cypher, params, observer);
  }
}

function operators(plan: ProfiledPlan): OperatorCost[] {
  const args = plan.arguments as Record<string, unknown>;
  const details = typeof args.Details === 'string' ? args.Details : '';
  return [
    { operator: plan.operatorType.replace(/@neo4j$/, ''), dbHits: plan.dbHits, rows: plan.rows, details: details.slice(0, 160) },
    ...plan.children.flatMap(operators),
  ];
}

export async function profileStatement(driver: Driver, statement: Statement): Promise<StatementProfile> {
  const session = driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(`PROFILE ${statement.cypher}`, statement.params);
    const plan = result.summary.profile;
    if (!plan) throw new Error('PROFILE returned no plan');
    const ops = operators(plan);
    return {
      dbHits: ops.reduce((n, o) => n + o.dbHits, 0),
      rows: result.records.length,
      top: [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3),
      all: ops,
      cypher: statement.cypher,
    };
  } finally {
    await session.close();
  }
}

export async function summarise(driver: Driver, statements: readonly Statement[]): Promise<RequestProfile> {
  const profiles: StatementProfile[] = [];
  for (const s of statements) profiles.push(await profileStatement(driver, s));
  return { statements: statements.length, dbHits: profiles.reduce((n, p) => n + p.dbHits, 0), profiles };
}

/** The statements esg-graph runs for each query, and its answer: its app in this process, on an ephemeral port, asked once. */
export async function esgGraphStatements(config: Config, driver: Driver, queries: readonly BenchQuery[]): Promise<{ statements: Statement[]; data: Record<string, unknown> }[]> {
  const db = new RecordingDatabase(driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
  // Its statements are what is recorded, not its limits: a query the default cost limit refuses at a
  // large scale (peers at 1000x) is profiled too.
  const app = await createApp({ ...config, NODE_ENV: 'production', MAX_COST: Number.MAX_SAFE_INTEGER }, db, createLogger('silent'));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    const out: { statements: Statement[]; data: Record<string, unknown> }[] = [];
    for (const q of queries) {
      db.statements.length = 0;
      const data = await fetchOnce(url, requestFor('esgGraph', q));
      out.push({ statements: [...db.statements], data });
    }
    return out;
  } finally {
    await app.stop();
    app.httpServer.close();
  }
}

/** The statements the peer runs for a request: @neo4j/graphql given a stand-in transaction that notes and forwards each statement. */
async function peerStatements(schema: GraphQLSchema, driver: Driver, name: string, request: GraphQLRequest): Promise<Statement[]> {
  const statements: Statement[] = [];
  // Root fields run concurrently, so each statement gets a session of its own.
  const executionContext = {
    run: async (cypher: string, params: Params) => {
      statements.push({ cypher, params });
      const session = driver.session({ database: 'neo4j' });
      try {
        return await session.run(cypher, params);
      } finally {
        await session.close();
      }
    },
  };
  const result = await graphql({ schema, source: request.query, variableValues: request.variables, contextValue: { executionContext } });
  if (result.errors) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('; ')}`);
  return statements;
}

/** By contender key (`esgGraph`, `neo4jGraphql`, `neo4jGraphql:<variant>`, `raw`): what one request costs. */
export type QueryProfiles = Record<string, RequestProfile>;

/** PROFILE of every statement each system (and each way of asking the peer) runs for each query, db hits summed per request. */
export async function profileQueries(config: Config, driver: Driver, queries: readonly BenchQuery[]): Promise<Record<string, QueryProfiles>> {
  const esg = await esgGraphStatements(config, driver, queries);
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  const out: Record<string, QueryProfiles> = {};
  for (const [i, q] of queries.entries()) {
    const floor = floorQueries[q.name]!;
    const profiles: QueryProfiles = { esgGraph: await summarise(driver, esg[i]!.statements) };
    for (const [v, variant] of peerVariants(q).entries()) {
      profiles[v === 0 ? 'neo4jGraphql' : variantKey(variant.name)] = await summarise(driver, await peerStatements(schema, driver, q.name, variant.request));
    }
    profiles.raw = await summarise(driver, [{ cypher: floor.cypher, params: floor.params(q.floor) }]);
    out[q.name] = profiles;
  }
  return out;
}
