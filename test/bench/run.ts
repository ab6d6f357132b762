import './extension-env';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatResult, type BenchResult } from './harness';

// Runs every test/bench/*.bench.ts (or those named on the command line) and prints ratios.
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  const bench = (await import(join(here, file))) as { default: () => Promise<BenchResult[]> };
  console.log(`# ${file}`);
  for (const result of await bench.default()) console.log(formatResult(result));
}
