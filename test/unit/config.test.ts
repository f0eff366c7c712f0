import { ConfigError, loadConfig } from '../../src/config';

describe('configuration from the environment', () => {
  it('has working defaults and starts a local Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.localNeo4j).toBe(true);
    expect(config.NEO4J_LOCAL_PORT).toBe(7687);
    expect(config.MAX_PAGE_SIZE).toBeGreaterThanOrEqual(config.DEFAULT_PAGE_SIZE);
  });

  it('points at another Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret-password' });
    expect(config.localNeo4j).toBe(false);
    expect(config.NEO4J_URI).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a number \(got "abc"\)/],
    [{ PORT: '70000' }, /PORT must be at most 65535/],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /NEO4J_URI must be a neo4j:\/\/.*bolt/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD is required when NEO4J_URI is set/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ LOAD_ON_START: 'maybe' }, /LOAD_ON_START must be true or false/],
    [{ DEFAULT_PAGE_SIZE: '500', MAX_PAGE_SIZE: '100' }, /DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE/],
    [{ CORS_ORIGINS: 'https://app.example.com/path' }, /CORS_ORIGINS must be \* or a comma-separated list of origins/],
    [{ CORS_ORIGINS: 'app.example.com' }, /CORS_ORIGINS must be \* or a comma-separated list of origins/],
    [{ GRAPHIQL: 'sometimes' }, /GRAPHIQL must be true or false/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('serves GraphiQL outside production unless told otherwise, and in production only when told', () => {
    expect(loadConfig({}).graphiql).toBe(true);
    expect(loadConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('reads CORS_ORIGINS as a list of origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:3000' }).CORS_ORIGINS).toEqual(['https://app.example.com', 'http://localhost:3000']);
    expect(loadConfig({}).CORS_ORIGINS).toBeUndefined();
  });

  it('never echoes a secret in its messages', () => {
    let message = '';
    try {
      loadConfig({ CURATION_TOKEN: 'short-secret' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/CURATION_TOKEN must be at least 16 characters \(got \(hidden\)\)/);
    expect(message).not.toContain('short-secret');
  });
});
