/**
 * `npm run test:reliability`: load, Neo4j outage, crash-safe ingestion, fuzzing and security against
 * the API as a child process, over a Neo4j of their own (.neo4j/reliability, port 7692) that the
 * outage suite stops and starts.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/reliability'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  globalSetup: '<rootDir>/test/reliability/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/reliability/setup/global-teardown.ts',
  testTimeout: 180_000,
  maxWorkers: 1,
};
