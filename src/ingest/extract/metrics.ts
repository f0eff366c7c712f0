import type { ExtractionContext } from './context';
import { blockTableMetrics } from './metric-blocks';
import { MetricSet, type Metric } from './metric-facts';
import { proseMetrics } from './metric-prose';
import { spaceTableMetrics, tabTableMetrics } from './metric-tables';

/**
 * Headline figures: KPI tables first (their values are the precise ones), then prose and highlight
 * boxes. A figure already found for the same metric, year and breakdown only adds evidence.
 */
export function extractMetrics(ctx: ExtractionContext): Metric[] {
  const metrics = new MetricSet();
  tabTableMetrics(ctx, metrics);
  spaceTableMetrics(ctx, metrics);
  blockTableMetrics(ctx, metrics);
  proseMetrics(ctx, metrics);
  return metrics.list();
}
