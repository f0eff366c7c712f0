import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { command, parseCommandLine, runAsProcess, UsageError } from '../../cli';

export const EXTRACT_USAGE = `usage: npm run extract -- <report.txt> [--company <id>] [--out <file>]

Proposes a facts file from one report (text, in simplified or traditional Chinese or English): the
standards, memberships, programmes, partners, suppliers, frameworks, SDGs and metrics the rules find,
each with its evidence (line and verbatim quote). The proposal is for a person to review before it is
loaded; nothing is written to the graph.

  <report.txt>      the report's text file, e.g. data/reports/sensetime-esg-2022.txt
  --company <id>    the id of the publishing company (default: recognised from its name,
                    tickers or website in the report)
  --out <file>      write the facts file there (default: print it on stdout)
  -h, --help        this text

Then: review the file (fix or delete what is wrong), check it with \`npm run facts:check -- <file>\`,
and load it with \`npm run load -- <file>\`.`;

/** `extract`: prints (or writes) the proposed facts file, and on stderr what it proposed and what next. */
export const runExtract = command(EXTRACT_USAGE, async (args: readonly string[]) => {
  const { values, positionals } = parseCommandLine(args, { company: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing report path' : `unexpected argument ${positionals[1]}`);
  const report = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(report, 'utf8');
  } catch (err) {
    console.error(`cannot read ${report}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    return 1;
  }
  // The extractor (rules, dictionaries) is loaded only when there is something to extract: the other
  // commands import this module for its usage.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { extractFacts } = require('./index') as typeof import('./index');
  const facts = extractFacts({ text, sourceFile: basename(report), ...(values.company ? { companyId: values.company } : {}) });
  const json = `${JSON.stringify(facts, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json, 'utf8');
  else process.stdout.write(json);
  console.error(proposalSummary(facts as unknown as Record<string, unknown>, values.out));
  return 0;
});

/** How many facts of each kind were proposed, and the next step. */
export function proposalSummary(facts: Record<string, unknown>, out: string | undefined): string {
  const kinds = Object.entries(facts).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
  const width = Math.max(...kinds.map(([kind]) => kind.length));
  const total = kinds.reduce((n, [, list]) => n + list.length, 0);
  const target = out ?? '<file>';
  return [
    `${out ? `wrote ${out}: ` : ''}${total} facts proposed`,
    ...kinds.map(([kind, list]) => `  ${kind.padEnd(width)}  ${list.length}`),
    `next: review ${target} against the report (the extractor proposes, a person decides),`,
    `      then \`npm run facts:check -- ${target}\` and \`npm run load -- ${target}\``,
  ].join('\n');
}

if (require.main === module) runAsProcess(runExtract);
