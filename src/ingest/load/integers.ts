import neo4j from 'neo4j-driver';
import type { z } from 'zod';
import { sdgSchema } from '../facts/catalog';
import { factsFileSchema } from '../facts/schema';
import type { Props } from './node-props';

/**
 * Whole numbers (years, founded, SDG numbers, line numbers) are stored as Neo4j integers. The driver
 * sends every JavaScript number as a float unless it is wrapped, so the writes wrap the values of the
 * properties the facts schema types as integers; everything else numeric (a metric's value) stays a float.
 */

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Every object key of a schema whose value is a number (or a list of numbers), with whether it is an integer. */
function numberKeys(schema: z.ZodType, found: Map<string, Set<boolean>>, key?: string): void {
  const def = defOf(schema);
  if (def.type === 'object') for (const [k, v] of Object.entries(def.shape ?? {})) numberKeys(v, found, k);
  else if (def.type === 'array' && def.element) numberKeys(def.element, found, key);
  else if (def.innerType) numberKeys(def.innerType, found, key);
  else if (def.type === 'number' && key !== undefined) {
    const kinds = found.get(key) ?? new Set<boolean>();
    kinds.add(Boolean((schema as unknown as { isInt?: boolean }).isInt));
    found.set(key, kinds);
  }
}

function integerProperties(): Set<string> {
  const found = new Map<string, Set<boolean>>();
  numberKeys(factsFileSchema, found);
  numberKeys(sdgSchema, found);
  const mixed = [...found].filter(([, kinds]) => kinds.size > 1).map(([k]) => k);
  // One property name, one type: a key that is an integer in one section and a float in another could not be stored as either.
  if (mixed.length > 0) throw new Error(`the facts schema types ${mixed.join(', ')} as an integer in one place and a float in another`);
  const integers = [...found].filter(([, kinds]) => kinds.has(true)).map(([k]) => k);
  // Evidence and caveat lines are stored as parallel lists next to their quotes.
  return new Set([...integers, 'evidenceLines', 'caveatLines']);
}

/** Property names whose values are whole numbers: `year`, `founded`, `since`, `startYear`, `number`, `line`, ... */
export const INTEGER_PROPERTIES: ReadonlySet<string> = integerProperties();

const integer = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v);

/** Properties as they are sent to Neo4j: the whole numbers of integer properties wrapped as integers. */
export function withIntegers(props: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) out[k] = INTEGER_PROPERTIES.has(k) ? (Array.isArray(v) ? v.map(integer) : integer(v)) : v;
  return out;
}
