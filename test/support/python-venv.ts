import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A virtualenv for the Python example, kept between test runs while the requirements and the Python
 * version stay the same. It lives under .neo4j/cache (git-ignored) rather than .neo4j/test-tmp,
 * which the jest global setup empties on every run.
 */
export const VENV_DIR = '.neo4j/cache/python-venv';
const STAMP = 'requirements.sha256';

const INSTALL_HINT = 'The Python example needs Python 3.9+ with venv and pip: on Debian/Ubuntu `apt-get install python3 python3-venv`.';

function run(command: string, args: readonly string[], timeoutMs: number): { status: number | null; output: string; error?: Error } {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' } });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(), ...(r.error ? { error: r.error } : {}) };
}

export function venvPython(dir = VENV_DIR): string {
  return process.platform === 'win32' ? join(dir, 'Scripts', 'python.exe') : join(dir, 'bin', 'python');
}

/** The python3 on the PATH and its version; a clear error when there is none. */
function systemPython(): { command: string; version: string } {
  const r = run('python3', ['--version'], 30_000);
  if (r.error || r.status !== 0) throw new Error(`python3 is not available (${r.error?.message ?? r.output}). ${INSTALL_HINT}`);
  return { command: 'python3', version: r.output };
}

/**
 * Returns the path of the virtualenv's python with `requirements` installed, creating the
 * virtualenv (python3 -m venv, pip install -r) only when the cached one was made from other
 * requirements or another Python. Everything pip prints goes to `log`.
 */
export function ensureVenv(requirements: string, log: (line: string) => void): string {
  const python = systemPython();
  const digest = createHash('sha256').update(python.version).update('\0').update(readFileSync(requirements)).digest('hex');
  const stamp = join(VENV_DIR, STAMP);
  if (existsSync(venvPython()) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === digest) {
    log(`reusing the virtualenv in ${VENV_DIR} (${python.version}, ${requirements} unchanged)`);
    return venvPython();
  }

  rmSync(VENV_DIR, { recursive: true, force: true });
  log(`creating a virtualenv in ${VENV_DIR} with ${python.version}`);
  const venv = run(python.command, ['-m', 'venv', VENV_DIR], 120_000);
  if (venv.status !== 0 || !existsSync(venvPython())) {
    rmSync(VENV_DIR, { recursive: true, force: true });
    throw new Error(`python3 -m venv failed:\n${venv.output}\n${INSTALL_HINT}`);
  }
  log(`pip install -r ${requirements}`);
  const pip = run(venvPython(), ['-m', 'pip', 'install', '--no-input', '-r', requirements], 600_000);
  log(pip.output);
  if (pip.status !== 0) {
    rmSync(VENV_DIR, { recursive: true, force: true });
    throw new Error(`pip install -r ${requirements} failed (is PyPI reachable?):\n${pip.output.split('\n').slice(-15).join('\n')}`);
  }
  const installed = run(venvPython(), ['-m', 'pip', 'freeze'], 60_000);
  log(`installed:\n${installed.output}`);
  writeFileSync(stamp, `${digest}\n`);
  return venvPython();
}
