import { z } from 'zod';

/**
 * Value rules shared by the facts files and the GraphQL arguments: an id is a slug, a year is a year,
 * a list of ids has bounds, wherever the value comes from. Messages read after the value's name
 * ("input.id must be a slug ...", "first must be at most 100").
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().max(100, 'must be at most 100 characters').regex(SLUG, 'must be a slug: lowercase a-z, 0-9 and single hyphens');

export const metricKey = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case: a-z, 0-9 and underscores');

export const year = z.number().int().min(1900, 'must be a year between 1900 and 2100').max(2100, 'must be a year between 1900 and 2100');

/** Text as written in a facts file: trimmed, not empty. */
export const text = z.string().trim().min(1);

/** Text given to the API: not blank, at most `max` characters. */
export const boundedText = (max: number) =>
  z.string().refine((s) => s.trim().length > 0 && s.length <= max, `must be 1 to ${max} characters`);

/** An integer within bounds. */
export const between = (min: number, max: number) =>
  z.number().int(`must be between ${min} and ${max}`).min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);

/** A page size: `first` of a connection or a list. */
export const pageSize = (max: number, where = '') =>
  z.number().int('must be a non-negative integer').min(0, 'must be a non-negative integer').max(max, `must be at most ${max}${where}`);

/** A list of ids to look up: at least one, at most `max`. */
export const idList = (max: number) => z.array(z.string()).min(1, 'must list at least one id').max(max, `may list at most ${max} ids`);

export const sdgNumber = between(1, 17);
