/**
 * Monaco (GraphiQL's editor) runs language services in web workers and asks the page for them by
 * label. The workers are bundled next to the page (tools/build-web.ts) and started from there, not
 * from a CDN.
 */
export function startMonacoWorkers(base: string): void {
  const url = (name: string) => new URL(`${base}${name}.worker.js`, document.baseURI).href;
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      switch (label) {
        case 'graphql':
          return new Worker(url('graphql'));
        case 'json':
          return new Worker(url('json'));
        default:
          return new Worker(url('editor'));
      }
    },
  };
}
