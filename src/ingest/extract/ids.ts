import { createHash } from 'node:crypto';
import { matchKey } from '../resolve/chinese';

/** Slug of an English name: lowercase ASCII letters and digits joined by single hyphens. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A stable id for an entity known only by its Chinese name: the kind, then a short hash of the name's match key. */
export function hashedId(prefix: string, name: string): string {
  const digest = createHash('sha1').update(matchKey(name)).digest('hex').slice(0, 8);
  return `${prefix}-${digest}`;
}

/** An English name usable as an id: Latin letters, at least one of them, and no CJK. */
export function isEnglishName(name: string): boolean {
  return /[A-Za-z]/.test(name) && !/[\u3400-\u9fff]/.test(name) && slugify(name).length >= 2;
}
