import type { FuzzCase } from './cases';

/** What came back for one fuzz case, reduced to what the checks and the tally need. */
export interface Outcome {
  kind: string;
  status: number;
  codes: string[];
  hasData: boolean;
  /** Why the answer breaks a rule; empty when it keeps all of them. */
  violations: string[];
  ms: number;
}

interface ErrorBody {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

const OVERLOAD_CODES = new Set(['DATABASE_UNAVAILABLE']);

/** Sends a case over loopback and checks the answer against the rules every answer must keep, and the case's own. */
export async function sendCase(baseUrl: string, fuzz: FuzzCase, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  let status: number;
  let text: string;
  try {
    const res = await fetch(`${baseUrl}${fuzz.path}`, {
      method: fuzz.method,
      headers: fuzz.headers,
      ...(fuzz.body ? { body: new Uint8Array(fuzz.body) } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = res.status;
    text = await res.text();
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { kind: fuzz.kind, status: 0, codes: [], hasData: false, violations: [`no HTTP answer: ${(err as Error).name} ${cause?.code ?? cause?.message ?? ''}`], ms: performance.now() - started };
  }
  const ms = performance.now() - started;
  return { kind: fuzz.kind, status, ms, ...check(fuzz, status, text) };
}

function check(fuzz: FuzzCase, status: number, text: string): Pick<Outcome, 'codes' | 'hasData' | 'violations'> {
  const violations: string[] = [];
  let body: ErrorBody | undefined;
  if (text.length > 0) {
    try {
      body = JSON.parse(text) as ErrorBody;
    } catch {
      violations.push(`${status} answer is not JSON: ${text.slice(0, 120)}`);
    }
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'MISSING'));
  const hasData = body?.data !== undefined && body.data !== null && errors.length === 0;

  if (status >= 500 && !(codes.length > 0 && codes.every((c) => OVERLOAD_CODES.has(c)))) violations.push(`status ${status} ${codes.join(',')}`);
  if (codes.includes('MISSING')) violations.push('an error without a code');
  if (codes.includes('INTERNAL_SERVER_ERROR')) violations.push('INTERNAL_SERVER_ERROR');
  if (status !== 200 && errors.length === 0 && !fuzz.bodiless) violations.push(`status ${status} without errors`);
  if (fuzz.bodiless && text.length > 0) violations.push(`a body where none is due: ${text.slice(0, 120)}`);
  const unexpected = codes.filter((c) => !fuzz.allowed.includes(c) && !OVERLOAD_CODES.has(c));
  if (unexpected.length > 0) violations.push(`unexpected codes ${[...new Set(unexpected)].join(',')}`);
  if (fuzz.mustFail && hasData) violations.push('answered with data');
  if (fuzz.mustFail && codes.length === 0 && !fuzz.bodiless) violations.push('no error');
  if (fuzz.statuses && !fuzz.statuses.includes(status)) violations.push(`status ${status}, expected ${fuzz.statuses.join(' or ')}`);
  if (/\bat \S+ \(|Neo4jError|Neo\.\w+Error|stacktrace/.test(text)) violations.push('internals in the answer');
  return { codes, hasData, violations };
}

/** Counts by kind and outcome (`200 data`, `400 GRAPHQL_PARSE_FAILED`, ...). */
export function tally(outcomes: readonly Outcome[]): Record<string, Record<string, number>> {
  const byKind: Record<string, Record<string, number>> = {};
  for (const o of outcomes) {
    const key = o.status === 0 ? 'no answer' : `${o.status} ${o.codes.length > 0 ? [...new Set(o.codes)].sort().join('+') : o.hasData ? 'data' : 'empty'}`;
    const kind = (byKind[o.kind] ??= {});
    kind[key] = (kind[key] ?? 0) + 1;
  }
  return byKind;
}
