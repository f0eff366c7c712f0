import cors, { type CorsOptions } from 'cors';
import type { RequestHandler } from 'express';
import type { Config } from '../config';

/** http(s)://localhost, 127.0.0.1 or [::1] on any port: a web app in development on this machine. */
const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * The origins whose pages may call the API from a browser: CORS_ORIGINS when set (`*` = any), else
 * localhost origins outside production and none in production. Apollo's CSRF prevention stays on
 * beside it: a request a browser would send without a preflight is still refused.
 */
export function allowedOrigin(config: Pick<Config, 'CORS_ORIGINS' | 'NODE_ENV'>): CorsOptions['origin'] {
  const list = config.CORS_ORIGINS;
  if (list?.includes('*')) return '*';
  if (list) return list;
  // An empty list, not `false`: a preflight is still answered (204), only without an allowed origin.
  return config.NODE_ENV === 'production' ? [] : LOCALHOST_ORIGIN;
}

export function corsMiddleware(config: Pick<Config, 'CORS_ORIGINS' | 'NODE_ENV'>): RequestHandler {
  return cors({
    origin: allowedOrigin(config),
    methods: ['GET', 'POST'],
    // Browsers may cache a preflight answer this long (seconds) before asking again.
    maxAge: 600,
  });
}
