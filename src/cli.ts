import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * What every command line of the project shares: options parsed by node:util's parseArgs (strict:
 * an unknown option is an error), `--help`/`-h` answered with the command's usage, and failures
 * reported in one line. A stack trace is for bugs, and only with LOG_LEVEL=debug.
 */

/** The user asked for something the command cannot do as asked: one line, then the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** True when the arguments ask for help (before anything else is checked or loaded). */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** Parses a command's arguments; an unknown option or a missing value is a UsageError. */
export function parseCommandLine<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/** The one line a failure is reported in (the first line of its message). */
export function failureLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}

/** Runs a command function (see `command`) as the process: its result is the exit code. */
export function runAsProcess(run: (args: string[]) => Promise<number>, args = process.argv.slice(2)): void {
  run(args).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.exitCode = reportFailure(err);
    },
  );
}

/**
 * A command function (its arguments last) that answers `--help` with its usage (0) and a UsageError
 * with the error and the usage on stderr (2); other failures go to the caller.
 */
export function command<P extends [...unknown[], readonly string[]]>(
  usage: string,
  run: (...params: P) => Promise<number> | number,
): (...params: P) => Promise<number> {
  return async (...params: P) => {
    const args = params[params.length - 1] as readonly string[];
    if (wantsHelp(args)) {
      console.log(usage);
      return 0;
    }
    try {
      return await run(...params);
    } catch (err) {
      if (err instanceof UsageError) return reportFailure(err, usage);
      throw err;
    }
  };
}

/**
 * Prints a failure and returns its exit code: a UsageError is its line and the usage (2); anything
 * else `error: <message>` (1), with the stack only when LOG_LEVEL=debug.
 */
export function reportFailure(err: unknown, usage?: string): number {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n\n${usage ?? ''}`.trimEnd());
    return 2;
  }
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  if (process.env.LOG_LEVEL === 'debug' && err instanceof Error && err.stack) console.error(err.stack);
  return 1;
}
