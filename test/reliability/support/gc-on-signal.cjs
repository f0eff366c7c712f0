// Preloaded into the API child by the load suite (with --expose-gc): SIGUSR2 runs a full garbage
// collection and prints the memory left afterwards, so memory is compared as what the process retains
// rather than garbage awaiting collection.
const v8 = require('node:v8');

process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
  process.stderr.write(`memory-after-gc ${JSON.stringify({ ...process.memoryUsage(), spaces })}\n`);
});
