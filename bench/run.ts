/**
 * `npm run bench`: runs every suite in bench/suites (or those named on the command line) one after the
 * other and lets each print its figures. Benchmarks measure; they never fail on a threshold.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const suitesDir = join(fileURLToPath(new URL('.', import.meta.url)), 'suites');
const wanted = process.argv.slice(2);
const suites = readdirSync(suitesDir)
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .filter((file) => wanted.length === 0 || wanted.includes(basename(file, '.ts')));

for (const file of suites) {
  console.log(`\n## ${basename(file, '.ts')}`);
  const suite = (await import(pathToFileURL(join(suitesDir, file)).href)) as { default: () => Promise<void> };
  await suite.default();
}
