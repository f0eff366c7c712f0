import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractFacts } from './index';

const USAGE = 'usage: extract <report path> [--company <id>] [--out <file>]';

/** `extract <report path> [--company <id>] [--out <file>]`: prints (or writes) the proposed facts file. */
export async function runExtract(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(parsed);
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(parsed.report, 'utf8');
  } catch (err) {
    console.error(`cannot read ${parsed.report}: ${(err as Error).message}`);
    return 1;
  }
  const facts = extractFacts({ text, sourceFile: basename(parsed.report), companyId: parsed.company });
  const json = `${JSON.stringify(facts, null, 2)}\n`;
  if (parsed.out) {
    writeFileSync(parsed.out, json, 'utf8');
    console.error(`wrote ${parsed.out}`);
  } else {
    process.stdout.write(json);
  }
  return 0;
}

interface Args {
  report: string;
  company?: string;
  out?: string;
}

function parseArgs(args: readonly string[]): Args | string {
  let report: string | undefined;
  let company: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--company' || arg === '--out') {
      const value = args[++i];
      if (!value) return `${arg} needs a value`;
      if (arg === '--company') company = value;
      else out = value;
    } else if (arg?.startsWith('--')) {
      return `unknown option ${arg}`;
    } else if (arg !== undefined) {
      if (report) return `unexpected argument ${arg}`;
      report = arg;
    }
  }
  if (!report) return 'missing report path';
  const result: Args = { report };
  if (company) result.company = company;
  if (out) result.out = out;
  return result;
}

if (require.main === module) {
  void runExtract(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
