import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The query timeout every benchmarked server applies to its statements, in ms (the same for all). */
export const QUERY_TIMEOUT_ENV = 'BENCH_QUERY_TIMEOUT_MS';

export function benchQueryTimeoutMs(): number {
  const ms = Number(process.env[QUERY_TIMEOUT_ENV] ?? '30000');
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`${QUERY_TIMEOUT_ENV} must be a positive integer`);
  return ms;
}

/**
 * What every benchmarked server process does around its own setup: listen on 127.0.0.1 at
 * BENCH_PORT, announce the port on stdout (the harness waits for that line), and on SIGTERM stop
 * accepting, release its resources and exit.
 */
export async function serveUntilStopped(server: Server, release: () => Promise<void>): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? '0');
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
