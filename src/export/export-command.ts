import { command, parseCommandLine, UsageError } from '../cli';
import type { Config } from '../config';
import { connect } from '../db/connect';
import { exportGraph, FORMATS, isFormat } from './export';
import { INTERNAL_PROPERTIES } from './values';
import type { ExportSummary } from './summary';

export const DEFAULT_EXPORT_DIR = 'export';
export const EXPORT_USAGE = `usage: npm run export -- --format ${FORMATS.join('|')} [--out dir] [--internal]

Exports the whole graph (not the migration log) for pandas, R, Gephi, yEd or NetworkX, reading it in
short batches (memory does not grow with the graph):
  csv       ${DEFAULT_EXPORT_DIR}/nodes-<Label>.csv and relationships-<TYPE>.csv (evidence as a JSON list)
  json      ${DEFAULT_EXPORT_DIR}/graph.json: { "nodes": [...], "relationships": [...] }
  graphml   ${DEFAULT_EXPORT_DIR}/graph.graphml, every property a typed key

  --out <dir>   where to write (default ${DEFAULT_EXPORT_DIR}/); files of the same names are overwritten
  --internal    keep the properties kept for search and loading (${INTERNAL_PROPERTIES.join(', ')})
  -h, --help    this text

Connects like \`npm start\`: the local Neo4j (started when needed) unless NEO4J_URI is set.`;

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

/** `export --format csv|json|graphml [--out dir] [--internal]`: the graph for analysis in other tools. */
export const exportCommand = command(EXPORT_USAGE, async (config: Config, args: readonly string[]) => {
  const { values, positionals } = parseCommandLine(args, {
    format: { type: 'string' },
    out: { type: 'string', default: DEFAULT_EXPORT_DIR },
    internal: { type: 'boolean', default: false },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const format = values.format;
  if (format === undefined) throw new UsageError('--format is required');
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}"`);
  const connection = await connect(config);
  try {
    const summary = await exportGraph(connection.db, format, values.out, { internal: values.internal });
    console.log(describe(summary));
    return 0;
  } finally {
    await connection.close();
  }
});
