import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/browsers/chromium-options';
import { PORTAL_ORIGIN, startPortalServer } from '../portal/server';
import { splitTrace, startTrace, type SplitPart, type TraceEvent } from './trace-split';

// `npx tsx test/bench/trace-load.ts [out.json]`: one Chrome trace of a fresh-tab load of the
// demo reprint page with the production build (.output/chrome-mv3) and one without, the main
// thread's split of each side and what the build adds. With a file name, both traces are
// written (open them in Perfetto or chrome://tracing).

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const URL_UNDER_TEST = `${PORTAL_ORIGIN}/ristampa.html`;

async function traceOnce(httpsPort: number, extensionDir: string | null): Promise<TraceEvent[]> {
  const profile = await mkdtemp(join(tmpdir(), 'sportello-trace-'));
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(httpsPort, extensionDir));
  try {
    if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const warm = await context.newPage();
    await warm.goto(URL_UNDER_TEST, { waitUntil: 'load' });
    await warm.close();
    const page = await context.newPage();
    const stop = await startTrace(await context.newCDPSession(page));
    await page.goto(URL_UNDER_TEST, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const events = await stop();
    await page.close();
    return events;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const server = await startPortalServer();
try {
  const out = process.argv[2];
  const withExt = await traceOnce(server.httpsPort, join(ROOT, '.output/chrome-mv3'));
  const without = await traceOnce(server.httpsPort, null);
  if (out) {
    await writeFile(out, JSON.stringify({ traceEvents: withExt }));
    await writeFile(out.replace(/\.json$/, '') + '-without.json', JSON.stringify({ traceEvents: without }));
  }
  const on = splitTrace(withExt);
  const off = splitTrace(without);
  console.log('main-thread self time, ms: with | without | added');
  for (const part of Object.keys(on.parts) as SplitPart[]) {
    console.log(`${part}: ${on.parts[part].toFixed(1)} | ${off.parts[part].toFixed(1)} | ${(on.parts[part] - off.parts[part]).toFixed(1)}`);
  }
  // What the added time is made of, by event (self time), the largest first.
  const added = Object.keys({ ...on.byName, ...off.byName })
    .map((name) => [name, (on.byName[name] ?? 0) - (off.byName[name] ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15);
  console.log('added self time by event, ms:');
  for (const [name, ms] of added) console.log(`  ${ms.toFixed(1)}  ${name}`);
  console.log(`longest tasks with (of it the extension's script + script with no URL): ${on.tasks.slice(0, 5).map((t) => `${t.ms.toFixed(1)} (${t.extensionMs.toFixed(1)} + ${t.unattributedMs.toFixed(1)})`).join(', ')}`);
  console.log(`longest tasks without: ${off.tasks.slice(0, 5).map((t) => t.ms.toFixed(1)).join(', ')}`);
} finally {
  await server.close();
}
