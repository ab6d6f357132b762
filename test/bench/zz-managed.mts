import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/browsers/chromium-options';

const profile = await mkdtemp(join(tmpdir(), 'zz-managed-'));
async function session(label: string) {
  const t0 = Date.now();
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(9, join(process.cwd(), '.output/chrome-mv3')));
  const launched = Date.now() - t0;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const up = Date.now() - t0;
  const t = await worker.evaluate(async () => {
    const s = performance.now();
    await (globalThis as any).chrome.storage.managed.get();
    return Math.round(performance.now() - s);
  });
  console.log(label, 'launched', launched, 'worker', up, 'managed.get', t, 'ms; worker age', await worker.evaluate(() => Math.round(performance.now())));
  await context.close();
}
await session('fresh');
await session('restart 1');
await session('restart 2');
