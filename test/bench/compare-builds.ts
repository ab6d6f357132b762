import { resolve } from 'node:path';
import { PORTAL_ORIGIN, startPortalServer } from '../portal/server';
import { median } from './harness';
import { untilKept } from './kept-first-paint';
import { launchBenchBrowser, layoutShifts, MOVED_SCORE, type BenchBrowser, type LoadSample } from './page-load';

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
const sides: { name: string; browser: BenchBrowser; samples: LoadSample[] }[] = [];
try {
  sides.push({ name: 'none', browser: await launchBenchBrowser(server.httpsPort, null), samples: [] });
  for (const { name, dir } of builds) {
    const browser = await launchBenchBrowser(server.httpsPort, dir);
    // Our builds draw a kept first paint when they have one: measure that steady state.
    if (!(await untilKept(browser, URL_UNDER_TEST))) console.log(`${name}: no first paint kept, its loads are not the copy's`);
    sides.push({ name, browser, samples: [] });
  }
  for (const side of sides) await side.browser.load(URL_UNDER_TEST); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < sides.length; i++) {
      const side = sides[(round + i) % sides.length]!;
      side.samples.push(await side.browser.load(URL_UNDER_TEST));
    }
  }
  const task = (samples: LoadSample[]): number => median(samples.map((s) => s.taskMs));
  const long = (samples: LoadSample[]): number[] => samples.flatMap((s) => s.longTasks);
  const none = task(sides[0]!.samples);
  console.log(`fresh tab, ${ROUNDS} loads a side; main-thread TaskDuration without an extension ${none.toFixed(1)} ms`);
  for (const side of sides.slice(1)) {
    const readies = side.samples.flatMap((s) => (s.readyAfterDcl === null ? [] : [s.readyAfterDcl]));
    const ready = readies.length > 0 ? `; fields ready ${median(readies).toFixed(1)} ms after DOMContentLoaded (median of ${readies.length})` : '';
    const ours = long(side.samples);
    const longest = ours.length > 0 ? `, longest ${Math.max(...ours).toFixed(0)} ms` : '';
    console.log(`${side.name}: adds ${(task(side.samples) - none).toFixed(1)} ms; long tasks ${ours.length}${longest} (without: ${long(sides[0]!.samples).length})${ready}; ${moved(side.samples)} (without: ${moved(sides[0]!.samples)})`);
  }
} finally {
  for (const side of sides) await side.browser.close();
  await server.close();
}

/** The page's layout shift over the loads: how often it moved, and by how much at most. */
function moved(samples: LoadSample[]): string {
  const { moved: count, largest } = layoutShifts(samples);
  return `the portal moved (layout shift over ${MOVED_SCORE}) in ${count} loads, largest score ${largest.toFixed(3)}`;
}
