import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

/** Fails when src/generated is not what codegen.yml produces from schema/ (run `npm run codegen`). */
async function main(): Promise<number> {
  const root = join(__dirname, '..');
  const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
  const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as { filename: string; content: string }[];
  const stale = outputs.filter((o) => readFileSync(join(root, o.filename), 'utf8') !== o.content).map((o) => o.filename);
  if (stale.length > 0) {
    console.error(`generated code is out of date with schema/: ${stale.join(', ')}\nrun: npm run codegen`);
    return 1;
  }
  console.log(`generated code is in sync with schema/ (${outputs.map((o) => o.filename).join(', ')})`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
