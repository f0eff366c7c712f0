import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fromRoot } from '../../paths';
import {
  frameworkDefinitionSchema,
  metricDefinitionSchema,
  standardDefinitionSchema,
  type FrameworkDefinition,
  type MetricDefinition,
  type StandardDefinition,
} from './schema';

/** Shared reference data: standards, frameworks, SDGs and metric definitions every facts file may cite. */
export interface Catalog {
  standards: StandardDefinition[];
  frameworks: FrameworkDefinition[];
  metrics: MetricDefinition[];
  sdgs: { number: number; title: string }[];
}

export const sdgSchema = z.object({ number: z.number().int().min(1).max(17), title: z.string().min(1) }).strict();

export const DEFAULT_CATALOG_DIR = fromRoot('data', 'catalog');

function readList<T>(dir: string, file: string, schema: z.ZodType<T>): T[] {
  const path = join(dir, file);
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

let cached: Catalog | undefined;

export function loadCatalog(dir = DEFAULT_CATALOG_DIR): Catalog {
  if (dir === DEFAULT_CATALOG_DIR && cached) return cached;
  const catalog: Catalog = {
    standards: readList(dir, 'standards.json', standardDefinitionSchema),
    frameworks: readList(dir, 'frameworks.json', frameworkDefinitionSchema),
    metrics: readList(dir, 'metrics.json', metricDefinitionSchema),
    sdgs: readList(dir, 'sdgs.json', sdgSchema),
  };
  if (dir === DEFAULT_CATALOG_DIR) cached = catalog;
  return catalog;
}
