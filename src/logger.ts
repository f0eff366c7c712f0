import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured logs on stdout: JSON lines, or, for a person at a terminal in development
 * (`pretty`), pino-pretty's coloured one-line form. Anything that looks like a secret is redacted
 * before it is written either way.
 */
export function createLogger(level: string, name = 'esg-graph', options: { pretty?: boolean } = {}): Logger {
  const destination = options.pretty ? prettyStream() : undefined;
  const settings: pino.LoggerOptions = {
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
  };
  return destination ? pino(settings, destination) : pino(settings);
}

/** Logs are pretty on a terminal in development, JSON everywhere else (files, pipes, production). */
export function prettyLogs(config: { NODE_ENV: string }, stream: { isTTY?: boolean } = process.stdout): boolean {
  return config.NODE_ENV === 'development' && stream.isTTY === true;
}

/**
 * pino-pretty as a synchronous stream in this process (no worker thread). It is a development
 * dependency: without it (a production install), logs stay JSON.
 */
function prettyStream(): DestinationStream | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as typeof import('pino-pretty');
    return pretty({ colorize: true, sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' });
  } catch {
    return undefined;
  }
}

export type { Logger };
