import { spawnSync } from 'node:child_process';
import { command, parseCommandLine, runAsProcess } from '../src/cli';
import { buildWeb } from './build-web';

const USAGE = `usage: npm run build

Compiles the server (src/) with tsc -p tsconfig.build.json into dist/src, and bundles the browser
pages (web/) into dist/web. \`npm run start:prod\` then runs dist/src/main.js with node alone (no tsx),
NODE_ENV=production unless NODE_ENV is set. The Dockerfile does the same.
  -h, --help   this text`;

async function main(args: readonly string[]): Promise<number> {
  parseCommandLine(args, {});
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (tsc.status !== 0) {
    console.error('build failed: tsc reported errors');
    return 1;
  }
  console.log('compiled src/ into dist/src');
  const web = await buildWeb({ log: (l) => console.log(l) });
  if (!web.built) console.log('browser pages are up to date (dist/web)');
  return 0;
}

runAsProcess(command(USAGE, main));
