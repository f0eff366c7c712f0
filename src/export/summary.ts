/** What an export wrote: its files, and how many nodes per label and relationships per type. */
export interface ExportSummary {
  files: string[];
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  nodeTotal: number;
  relationshipTotal: number;
}

export class Tally {
  readonly nodes: Record<string, number> = {};
  readonly relationships: Record<string, number> = {};
  nodeTotal = 0;
  relationshipTotal = 0;

  node(labels: readonly string[]): void {
    this.nodeTotal++;
    for (const label of labels) this.nodes[label] = (this.nodes[label] ?? 0) + 1;
  }

  relationship(type: string): void {
    this.relationshipTotal++;
    this.relationships[type] = (this.relationships[type] ?? 0) + 1;
  }

  summary(files: string[]): ExportSummary {
    return { files, nodes: this.nodes, relationships: this.relationships, nodeTotal: this.nodeTotal, relationshipTotal: this.relationshipTotal };
  }
}
