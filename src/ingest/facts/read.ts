import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { factsFileSchema, type FactsFile } from './schema';

/** A facts file that cannot be used: names the file, the path inside it and what is wrong. */
export class FactsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(
      `${basename(file)} is not a valid facts file:\n` +
        problems.map((p) => `  at ${p.path || '(root)'}: ${p.message}`).join('\n'),
    );
    this.name = 'FactsFileError';
  }
}

export function parseFacts(file: string, json: unknown): FactsFile {
  const parsed = factsFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new FactsFileError(
      file,
      parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  return parsed.data;
}

export function readFactsFile(file: string): FactsFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new FactsFileError(file, [{ path: '', message: `not readable JSON: ${(err as Error).message}` }]);
  }
  return parseFacts(file, json);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}
