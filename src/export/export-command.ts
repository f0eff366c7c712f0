import { parseArgs } from 'node:util';
import type { Config } from '../config';
import { connect } from '../db/connect';
import { exportGraph, FORMATS, isFormat } from './export';
import type { ExportSummary } from './summary';

export const DEFAULT_EXPORT_DIR = 'export';
const USAGE = `usage: export --format ${FORMATS.join('|')} [--out dir]   (default out: ${DEFAULT_EXPORT_DIR}/)`;

function describe(summary: ExportSummary): string {
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, n]) => `  ${k}: ${n}`)
      .join('\n');
  return [
    `${summary.nodeTotal} nodes, ${summary.relationshipTotal} relationships`,
    `nodes by label:\n${counts(summary.nodes)}`,
    `relationships by type:\n${counts(summary.relationships)}`,
    `files:\n${summary.files.map((f) => `  ${f}`).join('\n')}`,
  ].join('\n');
}

/** `export --format csv|json|graphml [--out dir]`: the graph for analysis in other tools. */
export async function exportCommand(config: Config, args: readonly string[]): Promise<number> {
  let format: string | undefined;
  let out: string;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { format: { type: 'string' }, out: { type: 'string', default: DEFAULT_EXPORT_DIR } },
      strict: true,
      allowPositionals: false,
    });
    format = values.format;
    out = values.out;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (format === undefined || !isFormat(format)) {
    console.error(format === undefined ? USAGE : `unknown format "${format}"\n${USAGE}`);
    return 2;
  }
  const connection = await connect(config);
  try {
    const summary = await exportGraph(connection.db, format, out);
    console.log(describe(summary));
    return 0;
  } finally {
    await connection.close();
  }
}
