import { errorCodes, postGraphQL } from './graphql';
import { QUERY_MIX } from './query-mix';

/** One request of the background traffic: when it started and ended (ms, performance.now()) and how it went. */
export interface Sample {
  start: number;
  end: number;
  ok: boolean;
  status: number;
  codes: string[];
  operation: string;
}

export interface Traffic {
  samples: Sample[];
  stop(): Promise<void>;
}

/**
 * `clients` loops, each sending the query mix in turn until stopped; every answer is recorded. After
 * a failure a client waits `backOffMs` before its next request, as one told "try again shortly" would.
 */
export function startTraffic(url: string, clients: number, timeoutMs: number, backOffMs = 250): Traffic {
  const samples: Sample[] = [];
  let running = true;
  const client = async (offset: number) => {
    for (let i = offset; running; i++) {
      const op = QUERY_MIX[i % QUERY_MIX.length]!;
      const start = performance.now();
      try {
        const answer = await postGraphQL(url, op.query, op.variables, {}, timeoutMs);
        const codes = errorCodes(answer.body);
        const ok = answer.status === 200 && codes.length === 0 && answer.body !== undefined;
        samples.push({ start, end: performance.now(), ok, status: answer.status, codes, operation: op.name });
        if (!ok) await new Promise((r) => setTimeout(r, backOffMs));
      } catch (err) {
        samples.push({ start, end: performance.now(), ok: false, status: 0, codes: [`FETCH_FAILED:${(err as Error).name}`], operation: op.name });
        await new Promise((r) => setTimeout(r, backOffMs));
      }
    }
  };
  const loops = Array.from({ length: clients }, (_, i) => client(i));
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
