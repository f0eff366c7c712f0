import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The query timeout every benchmarked server applies to its statements, in ms (the same for all). */
export const QUERY_TIMEOUT_ENV = 'BENCH_QUERY_TIMEOUT_MS';

export function benchQueryTimeoutMs(): number {
  const ms = Number(process.env[QUERY_TIMEOUT_ENV] ?? '30000');
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`${QUERY_TIMEOUT_ENV} must be a positive integer`);
  return ms;
}

/** Where a server writes CPU profiles when the harness asks for them (SIGUSR2 starts, the next stops). */
export const CPU_PROFILE_DIR_ENV = 'BENCH_CPU_PROFILE_DIR';

/**
 * V8's sampling CPU profiler (what `node --cpu-prof` writes), started and stopped by SIGUSR2 so that a
 * profile covers the measured window only, not start-up or warm-up. Each profile is written as
 * `<dir>/<n>.cpuprofile` and announced on stdout.
 */
function profileOnSignal(dir: string): void {
  const session = new Session();
  session.connect();
  let running = false;
  let written = 0;
  process.on('SIGUSR2', () => {
    const toggle = running
      ? session.post('Profiler.stop').then(({ profile }) => {
          const file = join(dir, `${++written}.cpuprofile`);
          writeFileSync(file, JSON.stringify(profile));
          console.log(`profile written ${file}`);
        })
      : session
          .post('Profiler.enable')
          .then(() => session.post('Profiler.setSamplingInterval', { interval: 1000 }))
          .then(() => session.post('Profiler.start'))
          .then(() => console.log('profiling'));
    running = !running;
    toggle.catch((err: unknown) => console.error(`profiler: ${String(err)}`));
  });
}

/**
 * What every benchmarked server process does around its own setup: listen on 127.0.0.1 at
 * BENCH_PORT, announce the port on stdout (the harness waits for that line), and on SIGTERM stop
 * accepting, release its resources and exit.
 */
export async function serveUntilStopped(server: Server, release: () => Promise<void>): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? '0');
  const profileDir = process.env[CPU_PROFILE_DIR_ENV];
  if (profileDir) profileOnSignal(profileDir);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  console.log(`listening ${(server.address() as AddressInfo).port}`);
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close();
    release().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
