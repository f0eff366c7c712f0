/**
 * An abusive client, run as a process of its own so that its flood never slows the measuring
 * client's event loop: `node --import tsx abuser.ts <url> <ms> <concurrency> <x-forwarded-for>`.
 * Sends heavy requests from many connections at once; refused, it tries again 20 ms later. Prints a
 * JSON summary when the time is up.
 */
import { HEAVY, HEAVY_VARIABLES } from './heavy-queries';

async function main(): Promise<void> {
  const [url, ms, concurrency, forwardedFor] = process.argv.slice(2);
  const until = performance.now() + Number(ms);
  const summary = { ok: 0, throttled: 0, other: 0, retryAfter: [] as string[], codes: {} as Record<string, number> };
  const worker = async (w: number) => {
    for (let i = w; performance.now() < until; i++) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor! },
        body: JSON.stringify({ query: HEAVY[i % HEAVY.length], variables: HEAVY_VARIABLES }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'MISSING');
      if (res.status === 429 && codes.length > 0 && codes.every((c) => c === 'RATE_LIMITED')) {
        summary.throttled++;
        const retry = res.headers.get('retry-after') ?? 'none';
        if (!summary.retryAfter.includes(retry)) summary.retryAfter.push(retry);
        await new Promise((r) => setTimeout(r, 20));
      } else if (res.status === 200 && codes.length === 0) summary.ok++;
      else {
        summary.other++;
        const key = `${res.status} ${codes.join('+')}`;
        summary.codes[key] = (summary.codes[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Number(concurrency) }, (_, w) => worker(w)));
  process.stdout.write(JSON.stringify(summary) + '\n');
}

void main();
