import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_KEYS } from '../../src/config';

const ROOT = join(__dirname, '..', '..');

interface Service {
  image?: string;
  build?: string;
  environment: Record<string, string>;
  ports: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;

  it('runs Neo4j 5.26 Community with a healthcheck and a named volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.healthcheck?.test.join(' ')).toMatch(/7474/);
    expect(neo4j?.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('never ships a default password: both services require NEO4J_PASSWORD from the environment', () => {
    expect(neo4j?.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(api?.environment.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')).not.toMatch(/NEO4J_PASSWORD:-/);
  });

  it('wires the API to the neo4j service with the variables src/config.ts reads', () => {
    for (const name of Object.keys(api!.environment)) expect(CONFIG_KEYS).toContain(name);
    expect(api?.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(neo4j?.ports).toContain('127.0.0.1:7687:7687');
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.build).toBe('.');
  });

  it('publishes the API port it configures, on loopback only', () => {
    expect(api?.ports).toEqual([`127.0.0.1:${api?.environment.PORT}:${api?.environment.PORT}`]);
    expect(api?.environment.HOST).toBe('0.0.0.0');
    expect(api?.environment.NODE_ENV).toBe('production');
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs as a non-root user in another', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/src\/main\.js", "serve"\]/);
  });
});
