import type { Database } from '../../src/db/database';
import type { Catalog } from '../../src/ingest/facts/catalog';
import type { FactsFile } from '../../src/ingest/facts/schema';
import { loadFacts } from '../../src/ingest/load/load';
import { syntheticFacts } from './facts';
import { buildShape } from './shape';

export interface LoadStats {
  sources: number;
  /** Nodes the load added to the graph (or, before that is known, node rows the loader upserted). */
  nodes: number;
  relationships: number;
  ms: number;
  /** Nodes and relationships written per second. */
  rowsPerSecond: number;
  relationshipsPerSecond: number;
}

export interface GenerateOptions {
  companies: number;
  seed: number;
  /** Sources grouped in one transaction by the loader. */
  sourcesPerTransaction: number;
  log: (line: string) => void;
}

/** Facts files are built and loaded this many at a time, so 100,000 companies never sit in memory at once. */
export const GENERATION_CHUNK = 5_000;

export function statsOf(results: readonly { nodes: number; relationships: number }[], ms: number): LoadStats {
  return withNodes(
    { sources: results.length, nodes: 0, relationships: results.reduce((n, r) => n + r.relationships, 0), ms, rowsPerSecond: 0, relationshipsPerSecond: 0 },
    results.reduce((n, r) => n + r.nodes, 0),
  );
}

/** The stats with the node count replaced (shared nodes are upserted by every source citing them, but added once). */
export function withNodes(stats: LoadStats, nodes: number): LoadStats {
  const seconds = Math.max(stats.ms, 1) / 1000;
  return {
    ...stats,
    nodes,
    rowsPerSecond: Math.round((nodes + stats.relationships) / seconds),
    relationshipsPerSecond: Math.round(stats.relationships / seconds),
  };
}

/**
 * The synthetic companies' facts files, `GENERATION_CHUNK` at a time (deterministic for a seed), so
 * 100,000 companies never sit in memory at once.
 */
export function* syntheticChunks(real: readonly FactsFile[], catalog: Catalog, options: Pick<GenerateOptions, 'companies' | 'seed'>): Generator<FactsFile[]> {
  const shape = buildShape(real, catalog, options.companies);
  const defined = new Set<string>();
  for (let start = 0; start < options.companies; start += GENERATION_CHUNK) {
    const end = Math.min(options.companies, start + GENERATION_CHUNK);
    yield Array.from({ length: end - start }, (_, k) => syntheticFacts(shape, options.seed, start + k, defined));
  }
}

/**
 * Generates `companies` synthetic companies and loads them through the project's loader. Timing
 * covers the loader only, not building the facts objects.
 */
export async function generateAndLoad(db: Database, real: readonly FactsFile[], catalog: Catalog, options: GenerateOptions): Promise<LoadStats> {
  const results: { nodes: number; relationships: number }[] = [];
  let loadMs = 0;
  for (const files of syntheticChunks(real, catalog, options)) {
    const started = Date.now();
    results.push(...(await loadFacts(db, files, catalog, { sourcesPerTransaction: options.sourcesPerTransaction })));
    loadMs += Date.now() - started;
    const soFar = statsOf(results, loadMs);
    options.log(`  ${results.length}/${options.companies} companies: ${soFar.relationships} relationships, ${soFar.relationshipsPerSecond} relationships/s`);
  }
  return statsOf(results, loadMs);
}
