import { createHash } from 'node:crypto';
import { canonical } from '../../../src/db/checksum';
import type { Database } from '../../../src/db/database';
import { model } from '../../../src/model/registry';

/** Labels the loader writes before any report (the catalog, by the declarations): they may stand alone in a partial graph. */
const CATALOG_LABELS = [...new Set(model().nodeSources.flatMap(({ label, source }) => (source.catalog !== undefined ? [label] : [])))];

/** What the graph holds, by node id and by report, to compare a partial graph with a complete one. */
export interface GraphState {
  /** id → digest of labels and properties. */
  nodes: Map<string, string>;
  /** report id → number and digest of the relationships stating its facts. */
  facts: Map<string, { relationships: number; digest: string }>;
  /** Report nodes present. */
  reports: Set<string>;
  /** Non-catalog nodes without any relationship. */
  orphans: Set<string>;
}

const digest = (lines: string[]) => createHash('sha256').update(lines.sort().join('\n')).digest('hex');

export async function graphState(db: Database): Promise<GraphState> {
  const nodeRows = await db.read<{ id: string; labels: string[]; props: Record<string, unknown>; degree: number }>(
    'MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, COUNT { (n)--() } AS degree',
  );
  const relRows = await db.read<{ report: string; type: string; from: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN r.report AS report, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  const byReport = new Map<string, string[]>();
  for (const r of relRows) {
    const lines = byReport.get(r.report) ?? [];
    lines.push(`${r.type} ${r.from} ${r.to} ${canonical(r.props)}`);
    byReport.set(r.report, lines);
  }
  return {
    nodes: new Map(nodeRows.map((n) => [n.id, digest([canonical([...n.labels].sort()), canonical(n.props)])])),
    facts: new Map([...byReport].map(([report, lines]) => [report, { relationships: lines.length, digest: digest(lines) }])),
    reports: new Set(nodeRows.filter((n) => n.labels.includes('Report')).map((n) => n.id)),
    orphans: new Set(nodeRows.filter((n) => n.degree === 0 && !n.labels.some((l) => CATALOG_LABELS.includes(l))).map((n) => n.id)),
  };
}

/**
 * Everything that would make `partial` show a half-loaded source, compared with the complete graph:
 * a report whose facts are not exactly all of its facts, facts without their report, a node that
 * differs from its complete version or is unknown to it, an entity left without relationships.
 */
export function halfLoaded(complete: GraphState, partial: GraphState): string[] {
  const problems: string[] = [];
  for (const [report, facts] of complete.facts) {
    const present = partial.facts.get(report);
    if (partial.reports.has(report)) {
      if (!present) problems.push(`report ${report} is present without its facts`);
      else if (present.relationships !== facts.relationships || present.digest !== facts.digest) {
        problems.push(`report ${report} has ${present.relationships} of ${facts.relationships} relationships or different ones`);
      }
    } else if (present) {
      problems.push(`${present.relationships} facts of report ${report} are present without the report`);
    }
  }
  for (const report of partial.facts.keys()) if (!complete.facts.has(report)) problems.push(`facts of unknown report ${report}`);
  for (const [id, node] of partial.nodes) {
    if (complete.nodes.get(id) !== node) problems.push(`node ${id} differs from the complete graph's`);
  }
  for (const id of partial.orphans) if (!complete.orphans.has(id)) problems.push(`entity ${id} has no relationship left`);
  return problems;
}
