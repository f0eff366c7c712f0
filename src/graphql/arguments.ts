import type { z } from 'zod';
import { userError } from './errors';

/**
 * Checks an argument against its rule (src/model/values.ts, the same rules the facts files follow):
 * the value when it holds, BAD_USER_INPUT naming the argument otherwise.
 */
export function argument<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue?.path.length ? `${name}${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` : name;
  throw userError(`${at} ${issue?.message ?? 'is not valid'}`);
}

/** An optional argument: undefined when absent or null, checked otherwise. */
export function optionalArgument<T>(schema: z.ZodType<T>, value: unknown, name: string): T | undefined {
  return value === undefined || value === null ? undefined : argument(schema, value, name);
}
