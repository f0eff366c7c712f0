import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { factsFileSchema, type FactsFile } from './schema';

/** Where in a file's text a problem is: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface FileProblem {
  path: string;
  message: string;
  /** Where the value at `path` starts in the file, when the file's text is known. */
  at?: Position | undefined;
}

/** `file:line:column: path: message`, the way compilers point at a place in a file. */
export const describeProblem = (file: string, p: FileProblem) => `${basename(file)}${p.at ? `:${p.at.line}:${p.at.column}` : ''}: ${p.path ? `${p.path}: ` : ''}${p.message}`;

/**
 * A facts file that cannot be used. The message is one line naming the file and its first problem
 * (and how many more there are); `problems` holds them all, for `facts:check`.
 */
export class FactsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly FileProblem[],
  ) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: npm run facts:check -- ${basename(file)} lists them)` : '';
    super(`${first ? describeProblem(file, first) : `${basename(file)}: not a valid facts file`}${more}`);
    this.name = 'FactsFileError';
  }
}

/** The 1-based line and column of an offset in a text. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** `CommaExpected` → `comma expected`. */
const describe = (error: ParseError) =>
  printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/**
 * JSON text to a value, or the first syntax error with its line and column (JSON.parse of Node 20
 * does not always say where): strict JSON, no comments or trailing commas.
 */
export function parseJson(file: string, text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [error] = errors;
  if (error) throw new FactsFileError(file, [{ path: '', message: `not valid JSON: ${describe(error)}`, at: positionOf(text, error.offset) }]);
  return value;
}

/** A facts file's value checked against the schema; with the file's text, each problem says where it is. */
export function parseFacts(file: string, json: unknown, text?: string): FactsFile {
  const parsed = factsFileSchema.safeParse(json);
  if (!parsed.success) {
    const tree = text === undefined ? undefined : parseTree(text);
    throw new FactsFileError(
      file,
      parsed.error.issues.map((i) => {
        const located = tree ? locate(tree, i.path) : undefined;
        return { path: formatPath(i.path), message: i.message, at: located === undefined || text === undefined ? undefined : positionOf(text, located) };
      }),
    );
  }
  return parsed.data;
}

/** The offset of the deepest value of `path` the file has (a missing key: the object that lacks it). */
function locate(tree: NonNullable<ReturnType<typeof parseTree>>, path: readonly PropertyKey[]): number | undefined {
  const segments = path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) return node.offset;
  }
  return undefined;
}

export function readFactsFile(file: string): FactsFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FactsFileError(file, [{ path: '', message: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }]);
  }
  return parseFacts(file, parseJson(file, text), text);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}
