import { CURATION_TOKEN, type ApiProcess } from './api-process';
import { neo4jPassword } from './neo4j';

/** The secrets no log may ever show: the curation token and the Neo4j password. */
export function secrets(): string[] {
  return [CURATION_TOKEN, neo4jPassword()];
}

/** Which of the secrets (and the wrong tokens the suites present) a captured output contains. */
export function leakedSecrets(output: string, extra: readonly string[] = []): string[] {
  return [...secrets(), ...extra].filter((s) => output.includes(s)).map((s) => `${s.slice(0, 4)}…(${s.length} chars)`);
}

/** Lines of a captured output that report an unhandled rejection, an uncaught exception or a crash. */
export function crashLines(output: string): string[] {
  return output.split('\n').filter((l) => /unhandled|uncaught|FATAL ERROR|Segmentation fault/i.test(l));
}

/** Log lines at pino's error level (50) or above. */
export function errorLogLines(output: string): string[] {
  return output.split('\n').filter((l) => /^\{"level":(5|6)0,/.test(l));
}

/**
 * The checks every suite makes on the API it ran: the process it started never exited (nothing
 * restarted it: it is one process with no supervisor), no crash was reported, no secret was logged.
 */
export function expectHealthyProcess(api: ApiProcess): void {
  expect(api.alive()).toBe(true);
  expect(() => process.kill(api.pid, 0)).not.toThrow();
  expect(crashLines(api.output())).toEqual([]);
  expect(leakedSecrets(api.output())).toEqual([]);
}
