/** A V8 CPU profile (`.cpuprofile`, as `node --cpu-prof` writes it). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface CpuSummary {
  /** Sampled time not idle (ms), and per correct answer. */
  busyMs: number;
  idleMs: number;
  requests: number;
  busyMsPerRequest: number;
  /** Self time by where the code comes from, largest first. */
  categories: { name: string; ms: number; share: number }[];
  /** Self time by function, largest first. */
  functions: { name: string; where: string; ms: number; share: number }[];
}

/** Where a frame's code comes from, by its file (first match wins). */
const CATEGORIES: [RegExp, string][] = [
  [/\/node_modules\/graphql\/execution\//, 'graphql-js execution'],
  [/\/node_modules\/graphql\/validation\//, 'graphql-js validation'],
  [/\/node_modules\/graphql\/language\//, 'graphql-js parse and print'],
  [/\/node_modules\/graphql\//, 'graphql-js (types, values, utilities)'],
  [/\/node_modules\/graphql-parse-resolve-info\//, 'graphql-parse-resolve-info'],
  [/\/node_modules\/@escape\.tech\//, 'graphql-armor (request limits)'],
  [/\/node_modules\/@apollo\/|\/node_modules\/@as-integrations\//, 'Apollo Server'],
  [/\/node_modules\/@neo4j\/(graphql|cypher-builder)\//, '@neo4j/graphql translation'],
  [/\/node_modules\/neo4j-driver[^/]*\//, 'neo4j-driver (Bolt, PackStream, records)'],
  [/\/node_modules\/pino[^/]*\//, 'logging'],
  [/\/node_modules\/(express|router|body-parser|raw-body|iconv-lite|qs|on-finished|finalhandler|send|type-is|negotiator|accepts|content-type|media-typer|mime[^/]*|http-errors|statuses|depd|debug|ms|cors|vary|etag|fresh|parseurl|encodeurl|escape-html|cookie[^/]*|safe-buffer|bytes|unpipe|destroy|ee-first|setprototypeof|inherits|toidentifier|utils-merge|merge-descriptors|path-to-regexp|serve-static|forwarded|proxy-addr|ipaddr\.js|range-parser|content-disposition|call-bind[^/]*|get-intrinsic|side-channel[^/]*|object-inspect|function-bind|has-symbols|hasown|es-[^/]*|gopd|math-intrinsics|dunder-proto|get-proto|is-promise|once|wrappy)\//, 'express, body parsing and their helpers'],
  [/\/src\/graphql\/compile\//, 'esg-graph: compiler (Cypher from the selection)'],
  [/\/src\/graphql\//, 'esg-graph: resolvers and rows'],
  [/\/src\/server\//, 'esg-graph: server (nesting check, context)'],
  [/\/src\//, 'esg-graph: other'],
  [/\/bench\//, 'benchmark server code'],
  [/^node:|^internal\//, 'Node.js core (http, streams, net)'],
  [/\/node_modules\//, 'other packages'],
];

/** Native stream writes: the system call, and on loopback the kernel's TCP work for both ends. */
const SOCKET_WRITES = new Set(['writeBuffer', 'writev', 'writeUtf8String', 'writeLatin1String', 'writeAsciiString', 'writeUcs2String']);

function category(name: string, url: string): string {
  if (name === '(idle)') return 'idle';
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(program)') return 'V8 and native code (program)';
  if (url === '') {
    if (SOCKET_WRITES.has(name)) return 'socket writes (system calls; loopback TCP)';
    if (name === 'stringify' || name === 'parse') return 'JSON.stringify / JSON.parse';
    if (name === 'runMicrotasks') return 'promise jobs (microtask queue)';
    return 'V8 builtins and native bindings (other)';
  }
  return CATEGORIES.find(([pattern]) => pattern.test(url))?.[1] ?? 'other';
}

const shortUrl = (url: string) => url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/').replace(/^file:\/\//, '');

/** Self time per category and per function over the whole profile; `requests` answered within it. */
export function summariseProfile(profile: CpuProfile, requests: number, top = 15): CpuSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The profiler's own stop call (node:inspector `post`) is sampled too; it is no part of serving.
  const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id] as const)));
  const profilerItself = (id: number): boolean => {
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const f = byId.get(p)!.callFrame;
      if (f.functionName === 'post' && f.url === 'node:inspector') return true;
    }
    return false;
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const categories = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; us: number }>();
  let idleUs = 0;
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    if (profilerItself(id)) continue;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const name = functionName || '(anonymous)';
    const cat = category(name, url);
    if (cat === 'idle') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    categories.set(cat, (categories.get(cat) ?? 0) + us);
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : cat;
    const key = `${name} ${where}`;
    const f = functions.get(key) ?? { name, where, us: 0 };
    f.us += us;
    functions.set(key, f);
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const share = (us: number) => Math.round((1000 * us) / Math.max(busyUs, 1)) / 10;
  return {
    busyMs: ms(busyUs),
    idleMs: ms(idleUs),
    requests,
    busyMsPerRequest: requests > 0 ? Math.round((100 * busyUs) / 1000 / requests) / 100 : 0,
    categories: [...categories].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: ms(us), share: share(us) })),
    functions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, ms: ms(f.us), share: share(f.us) })),
  };
}
