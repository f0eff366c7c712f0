import { UsageError, wantsHelp } from '../src/cli';

/**
 * Runs a benchmark command: `--help` prints its usage (exit 0); otherwise its exit code, or 1 with the
 * error printed (a mistake in the arguments in one line, anything else with its stack).
 */
export function runMain(usage: string, main: () => Promise<number>): void {
  if (wantsHelp(process.argv.slice(2))) {
    console.log(usage);
    return;
  }
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const argumentError = err instanceof UsageError || String((err as { code?: unknown })?.code ?? '').startsWith('ERR_PARSE_ARGS');
      console.error(argumentError ? `${(err as Error).message}\n\n${usage}` : `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      process.exitCode = argumentError ? 2 : 1;
    },
  );
}
