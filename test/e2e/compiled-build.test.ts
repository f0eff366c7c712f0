import { spawn } from 'node:child_process';
import { fromRoot } from '../../src/paths';
import { testEnv } from '../support/neo4j';
import { run } from '../support/processes';

/**
 * `npm run build` then `npm run start:prod`: the server compiled by tsc (tsconfig.build.json) runs with
 * node alone, serves the API and the bundled pages, and stops cleanly. The Docker image runs the same.
 */

jest.setTimeout(300_000);

it('builds, starts in production mode without tsx, serves, and stops on SIGTERM', async () => {
  const build = await run('npm', ['run', '--silent', 'build'], {}, { timeoutMs: 240_000 });
  expect({ code: build.code, stderr: build.stderr }).toEqual({ code: 0, stderr: '' });

  const env = { ...process.env, ...testEnv(), NODE_ENV: '', LOG_LEVEL: 'info', LOAD_ON_START: 'false', PORT: '0' };
  const child = spawn(process.execPath, ['tools/start-prod.cjs'], { cwd: fromRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const poll = setInterval(() => {
        const found = /esg-graph serving (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
        if (found) {
          clearInterval(poll);
          resolve(found[1]!);
        } else if (child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error(`the compiled server exited during start:\n${output}`));
        }
      }, 100);
    });
    // Production mode (NODE_ENV unset → production): JSON logs, no Sandbox, the explorer from dist/web.
    expect(output).toMatch(/^\{"level":30,.*"msg":"ready"\}$/m);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${url}/explore`)).status).toBe(200);
    expect((await fetch(`${url}/assets/explore.js`)).status).toBe(200);
    expect((await fetch(`${url}/graphiql`)).status).toBe(404);
    const answer = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(output).toMatch(/"msg":"stopped"/);
});
