import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { planLoad } from '../../src/ingest/load/load';
import { realFacts } from '../dataset';
import { syntheticChunks } from '../synthetic/load';
import { nodeWrites, RelationshipCsv, relationshipRowsOf, reportsOf } from './csv';
import type { ChunkNodes, WorkerDone, WorkerTask } from './write';

/**
 * One CSV worker: generates the synthetic companies' facts (every worker generates all of them: which
 * file defines a shared alliance depends on the files before it), and for its own chunks plans the
 * load, writes the relationships to its CSV files and sends the node writes back, to be merged in
 * load order.
 */
const task = workerData as WorkerTask;
const catalog = loadCatalog();
const relationships = new RelationshipCsv(task.dir, `w${task.worker}`);
const mine = new Set(task.chunks);
const reports: string[] = [];
let index = 0;
for (const files of syntheticChunks(realFacts(), catalog, task)) {
  if (mine.has(index)) {
    const plan = planLoad(files, catalog, { sourcesPerTransaction: task.sourcesPerTransaction });
    relationships.add(relationshipRowsOf(plan));
    reports.push(...reportsOf(plan));
    parentPort!.postMessage({ kind: 'nodes', chunk: index, rows: nodeWrites(plan) } satisfies ChunkNodes);
  }
  index++;
}
parentPort!.postMessage({ kind: 'done', reports, ...relationships.close() } satisfies WorkerDone);
