import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
