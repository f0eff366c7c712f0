import pino, { type Logger } from 'pino';

/** Structured logs on stdout. Anything that looks like a secret is redacted before it is written. */
export function createLogger(level: string, name = 'esg-graph'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'authorization',
        '*.authorization',
        'req.headers.authorization',
        'headers.authorization',
        'NEO4J_PASSWORD',
        'CURATION_TOKEN',
        '*.NEO4J_PASSWORD',
        '*.CURATION_TOKEN',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
