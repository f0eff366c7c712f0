import { z } from 'zod';

/** Every setting the process reads from the environment, validated once at start. */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be an integer' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });
const memory = z.string().regex(/^\d+[kmg]$/i, { message: 'must be a size such as 512m or 2g' });
/** `*`, or a comma-separated list of origins such as `https://app.example.com,http://localhost:3000`. */
const origins = z
  .string()
  .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o !== ''))
  .refine((list) => list.every((o) => o === '*' || isOrigin(o)), {
    message: 'must be * or a comma-separated list of origins such as https://app.example.com (scheme, host and port only)',
  });

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, {
      message: 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI',
    })
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, { message: 'must be a database name' }).default('neo4j'),
  NEO4J_LOCAL_PORT: int(1, 65535).default(7687),
  NEO4J_LOCAL_HOME: z.string().min(1).default('.neo4j/dev'),
  NEO4J_HEAP: memory.default('1g'),
  NEO4J_PAGECACHE: memory.default('512m'),
  QUERY_TIMEOUT_MS: int(100, 600_000).default(10_000),
  CONNECTION_TIMEOUT_MS: int(100, 120_000).default(3_000),
  /**
   * Statements this process runs on Neo4j at once; more requests wait for a connection in turn.
   * Neo4j plans and runs them on its own cores, so beyond a few per core more at once only
   * lengthens each one (docs/operations.md: hostile traffic answered in p99 1.6–1.8 s with 8, 2.0–2.4 s with 50).
   */
  NEO4J_MAX_CONNECTIONS: int(1, 1000).default(8),
  DEFAULT_PAGE_SIZE: int(1, 1000).default(20),
  MAX_PAGE_SIZE: int(1, 10_000).default(100),
  MAX_DEPTH: int(2, 50).default(12),
  /** Estimated db hits an operation may cost (src/graphql/cost); above it, QUERY_TOO_COMPLEX before Neo4j is asked. */
  MAX_COST: int(100, 1_000_000_000).default(1_000_000),
  MAX_ALIASES: int(1, 1000).default(30),
  MAX_BODY_BYTES: int(1024, 50 * 1024 * 1024).default(1024 * 1024),
  CURATION_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  LOAD_ON_START: bool.default(true),
  FACTS_DIR: z.string().min(1).default('data/facts'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Fair share per client (src/server/rate-limit.ts): requests at once, and estimated cost per second; 0 turns a limit off. */
  RATE_LIMIT_CONCURRENCY: int(0, 100_000).default(16),
  RATE_LIMIT_COST_PER_SECOND: int(0, 1_000_000_000).default(3_000_000),
  /** Loopback clients (127.0.0.0/8, ::1) are not limited unless this is true. */
  RATE_LIMIT_LOOPBACK: bool.default(false),
  /** Express's `trust proxy`: false, true, a number of hops, or addresses; the client address comes from X-Forwarded-For only when set. */
  TRUST_PROXY: z
    .string()
    .min(1)
    .default('false')
    .transform((v) => (v === 'false' ? false : v === 'true' ? true : /^\d+$/.test(v) ? Number(v) : v)),
  CORS_ORIGINS: origins.optional(),
  GRAPHIQL: bool.optional(),
});

/** Every environment variable the process reads. */
export const CONFIG_KEYS = Object.keys(envSchema.shape);

export type Config = z.infer<typeof envSchema> & {
  /** True when no NEO4J_URI is given: the project starts and owns a local Neo4j. */
  localNeo4j: boolean;
  /** GraphiQL at /graphiql (and the introspection it needs): GRAPHIQL, else on outside production. */
  graphiql: boolean;
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const key = String(i.path[0]);
      const shown = /PASSWORD|TOKEN/.test(key) ? '(hidden)' : JSON.stringify(relevant[key]);
      return `  ${key} ${i.message} (got ${shown})`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.DEFAULT_PAGE_SIZE > config.MAX_PAGE_SIZE) {
    throw new ConfigError('Invalid configuration:\n  DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE');
  }
  if (config.NEO4J_URI && !config.NEO4J_PASSWORD) {
    throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  return { ...config, localNeo4j: !config.NEO4J_URI, graphiql: config.GRAPHIQL ?? config.NODE_ENV !== 'production' };
}
