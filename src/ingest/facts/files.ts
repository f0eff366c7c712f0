import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFactsFile } from './read';
import type { FactsFile } from './schema';
import { reportLines } from './verify';
import { fromRoot } from '../../paths';

export const DATA_DIR = fromRoot('data');
export const FACTS_DIR = join(DATA_DIR, 'facts');
export const REPORTS_DIR = join(DATA_DIR, 'reports');
/** Ids changed in the curated facts: read by the coverage measure and applied by the data migrations. */
export const RENAMED_IDS = join(DATA_DIR, 'renamed-ids.json');

/** Facts files of a directory, in file-name order (the load order). */
export function factsFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.review.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function readAllFacts(paths: readonly string[]): { file: string; facts: FactsFile }[] {
  return paths.map((file) => ({ file, facts: readFactsFile(file) }));
}

export function readReportLines(sourceFile: string, reportsDir = REPORTS_DIR): string[] {
  return reportLines(readFileSync(join(reportsDir, sourceFile), 'utf8'));
}
