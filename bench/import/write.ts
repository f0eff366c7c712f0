import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../../src/ingest/facts/catalog';
import type { FactsFile } from '../../src/ingest/facts/schema';
import { planLoad } from '../../src/ingest/load/load';
import type { NodeWrite } from '../../src/ingest/load/writes';
import { GENERATION_CHUNK } from '../synthetic/load';
import { NodeCsv, nodeWrites, RelationshipCsv, relationshipRowsOf, reportsOf, type CsvOutput } from './csv';

export interface WorkerTask {
  worker: number;
  companies: number;
  seed: number;
  chunks: number[];
  dir: string;
  sourcesPerTransaction: number;
}
export interface ChunkNodes {
  kind: 'nodes';
  chunk: number;
  rows: NodeWrite[];
}
export type WorkerDone = { kind: 'done'; reports: string[] } & ReturnType<RelationshipCsv['close']>;

/** Planning a load allocates many short-lived objects: a larger young generation halves the time spent collecting them. */
const YOUNG_GENERATION_MB = 192;

function runWorker(task: WorkerTask, onNodes: (m: ChunkNodes) => void): Promise<WorkerDone> {
  // The worker runs TypeScript through tsx, as the harness does.
  const source = `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'worker.ts'))});`;
  const worker = new Worker(source, { eval: true, workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  return new Promise((resolve, reject) => {
    let done: WorkerDone | undefined;
    worker.on('message', (m: ChunkNodes | WorkerDone) => {
      if (m.kind === 'nodes') onNodes(m);
      else done = m;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (done && code === 0 ? resolve(done) : reject(new Error(`CSV worker ${task.worker} exited with ${code}`))));
  });
}

/**
 * The CSV files of the real dataset and `companies` synthetic companies, as the loader would load
 * them (the real files one source per transaction, then the synthetic ones in groups), written by
 * one worker thread per core: each writes the relationships of its chunks; the node writes come back
 * and are merged here in load order.
 */
export async function writeImportCsv(options: {
  real: readonly FactsFile[];
  catalog: Catalog;
  companies: number;
  seed: number;
  sourcesPerTransaction: number;
  dir: string;
}): Promise<CsvOutput> {
  const realPlan = planLoad(options.real, options.catalog);
  const realRelationships = new RelationshipCsv(options.dir, 'real');
  realRelationships.add(relationshipRowsOf(realPlan));
  const chunks = Math.ceil(options.companies / GENERATION_CHUNK);
  const workers = Math.max(1, Math.min(cpus().length, chunks));
  const byChunk = new Map<number, NodeWrite[]>();
  const done = await Promise.all(
    Array.from({ length: workers }, (_, worker) =>
      runWorker(
        {
          worker,
          companies: options.companies,
          seed: options.seed,
          chunks: Array.from({ length: chunks }, (_, c) => c).filter((c) => c % workers === worker),
          dir: options.dir,
          sourcesPerTransaction: options.sourcesPerTransaction,
        },
        (m) => byChunk.set(m.chunk, m.rows),
      ),
    ),
  );
  const parts = [realRelationships.close(), ...done];
  const reports = [...reportsOf(realPlan), ...done.flatMap((d) => d.reports)];
  // Loading a report again first deletes its facts, which an import cannot do.
  if (new Set(reports).size !== reports.length) throw new Error('a report is loaded twice; an import writes each report once');

  const nodes = new NodeCsv();
  nodes.add(nodeWrites(realPlan));
  for (let c = 0; c < chunks; c++) {
    const rows = byChunk.get(c);
    if (!rows) throw new Error(`no node rows came back for chunk ${c}`);
    nodes.add(rows);
  }
  const written = nodes.write(options.dir, 'nodes');
  return {
    nodes: written.nodes,
    nodeCount: written.nodeCount,
    relationships: parts.flatMap((p) => p.relationships),
    relationshipCount: parts.reduce((n, p) => n + p.relationshipCount, 0),
    emptyListTypes: [...new Set(parts.flatMap((p) => p.emptyListTypes))].sort(),
    multilineFields: written.multilineFields || parts.some((p) => p.multilineFields),
  };
}
