import { mkdirSync } from 'node:fs';
import type { Database } from '../db/database';
import { exportCsv } from './csv-export';
import { BATCH_SIZE, GraphReader } from './graph-reader';
import { exportGraphml } from './graphml-export';
import { exportJson } from './json-export';
import type { ExportSummary } from './summary';

export const FORMATS = ['csv', 'json', 'graphml'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function isFormat(value: string): value is ExportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

export interface ExportOptions {
  /** Rows per read transaction. */
  batchSize?: number;
  /** Keep the internal node properties (INTERNAL_PROPERTIES). */
  internal?: boolean;
}

/** Writes the whole graph (but the migration log) into `outDir` in the given format. */
export async function exportGraph(db: Database, format: ExportFormat, outDir: string, options: ExportOptions = {}): Promise<ExportSummary> {
  mkdirSync(outDir, { recursive: true });
  const reader = new GraphReader(db, options.batchSize ?? BATCH_SIZE, { internal: options.internal ?? false });
  switch (format) {
    case 'csv':
      return exportCsv(reader, await reader.schema(), outDir);
    case 'json':
      return exportJson(reader, outDir);
    case 'graphml':
      return exportGraphml(reader, await reader.schema(), outDir);
  }
}
