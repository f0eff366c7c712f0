import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../paths';

export const TOOLS_DIR = fromRoot('tools', 'neo4j');
const POM = join(TOOLS_DIR, 'pom.xml');

/**
 * The Neo4j jars on the classpath, resolved by Maven from Maven Central into the local Maven repository.
 * The first call downloads; later calls read the cached list (keyed by the pom's hash) and need no network.
 */
export function neo4jClasspath(cacheDir: string, log: (line: string) => void = () => {}): string[] {
  const pomHash = createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16);
  const cacheFile = join(cacheDir, `classpath-${pomHash}.txt`);
  if (existsSync(cacheFile)) {
    const jars = readFileSync(cacheFile, 'utf8').trim().split(':');
    if (jars.length > 0 && jars.every((jar) => existsSync(jar))) return jars;
  }
  mkdirSync(cacheDir, { recursive: true });
  // Offline first: once the jars are in the local Maven repository no network is needed.
  const offline = runMaven(['-o'], cacheFile);
  if (offline.status !== 0 || !existsSync(cacheFile)) {
    log('resolving Neo4j from Maven Central (first run downloads about 130 MB)...');
    const online = runMaven([], cacheFile);
    if (online.error) {
      throw new Error(`cannot run Maven (${online.error.message}): install Maven 3 and make "mvn" available on PATH`);
    }
    if (online.status !== 0 || !existsSync(cacheFile)) {
      throw new Error(`Maven could not resolve Neo4j from ${POM}:\n${(online.stdout + online.stderr).trim()}`);
    }
  }
  return readFileSync(cacheFile, 'utf8').trim().split(':');
}

function runMaven(flags: string[], outputFile: string) {
  return spawnSync('mvn', [...flags, '-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${outputFile}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Writes a java @argfile so the long classpath stays out of the process list. */
export function writeJvmArgs(file: string, jars: readonly string[], heap: string): void {
  const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-cp',
    quote(jars.join(':')),
  ];
  writeFileSync(file, lines.join('\n') + '\n');
}
