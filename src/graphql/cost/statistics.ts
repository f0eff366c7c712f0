import type { Database } from '../../db/database';
import { model } from '../../model/registry';
import { ALL_FANOUTS, type Fanout } from './relations';

/**
 * What the cost estimate knows of the graph: node counts by label and relationship counts by type
 * (Neo4j's count store: constant time), the average and largest degree of every relationship the API
 * walks, and the indexed properties by label. Read at start and refreshed in the background, so the
 * estimate follows the graph as it grows.
 */
export interface GraphStatistics {
  nodes(label: string): number;
  /** Average and largest number of `fanout.type` relationships of a `fanout.from` node in that direction. */
  degree(fanout: Fanout): { average: number; max: number };
  /** Index kinds on label.property (`RANGE`, `TEXT`, `FULLTEXT`...). */
  indexes(label: string, property: string): ReadonlySet<string>;
}

export interface StatisticsSnapshot {
  nodes: Record<string, number>;
  degrees: Record<string, { average: number; max: number }>;
  indexes: Record<string, string[]>;
  readAt: number;
}

const degreeKey = (f: Fanout) => `${f.from}-${f.type}-${f.direction}`;

export function statisticsOf(snapshot: StatisticsSnapshot): GraphStatistics {
  return {
    nodes: (label) => snapshot.nodes[label] ?? 0,
    degree: (f) => snapshot.degrees[degreeKey(f)] ?? { average: 0, max: 0 },
    indexes: (label, property) => new Set(snapshot.indexes[`${label}.${property}`] ?? []),
  };
}

/** Marks the statements of this module (benchmarks leave them out of the operations they profile). */
export const STATISTICS_MARK = '// cost statistics\n';

const LABELS = [...model().apiEntities.map((e) => e.label), 'Entity'];
/** Relationship types walked by `connection` (paths): all but reported metrics. */
export const PATH_RELATIONSHIPS = 'pathRelationships';

/** Reads the statistics from Neo4j: a few cheap statements (counts, degrees from node records, index list). */
export async function readStatistics(db: Database): Promise<StatisticsSnapshot> {
  const [counts] = await db.read<Record<string, number>>(`${STATISTICS_MARK}RETURN ${LABELS.map((l) => `COUNT { (:${l}) } AS ${l}`).join(', ')}`);
  const nodes: Record<string, number> = Object.fromEntries(LABELS.map((l) => [l, Number(counts?.[l] ?? 0)]));
  const [rels] = await db.read<{ all: number; reported: number }>(`${STATISTICS_MARK}RETURN COUNT { ()-[]->() } AS all, COUNT { ()-[:REPORTED]->() } AS reported`);
  nodes[PATH_RELATIONSHIPS] = Number(rels?.all ?? 0) - Number(rels?.reported ?? 0);
  // Every degree in one statement: one plan to make, however many walks the API has.
  const walks = [...new Map(ALL_FANOUTS.map((x) => [degreeKey(x), x])).values()];
  const branches = walks.map((f) => {
    const pattern = f.direction === 'out' ? `(n)-[:${f.type}]->()` : `(n)<-[:${f.type}]-()`;
    return `MATCH (n:${f.from}) WITH COUNT { ${pattern} } AS d RETURN '${degreeKey(f)}' AS key, avg(d) AS average, max(d) AS max`;
  });
  const degreeRows = await db.read<{ key: string; average: number | null; max: number | null }>(
    `${STATISTICS_MARK}CALL () { ${branches.join(' UNION ALL ')} } RETURN key, average, max`,
  );
  const degrees: Record<string, { average: number; max: number }> = Object.fromEntries(
    degreeRows.map((r) => [r.key, { average: Number(r.average ?? 0), max: Number(r.max ?? 0) }]),
  );
  const indexRows = await db.read<{ type: string; labels: string[] | null; properties: string[] | null }>(
    `${STATISTICS_MARK}SHOW INDEXES YIELD type, entityType, labelsOrTypes AS labels, properties, state WHERE entityType = 'NODE' AND state = 'ONLINE' RETURN type, labels, properties`,
  );
  const indexes: Record<string, string[]> = {};
  for (const row of indexRows) {
    for (const label of row.labels ?? []) {
      // A composite index serves its first property alone; a fulltext index each of its properties.
      const props = row.type === 'FULLTEXT' ? (row.properties ?? []) : (row.properties ?? []).slice(0, 1);
      for (const p of props) (indexes[`${label}.${p}`] ??= []).push(row.type);
    }
  }
  return { nodes, degrees, indexes, readAt: Date.now() };
}

const EMPTY: StatisticsSnapshot = { nodes: {}, degrees: {}, indexes: {}, readAt: 0 };

/**
 * Keeps statistics fresh: read on first use, then again in the background once older than
 * `maxAgeMs` (the graph changes with loads, not with every request). The first read is waited for
 * in full: an estimate over no statistics prices every list as empty and would let anything through
 * (at 1000x the read takes seconds, and requests in them were let through). When a read fails (Neo4j
 * down) requests go on with the last statistics, or an empty graph's (they fail on the database
 * anyway), and the read is tried again `maxAgeMs` later, so a Neo4j that has just come back is not
 * asked for statistics while it plans its first queries.
 */
export class StatisticsCache {
  private snapshot: StatisticsSnapshot | undefined;
  private refreshing: Promise<void> | undefined;
  private failedAt = 0;

  constructor(
    private readonly db: Database,
    private readonly maxAgeMs = 300_000,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** Starts the first read now, so the first requests do not wait for it. */
  prefetch(): void {
    void this.refresh();
  }

  async current(): Promise<GraphStatistics> {
    const now = Date.now();
    // An empty graph is about to be loaded (serve loads after it starts listening): look again soon.
    const maxAge = this.snapshot?.nodes.Entity === 0 ? Math.min(this.maxAgeMs, 10_000) : this.maxAgeMs;
    if (!this.snapshot && now - this.failedAt > this.maxAgeMs) {
      await this.refresh();
    } else if (this.snapshot && now - this.snapshot.readAt > maxAge && now - this.failedAt > this.maxAgeMs) void this.refresh();
    return statisticsOf(this.snapshot ?? EMPTY);
  }

  private refresh(): Promise<void> {
    this.refreshing ??= readStatistics(this.db)
      .then((s) => void (this.snapshot = s))
      .catch((err: unknown) => {
        this.failedAt = Date.now();
        this.onError(err);
      })
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }
}
