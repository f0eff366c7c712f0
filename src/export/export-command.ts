import type { Config } from '../config';

export async function exportCommand(_config: Config, _args: readonly string[]): Promise<number> {
  console.error('export: not available yet');
  return 2;
}
