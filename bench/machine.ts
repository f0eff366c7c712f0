import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Database } from '../src/db/database';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  neo4jMemory: { heap: string; pageCache: string };
  /** 1-minute load average when the run started: other work on the machine shows here. */
  loadAverageAtStart: number;
}

export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

export async function describeMachine(db: Database, memory: { heap: string; pageCache: string }): Promise<Machine> {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0] ?? 'unknown';
  const [neo4j] = await db.read<{ name: string; versions: string[]; edition: string }>(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
  );
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: java.trim(),
    neo4j: neo4j ? `${neo4j.name} ${neo4j.versions.join(', ')} ${neo4j.edition}` : 'unknown',
    neo4jMemory: memory,
    loadAverageAtStart: loadAverage(),
  };
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** CPU time (user + system, every thread) a process has used so far, in ms, from /proc (Linux). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: state is field 3, utime and stime fields 14 and 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
