import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { graphSize } from './dataset';
import { waitForIdle } from './drain';
import { loadedRun } from './load-test';
import { cpuMs, loadAverage } from './machine';
import { openBenchDatabase } from './neo4j';
import { CLIENT_TIMEOUT_MARGIN_MS, SCALES } from './options';
import { QUERIES } from './queries';
import { summariseProfile, type CpuProfile, type CpuSummary } from './report/cpu';
import { RESULTS_DIR } from './report/write';
import { checkAnswers, type Timed } from './rounds';
import { CPU_PROFILE_DIR_ENV } from './servers/child';
import { SYSTEMS, startServers, stopServer, waitForOutput, type RunningServer } from './servers';
import { runMain } from './main';

/**
 * `npm run bench:cpu-profile [-- --seconds 10]`: on the graph in the bench Neo4j (`npm run generate`),
 * each system under load (10 connections) per query, with V8's CPU profiler running in the server
 * for the measured window only. Self time by origin (graphql-js, Apollo, express, the driver, the
 * project's code, GC, ...) and by function, and CPU time per answer: bench/results/cpu-profile-<scale>.md.
 * The .cpuprofile files stay in bench/results/tmp/cpu-profile/ (open them in Chrome DevTools);
 * `--render <that folder>/summary.json` writes the report again from them.
 */

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const QUERY_TIMEOUT_MS = 30_000;
const LABELS: Record<string, string> = Object.fromEntries(SYSTEMS.map((s) => [s.name, s.label]));

async function profileOne(server: RunningServer, c: Timed, name: string, seconds: number, warmup: number, settle: () => Promise<void>) {
  const settings = { connections: 10, timeoutSeconds: (QUERY_TIMEOUT_MS + CLIENT_TIMEOUT_MARGIN_MS) / 1000 };
  await loadedRun(c.url, c.request, { ...settings, seconds: warmup }, c.check);
  await settle();
  const started = waitForOutput(server, /profiling/);
  server.process.kill('SIGUSR2');
  await started;
  const cpuBefore = cpuMs(server.process.pid!);
  const run = await loadedRun(c.url, c.request, { ...settings, seconds }, c.check);
  const cpu = cpuMs(server.process.pid!) - cpuBefore;
  const written = waitForOutput(server, /profile written (\S+)/);
  server.process.kill('SIGUSR2');
  const file = join(dirname((await written)[1]!), `${name}.cpuprofile`);
  renameSync((await written)[1]!, file);
  await settle();
  return { run, file, cpuMsPerAnswer: run.ok > 0 ? Math.round((100 * cpu) / run.ok) / 100 : null, summary: summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, run.ok) };
}

interface ProfiledSystem {
  system: string;
  rps: number;
  cpuMsPerAnswer: number | null;
  summary: CpuSummary;
  file: string;
}
type ProfiledQuery = { query: string; systems: ProfiledSystem[] };

/** CPU ms per answer spent in a category: its share of the profile times the process's CPU per answer. */
const msIn = (s: ProfiledSystem, name: string) => ((s.summary.categories.find((c) => c.name === name)?.share ?? 0) * (s.cpuMsPerAnswer ?? 0)) / 100;

function markdown(scale: string, size: string, seconds: number, results: ProfiledQuery[]): string {
  const lines = [
    `# Where the CPU time goes at ${scale}`,
    '',
    `${size}. \`npm run bench:cpu-profile\`: each server under load (10 connections, ${seconds} s per query after a warm-up) with V8's sampling profiler ` +
      '(what `node --cpu-prof` writes, 1 ms interval) running in the server process for the measured window only. "CPU per answer" is the CPU time ' +
      '(user + system, all threads, from /proc) the server process used in the window divided by its correct answers: what one request costs that process ' +
      '(Neo4j runs in its own process and is not in it). It is split by the origin of the code on the CPU (self time) in the proportions of the profile\'s samples: ' +
      'ms of CPU per answer, and the share in parentheses. The profiler samples wall-clock time, so on a busy machine a thread switched out inside a system call ' +
      '(a socket write wakes the reader on loopback) is counted there: "socket writes" grows with contention.',
  ];
  for (const r of results) {
    lines.push('', `## ${r.query}`, '');
    lines.push(`| | ${r.systems.map((s) => LABELS[s.system]).join(' | ')} |`, `|---|${r.systems.map(() => '---').join('|')}|`);
    lines.push(`| answers/s under profile | ${r.systems.map((s) => s.rps.toFixed(1)).join(' | ')} |`);
    lines.push(`| **CPU ms per answer** | ${r.systems.map((s) => `**${s.cpuMsPerAnswer?.toFixed(2) ?? '—'}**`).join(' | ')} |`);
    const names = [...new Set(r.systems.flatMap((s) => s.summary.categories.filter((c) => c.share >= 1).map((c) => c.name)))];
    names.sort((a, b) => msIn(r.systems[0]!, b) - msIn(r.systems[0]!, a));
    for (const name of names) {
      lines.push(`| ${name} | ${r.systems.map((s) => {
        const c = s.summary.categories.find((x) => x.name === name);
        return c ? `${msIn(s, name).toFixed(2)} (${c.share.toFixed(0)}%)` : '';
      }).join(' | ')} |`);
    }
    const esg = r.systems.find((s) => s.system === 'esgGraph');
    if (esg) {
      lines.push('', 'esg-graph, top functions by self time:', '', '| function | where | share |', '|---|---|---|');
      for (const f of esg.summary.functions.slice(0, 12)) lines.push(`| \`${f.name}\` | ${f.where} | ${f.share.toFixed(1)}% |`);
    }
  }
  return lines.join('\n') + '\n';
}

const USAGE = `usage: npm run bench:cpu-profile [-- --seconds 10] [-- --warmup 3] [-- --render <summary.json>]

On the graph in the bench Neo4j (npm run generate): each system under load (10 connections) per query,
with V8's CPU profiler running in the server for the measured window only. Self time by origin and by
function, and CPU time per answer: bench/results/cpu-profile-<scale>.md; the .cpuprofile files stay in
bench/results/tmp/cpu-profile/. --render writes the report again from a run's summary.json.
  -h, --help   this text`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '10' }, warmup: { type: 'string', default: '3' }, render: { type: 'string' } },
  });
  if (values.render) {
    // Writes the report again from a run's summary.json (after a change to the report only).
    const saved = JSON.parse(readFileSync(values.render, 'utf8')) as { scale: string; size: string; seconds: number; results: ProfiledQuery[] };
    writeFileSync(join(RESULTS_DIR, `cpu-profile-${saved.scale}.md`), markdown(saved.scale, saved.size, saved.seconds, saved.results));
    return 0;
  }
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);
  const db = openBenchDatabase();
  let servers: RunningServer[] = [];
  try {
    const size = await graphSize(db);
    const scale = SCALES.find((s) => s.companies + 16 === size.companies)?.name ?? `${size.companies} companies`;
    const dir = join(RESULTS_DIR, 'tmp', 'cpu-profile', scale);
    mkdirSync(dir, { recursive: true });
    process.env[CPU_PROFILE_DIR_ENV] = dir;
    servers = await startServers(QUERY_TIMEOUT_MS, log);
    const { problems, checked } = await checkAnswers(servers, QUERIES, QUERY_TIMEOUT_MS);
    for (const p of problems) log(`WARNING ${p}`);
    const settle = async () => void (await waitForIdle(db.driver, 20_000));
    const results: ProfiledQuery[] = [];
    for (const { query, contenders } of checked) {
      const systems = [];
      for (const c of contenders.filter((x) => !x.key.includes(':'))) {
        const server = servers.find((s) => s.name === c.system)!;
        const { run, file, cpuMsPerAnswer, summary } = await profileOne(server, c, `${query.name}-${c.system}`, seconds, warmup, settle);
        log(`${query.name} ${c.key}: ${run.rps} answers/s, ${cpuMsPerAnswer} ms CPU per answer, load average ${loadAverage()}: ${summary.categories.slice(0, 4).map((x) => `${x.name} ${x.share}%`).join(', ')}`);
        systems.push({ system: c.system, rps: run.rps, cpuMsPerAnswer, summary, file });
      }
      results.push({ query: query.name, systems });
    }
    const sizeText = `${size.companies.toLocaleString('en-US')} companies, ${size.relationships.toLocaleString('en-US')} relationships`;
    writeFileSync(join(RESULTS_DIR, `cpu-profile-${scale}.md`), markdown(scale, sizeText, seconds, results));
    writeFileSync(join(dir, 'summary.json'), JSON.stringify({ scale, size: sizeText, seconds, results }, null, 2) + '\n');
    log(`written ${join(RESULTS_DIR, `cpu-profile-${scale}.md`)}`);
    return 0;
  } finally {
    await Promise.all(servers.map(stopServer));
    await db.close();
  }
}

runMain(USAGE, main);
