import { spawnSync } from 'node:child_process';
import { command, runAsProcess } from '../src/cli';
import { buildWeb } from './build-web';

const USAGE = `usage: npm test [-- <jest arguments>]

Runs, in order, stopping at the first failure:
  1. the browser pages' build (dist/web; nothing to do when web/ is unchanged)
  2. codegen check   generated code in sync with schema/ and the operations (npm run codegen:check)
  3. lint            ESLint over the project (npm run lint)
  4. type check      tsc over the server, tests, tools and the browser pages (npm run typecheck)
  5. jest            unit, integration (real Neo4j) and end-to-end suites, one file at a time

The suites start their own Neo4j (.neo4j/test, Bolt on 7688 or any free port), never the development
one; the browser suites drive Debian's chromium (CHROME_PATH to use another). Arguments go to jest,
e.g. \`npm test -- test/e2e/browser\` runs the files whose path matches; \`npx jest --help\` lists them.
  -h, --help   this text`;

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.error) console.error(`cannot run ${command}: ${r.error.message}`);
  return r.status === 0;
}

async function main(args: readonly string[]): Promise<number> {
  console.log('▶ browser pages');
  const web = await buildWeb({ log: (l) => console.log(l) });
  if (!web.built) console.log('up to date');
  const steps: [string, string, string[]][] = [
    ['codegen check', 'npm', ['run', '-s', 'codegen:check']],
    ['lint', 'npm', ['run', '-s', 'lint']],
    ['type check', 'npm', ['run', '-s', 'typecheck']],
    ['jest', process.execPath, [require.resolve('jest/bin/jest'), '--runInBand', ...args]],
  ];
  for (const [title, command, commandArgs] of steps) {
    if (!run(title, command, commandArgs)) {
      console.error(`\n✖ ${title} failed`);
      return 1;
    }
  }
  return 0;
}

runAsProcess(command(USAGE, main));
