import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/paths';
import { latencyChartSvg, latencySpec } from './chart';
import { summaryMarkdown } from './markdown';
import type { RunResult } from './model';
import { summaryJson } from './summary';

export const RESULTS_DIR = join(ROOT, 'bench', 'results');

/** Writes summary.json, summary.md, the chart (SVG and its Vega-Lite spec); returns the markdown. */
export async function writeResults(run: RunResult, dir = RESULTS_DIR): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const markdown = summaryMarkdown(run);
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summaryJson(run), null, 2) + '\n');
  writeFileSync(join(dir, 'summary.md'), markdown);
  writeFileSync(join(dir, 'latency-by-size.vl.json'), JSON.stringify(latencySpec(run), null, 2) + '\n');
  writeFileSync(join(dir, 'latency-by-size.svg'), await latencyChartSvg(run));
  return markdown;
}
