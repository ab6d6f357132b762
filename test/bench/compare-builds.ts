import { resolve } from 'node:path';
import { PORTAL_ORIGIN, startPortalServer } from '../portal/server';
import { median } from './harness';
import { untilKept } from './kept-first-paint';
import { launchBenchBrowser, layoutShifts, type BenchBrowser, type LoadSample } from './page-load';

// `npx tsx test/bench/compare-builds.ts name=dir [name=dir ...]`: the main-thread time each
// unpacked Chromium build adds to a fresh-tab load of the demo reprint page, against the same
// page without an extension, loads interleaved and rotated as in content-script.bench.ts. Made
// to split the content script's cost by building variants of it (e.g. one whose main() returns
// at once: only the bundle's load), which the one-build bench cannot.

const URL_UNDER_TEST = `${PORTAL_ORIGIN}/ristampa.html`;
const ROUNDS = Number(process.env.ROUNDS ?? 11);

const builds = process.argv.slice(2).map((arg) => {
  const [name, dir] = arg.split('=');
  if (!name || !dir) throw new Error(`expected name=dir, got ${arg}`);
  return { name, dir: resolve(dir) };
});

const server = await startPortalServer();
const sides: { name: string; browser: BenchBrowser; task: number[]; long: number[]; ready: number[]; samples: LoadSample[] }[] = [];
try {
  sides.push({ name: 'none', browser: await launchBenchBrowser(server.httpsPort, null), task: [], long: [], ready: [], samples: [] });
  for (const { name, dir } of builds) {
    const browser = await launchBenchBrowser(server.httpsPort, dir);
    // Our builds draw a kept first paint when they have one: measure that steady state.
    if (!(await untilKept(browser, URL_UNDER_TEST))) console.log(`${name}: no first paint kept, its loads are not the copy's`);
    sides.push({ name, browser, task: [], long: [], ready: [], samples: [] });
  }
  for (const side of sides) await side.browser.load(URL_UNDER_TEST); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < sides.length; i++) {
      const side = sides[(round + i) % sides.length]!;
      const sample = await side.browser.load(URL_UNDER_TEST);
      side.task.push(sample.taskMs);
      side.long.push(...sample.longTasks);
      if (sample.readyAfterDcl !== null) side.ready.push(sample.readyAfterDcl);
      side.samples.push(sample);
    }
  }
  const none = median(sides[0]!.task);
  console.log(`fresh tab, ${ROUNDS} loads a side; main-thread TaskDuration without an extension ${none.toFixed(1)} ms`);
  for (const side of sides.slice(1)) {
    const ready = side.ready.length > 0 ? `; fields ready ${median(side.ready).toFixed(1)} ms after DOMContentLoaded (median of ${side.ready.length})` : '';
    const longest = side.long.length > 0 ? `, longest ${Math.max(...side.long).toFixed(0)} ms` : '';
    console.log(`${side.name}: adds ${(median(side.task) - none).toFixed(1)} ms; long tasks ${side.long.length}${longest} (without: ${sides[0]!.long.length})${ready}; ${moved(side.samples)} (without: ${moved(sides[0]!.samples)})`);
  }
} finally {
  for (const side of sides) await side.browser.close();
  await server.close();
}

/** The page's layout shift over the loads: how often it moved, and by how much at most. */
function moved(samples: LoadSample[]): string {
  const { moved: count, largest } = layoutShifts(samples);
  return `the portal moved (layout shift over 0.05) in ${count} loads, largest score ${largest.toFixed(3)}`;
}
