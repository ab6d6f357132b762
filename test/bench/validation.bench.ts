import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchResult } from './harness';

/**
 * Codice fiscale validation against codice-fiscale-js and @marketto/codice-fiscale-utils.
 * The timing program (validation-timing.ts) is bundled and minified with our validators, as
 * the content script carries them, and run in plain Node. Under tsx's loader the same bundle
 * runs about 25% slower (138 against 172 ns/op here) and the peers do not: tsx would measure
 * itself. The peers stay their published builds, loaded from node_modules.
 */
export default async function validationBench(): Promise<BenchResult[]> {
  const outfile = join('node_modules', '.cache', 'sportello-bench', 'validation-timing.mjs');
  await build({
    entryPoints: ['test/bench/validation-timing.ts'],
    bundle: true,
    minify: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    outfile,
    logLevel: 'error',
  });
  const { stdout } = await promisify(execFile)(process.execPath, [outfile], { maxBuffer: 1 << 20 });
  const results = JSON.parse(stdout) as BenchResult[];
  const script = '.output/chrome-mv3/content-scripts/reissue.js';
  if (existsSync(script)) {
    const size = gzipSync(readFileSync(script)).length;
    results.push({ name: 'content script (gzip)', value: size / 1024, unit: 'kB', peer: 'budget', peerValue: 40, note: script });
  }
  return results;
}
