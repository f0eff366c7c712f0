import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort, portOpen } from '../../src/db/local/instance';
import { fromRoot } from '../../src/paths';
import { testEnv, testPort } from '../support/neo4j';
import { inBatches, run, runMain, silentServer, stackFrames } from '../support/processes';

/**
 * The command lines as a user meets them: every command of the README's table answers --help;
 * mistakes get one line and no stack trace; a start that cannot succeed stops what it started and
 * names the setting to change.
 */

jest.setTimeout(240_000);

/** The npm scripts the README's Commands table names (`npm start`, `npm run db:start` / `db:stop`, ...). */
function readmeScripts(): string[] {
  const readme = readFileSync(fromRoot('README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## Commands'));
  const scripts: string[] = [];
  for (const row of table.split('\n').filter((l) => l.startsWith('| `npm'))) {
    const cell = row.split(/(?<!\\)\|/)[1]!;
    for (const [, code] of cell.matchAll(/`([^`]+)`/g)) {
      const words = code!.split(' ');
      scripts.push(words[0] !== 'npm' ? words[0]! : words[1] === 'run' ? words[2]! : words[1]!);
    }
  }
  return [...new Set(scripts)];
}

describe('--help', () => {
  const scripts = readmeScripts();
  const defined = Object.keys((JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

  it('is asked of every command the README lists, each an npm script', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(18);
    expect(scripts.filter((s) => !defined.includes(s))).toEqual([]);
  });

  it('is answered by every command with its usage, exit status 0', async () => {
    const results = await inBatches(scripts, 4, async (script) => ({ script, ...(await run('npm', ['run', '--silent', script, '--', '--help'])) }));
    for (const r of results) {
      expect({ script: r.script, code: r.code, usage: /usage|options:/i.test(r.stdout), stack: stackFrames(r.stdout + r.stderr) }).toEqual({
        script: r.script,
        code: 0,
        usage: true,
        stack: [],
      });
    }
    // Ours say what the command does, not only its syntax.
    const ours = results.filter((r) => /^usage: npm/m.test(r.stdout));
    expect(ours.length).toBeGreaterThanOrEqual(14);
    for (const r of ours) {
      const described = r.stdout.trim().split('\n').filter((line) => line.trim() !== '' && !/^\s*(usage:|npm )/.test(line));
      expect({ script: r.script, described: described.length > 0 }).toEqual({ script: r.script, described: true });
    }
  });
});

describe('a user error', () => {
  const cases: [string, string[], Record<string, string>, number, RegExp][] = [
    ['load', ['load', '/no/such/dir'], {}, 2, /^no such file or directory: \/no\/such\/dir$/m],
    ['export', ['export', '--format', 'xlsx'], {}, 2, /^unknown format "xlsx"$/m],
    ['extract', ['extract', 'no-such-report.txt'], {}, 1, /^cannot read no-such-report.txt: no such file$/m],
    ['cypher', ['cypher', '--bogus'], {}, 2, /^Unknown option '--bogus'$/m],
    ['db', ['db', 'restart'], {}, 2, /^unknown action "restart"$/m],
    ['an unknown command', ['serve-all'], {}, 2, /^unknown command "serve-all"$/m],
    ['a setting', ['db', 'status'], { PORT: 'abc' }, 1, /^ {2}PORT must be a number \(got "abc"\)$/m],
  ];

  it('gets one line saying what is wrong, the usage where it helps, and no stack trace', async () => {
    const results = await inBatches(cases, 4, async ([what, args, env, code, message]) => ({ what, code, message, r: await runMain(args, env) }));
    for (const { what, code, message, r } of results) {
      expect({ what, code: r.code, stack: stackFrames(r.stdout + r.stderr), said: message.test(r.stderr) }).toEqual({ what, code, stack: [], said: true });
      if (code === 2) expect({ what, usage: /^usage: /m.test(r.stderr) }).toEqual({ what, usage: true });
    }
  });

  it('in facts:check (its own script) gets one line too', async () => {
    const r = await run('npm', ['run', '--silent', 'facts:check', '--', '/no/such/file.json']);
    expect({ code: r.code, stack: stackFrames(r.stderr) }).toEqual({ code: 2, stack: [] });
    expect(r.stderr).toMatch(/^no such file or directory: \/no\/such\/file\.json$/m);
  });
});

describe('a start that cannot succeed', () => {
  /** What the user sees last: the one line the failed start printed. */
  const lastLine = (text: string) => text.trim().split('\n').at(-1);

  it('with PORT taken: says so before starting Neo4j, and leaves none running', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    const home = fromRoot('.neo4j', 'test-tmp', 'port-taken');
    const boltPort = await freePort();
    try {
      const r = await run('npm', ['start'], { PORT: String(port), NEO4J_LOCAL_HOME: home, NEO4J_LOCAL_PORT: String(boltPort), LOG_LEVEL: 'warn' });
      expect(r.code).toBe(1);
      expect(lastLine(r.stderr)).toBe(`esg-graph could not start: port ${port} on 127.0.0.1 is in use by another process: stop it, or set PORT to a free port`);
      expect(stackFrames(r.stdout + r.stderr)).toEqual([]);
      expect(existsSync(join(home, 'neo4j.pid'))).toBe(false);
      expect(await portOpen(boltPort)).toBe(false);
    } finally {
      taken.close();
    }
  });

  it('with nothing listening at NEO4J_URI: names NEO4J_URI', async () => {
    const port = await freePort();
    const r = await runMain(['serve'], { ...testEnv({ LOG_LEVEL: 'warn' }), NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'any-password', PORT: '0' });
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toBe(
      `esg-graph could not start: cannot reach Neo4j at bolt://127.0.0.1:${port}: connection refused (nothing listens there); check NEO4J_URI (unset it to use the local Neo4j)`,
    );
  });

  it('with a NEO4J_URI that accepts connections and never answers: gives up after CONNECTION_TIMEOUT_MS', async () => {
    const silent = await silentServer();
    try {
      const r = await runMain(['serve'], {
        ...testEnv({ LOG_LEVEL: 'warn' }),
        NEO4J_URI: `bolt://127.0.0.1:${silent.port}`,
        NEO4J_PASSWORD: 'any-password',
        CONNECTION_TIMEOUT_MS: '1000',
        PORT: '0',
      }, { timeoutMs: 60_000 });
      expect(r.code).toBe(1);
      expect(lastLine(r.stderr)).toBe(
        `esg-graph could not start: cannot reach Neo4j at bolt://127.0.0.1:${silent.port}: no answer within 1000 ms; check NEO4J_URI (unset it to use the local Neo4j), or raise CONNECTION_TIMEOUT_MS`,
      );
    } finally {
      await silent.close();
    }
  });

  it('with a password Neo4j refuses: names NEO4J_PASSWORD, never the password', async () => {
    // Another user than the suites' own: failed logins lock a user for a few seconds.
    const password = `wrong-password-${Date.now()}`;
    const r = await runMain(['serve'], {
      ...testEnv({ LOG_LEVEL: 'warn' }),
      NEO4J_URI: `bolt://127.0.0.1:${testPort()}`,
      NEO4J_USER: 'nobody',
      NEO4J_PASSWORD: password,
      PORT: '0',
    });
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toBe(
      `esg-graph could not start: Neo4j at bolt://127.0.0.1:${testPort()} refused user "nobody" with the password given: check NEO4J_PASSWORD (and NEO4J_USER)`,
    );
    expect(r.stdout + r.stderr).not.toContain(password);
  });

  it('after starting the local Neo4j (a bad facts file): stops that Neo4j and names FACTS_DIR', async () => {
    // Beside the other instances' homes, so it shares their cached Neo4j classpath (.neo4j/cache).
    const home = fromRoot('.neo4j', 'test-start-failure');
    const facts = fromRoot('.neo4j', 'test-tmp', 'bad-facts-dir');
    rmSync(home, { recursive: true, force: true });
    mkdirSync(facts, { recursive: true });
    writeFileSync(join(facts, 'broken.json'), '{"source": {"file": "broken.txt"}}\n');
    const boltPort = await freePort();
    try {
      const r = await runMain(['serve'], {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        NEO4J_LOCAL_HOME: home,
        NEO4J_LOCAL_PORT: String(boltPort),
        NEO4J_HEAP: '256m',
        NEO4J_PAGECACHE: '32m',
        FACTS_DIR: facts,
        PORT: '0',
      }, { timeoutMs: 200_000 });
      expect(r.code).toBe(1);
      expect(lastLine(r.stderr)).toMatch(/^esg-graph could not start: broken\.json in FACTS_DIR \(.+bad-facts-dir\) is not valid: .+; fix it \(npm run facts:check lists every problem\), or set LOAD_ON_START=false$/);
      // It had started it (and applied the migrations), and stopped it again.
      expect(existsSync(join(home, 'data'))).toBe(true);
      expect(existsSync(join(home, 'neo4j.pid'))).toBe(false);
      expect(await portOpen(boltPort)).toBe(false);
    } finally {
      rmSync(facts, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  });
});
