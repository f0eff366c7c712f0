import { timingSafeEqual } from 'node:crypto';
import type { Config } from '../config';

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** True only when a curation token is configured and the request presents exactly it. */
export function isCurator(config: Pick<Config, 'CURATION_TOKEN'>, token: string | undefined): boolean {
  if (!config.CURATION_TOKEN || !token) return false;
  const expected = Buffer.from(config.CURATION_TOKEN);
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
