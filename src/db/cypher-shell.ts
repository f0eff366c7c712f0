import { createInterface } from 'node:readline';
import Table from 'cli-table3';
import neo4j, { isNode, isPath, isRelationship, Neo4jError, type Driver, type Record as Neo4jRecord, type ResultSummary, type Session } from 'neo4j-driver';
import { command, parseCommandLine, UsageError } from '../cli';
import type { Config } from '../config';
import { connect } from './connect';

export const CYPHER_USAGE = `usage: npm run cypher [-- --write] [-- -e "<statement>"] [-- --format table|json]

A Cypher shell on the configured Neo4j: the local one (started when needed, stopped again on exit)
unless NEO4J_URI is set. It only reads unless --write is given: statements run in READ access mode,
in which Neo4j refuses to write. Each statement runs under QUERY_TIMEOUT_MS.

Type statements ending with ; (they may span lines); :help lists the shell's commands, :exit (or
Ctrl+D) leaves. Statements can also come from -e, or from standard input:
  npm run cypher -- -e "MATCH (c:Company) RETURN c.id, c.name ORDER BY c.id"
  npm run cypher < queries.cypher

  -e, --execute <statements>   run these (separated by ;) and exit
  --write                      allow statements that change the graph
  --format table|json          rows as a table (default) or one JSON object per line
  -h, --help                   this text

Neo4j Desktop or Browser can open the local store too: bolt://127.0.0.1:7687 (NEO4J_LOCAL_PORT),
user neo4j, the password in .neo4j/dev/password.`;

const SHELL_HELP = `:help    this text
:exit    leave (or Ctrl+D)
:labels  the node labels and how many nodes carry each
:types   the relationship types and how many relationships have each
Anything else is Cypher, run when a line ends with ;`;

const SHORTCUTS: Record<string, string> = {
  ':labels': 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label',
  ':types': 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type',
};

type Format = 'table' | 'json';

/** `cypher`: runs Cypher from -e, from piped input, or typed at a prompt. */
export const cypherCommand = command(CYPHER_USAGE, async (config: Config, args: readonly string[]) => {
  const { values, positionals } = parseCommandLine(args, {
    execute: { type: 'string', short: 'e' },
    write: { type: 'boolean', default: false },
    format: { type: 'string', default: 'table' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]} (a statement goes after -e, in quotes)`);
  if (values.format !== 'table' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}"`);
  const shell = new CypherShell(config, values.write, values.format);
  const connection = await connect(config, (line) => console.error(line));
  try {
    shell.open(connection.db.driver, connection.db.options.database);
    if (values.execute !== undefined) return await shell.runAll(splitCypher(values.execute));
    if (!process.stdin.isTTY) return await shell.runAll(splitCypher(await readAll(process.stdin)));
    return await shell.interactive();
  } finally {
    await shell.close();
    await connection.close();
  }
});

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

class CypherShell {
  private session: Session | undefined;
  private where = '';

  constructor(
    private readonly config: Config,
    private readonly write: boolean,
    private readonly format: Format,
  ) {}

  open(driver: Driver, database: string): void {
    this.session = driver.session({ database, defaultAccessMode: this.write ? neo4j.session.WRITE : neo4j.session.READ });
    this.where = `${this.config.NEO4J_URI ?? `bolt://127.0.0.1:${this.config.NEO4J_LOCAL_PORT}`} (${database})`;
  }

  async close(): Promise<void> {
    await this.session?.close();
  }

  /** Runs statements one after the other; stops at the first failure (exit 1). */
  async runAll(statements: readonly string[]): Promise<number> {
    for (const statement of statements) {
      if (!(await this.run(statement))) return 1;
    }
    return 0;
  }

  async interactive(): Promise<number> {
    console.error(`connected to ${this.where}, ${this.write ? 'READ and WRITE' : 'read-only (--write to change the graph)'}; :help for help, :exit to leave`);
    const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'cypher> ', historySize: 500 });
    let buffer: string[] = [];
    rl.prompt();
    for await (const line of rl) {
      const trimmed = line.trim();
      if (buffer.length === 0 && trimmed.startsWith(':')) {
        if (trimmed === ':exit' || trimmed === ':quit') break;
        if (trimmed === ':help') console.log(SHELL_HELP);
        else if (SHORTCUTS[trimmed]) await this.run(SHORTCUTS[trimmed]!);
        else console.error(`unknown command ${trimmed}; :help lists them`);
      } else if (trimmed !== '' || buffer.length > 0) {
        buffer.push(line);
        if (trimmed.endsWith(';')) {
          for (const statement of splitCypher(buffer.join('\n'))) await this.run(statement);
          buffer = [];
        }
      }
      rl.setPrompt(buffer.length > 0 ? '      > ' : 'cypher> ');
      rl.prompt();
    }
    rl.close();
    return 0;
  }

  /** Runs one statement and prints its rows and summary; false when it failed (the error is printed). */
  private async run(statement: string): Promise<boolean> {
    try {
      const result = await this.session!.run(statement, {}, { timeout: this.config.QUERY_TIMEOUT_MS });
      this.print(result.records, result.summary);
      return true;
    } catch (err) {
      console.error(`error: ${explain(err, this.write)}`);
      return false;
    }
  }

  private print(records: Neo4jRecord[], summary: ResultSummary): void {
    const keys = records[0]?.keys.map(String) ?? [];
    if (this.format === 'json') {
      for (const record of records) console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, plain(record.get(k))]))));
      return;
    }
    if (keys.length > 0) {
      const table = new Table({ head: keys, style: { head: [], border: [], compact: true }, wordWrap: true });
      for (const record of records) table.push(keys.map((k) => show(record.get(k))));
      console.log(table.toString());
    }
    const ms = neo4j.integer.toNumber(summary.resultAvailableAfter) + neo4j.integer.toNumber(summary.resultConsumedAfter);
    const updates = Object.entries(summary.counters.updates()).filter(([, n]) => n > 0);
    console.error(
      `${records.length} row${records.length === 1 ? '' : 's'} in ${ms} ms${updates.length > 0 ? `; ${updates.map(([k, n]) => `${k}: ${n}`).join(', ')}` : ''}`,
    );
  }
}

/**
 * Statements of a script: split at each `;` outside strings, quoted names and comments (Neo4j runs
 * one statement per query). Blank statements are dropped.
 */
export function splitCypher(text: string): string[] {
  const statements: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === '\\' && ch !== '`') i++;
    } else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === ';') {
      statements.push(text.slice(start, i));
      start = i + 1;
    }
  }
  statements.push(text.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s !== '' && !/^(\/\/[^\n]*\s*)+$/.test(s));
}

/** A Neo4j failure in words: a refused write says how to allow writes. */
export function explain(err: unknown, write: boolean): string {
  const code = err instanceof Neo4jError ? err.code : '';
  if (!write && (code === 'Neo.ClientError.Statement.AccessMode' || /read access mode/i.test((err as Error)?.message ?? ''))) {
    return 'this shell is read-only and Neo4j refused a write; to change the graph, start it with --write (npm run cypher -- --write)';
  }
  const message = err instanceof Error ? err.message.trim() : String(err);
  return code ? `${message} (${code})` : message;
}

/** A driver value as JSON-ready data: nodes and relationships as their labels/type and properties. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isNode(value)) return { labels: value.labels, properties: plain(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: plain(value.properties) };
  if (isPath(value)) return value.segments.map((s) => [plain(s.start), plain(s.relationship), plain(s.end)]);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  if (typeof value === 'object') return String(value);
  return value;
}

/** A driver value as Cypher-like text for a table cell: `(:Company {id: "sensetime"})`. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (isNode(value)) return `(${value.labels.map((l) => `:${l}`).join('')} ${show(value.properties)})`;
  if (isRelationship(value)) return `[:${value.type} ${show(value.properties)}]`;
  if (isPath(value)) {
    return value.segments.map((s, i) => `${i === 0 ? show(s.start) : ''}-${show(s.relationship)}->${show(s.end)}`).join('');
  }
  if (neo4j.isInt(value)) return value.toString();
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'object' && value.constructor === Object) {
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${show(v)}`).join(', ')}}`;
  }
  return String(value);
}
