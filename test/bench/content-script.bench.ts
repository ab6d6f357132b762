import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { PORTAL_ORIGIN, startPortalServer } from '../portal/server';
import { median, type BenchResult } from './harness';
import { KEPT_FIRST_PAINT, untilKept } from './kept-first-paint';
import { launchBenchBrowser, layoutShifts, MOVED_SCORE, type BenchBrowser, type LayoutShifts, type LoadSample } from './page-load';
import type { DrawnPanel } from './panel-copy';
import type { TracedTask, TraceSplit } from './trace-split';

// The content script in Debian's Chromium on the demo reprint page: the same page loaded with
// and without the production build (.output/chrome-mv3, as built), interleaved, medians.

const ROUNDS = 9;
const URL_UNDER_TEST = `${PORTAL_ORIGIN}/ristampa.html`;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CONTENT_SCRIPT = join(EXTENSION_DIR, 'content-scripts/reissue.js');
/** The live panel, injected when the operator reaches for the panel or a field. */
const LIVE_SCRIPT = join(EXTENSION_DIR, 'reissue-live.js');

const TARGET_READY_MS = 50;
/** Added main-thread time at most this many times what drawing a static copy of the panel adds. */
const TARGET_STATIC_RATIO = 1.5;
const TARGET_GZIP_KB = 40;
/** A long task, as the Long Tasks API counts them. */
const LONG_TASK_MS = 50;
/** Fresh-tab loads per side under a Chrome trace, for the part of the split CDP metrics miss. */
const TRACE_ROUNDS = 3;

/** An unpacked MV3 extension whose only content script is `contentJs`, on our matches and run_at. */
async function makeExtension(name: string, contentJs: string, backgroundJs = ''): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `sportello-${name}-`));
  const manifest = {
    manifest_version: 3, name, version: '1.0', background: { service_worker: 'background.js' }, permissions: ['storage'],
    content_scripts: [{ matches: ['https://*.interno.it/*'], js: ['content.js'], run_at: 'document_start', all_frames: true }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'background.js'), backgroundJs);
  await writeFile(join(dir, 'content.js'), contentJs);
  return dir;
}

const MARK_FIELD = `document.querySelector('input')?.setAttribute('data-sportello-field', 'codiceFiscale');`;

/**
 * The least any extension with a content script costs a page: a one-line script marking the
 * field at DOMContentLoaded.
 */
function makeFloorExtension(): Promise<string> {
  return makeExtension('floor', `document.addEventListener('DOMContentLoaded', () => { ${MARK_FIELD} });`);
}

function panelDrawn(): boolean {
  return document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid="panel"]') != null;
}

function readDrawnPanel(): DrawnPanel {
  const host = document.getElementById('sportello-cie-root')!;
  const shadow = host.shadowRoot!;
  return {
    hostAttributes: [...host.attributes].map((a): [string, string] => [a.name, a.value]),
    css: [...shadow.querySelectorAll('style')].map((s) => s.textContent).join('\n'),
    markup: shadow.querySelector('body')!.getHTML(),
    rootStyle: document.documentElement.getAttribute('style'),
  };
}

/**
 * A file of test/bench/ bundled for a peer's content script; with `globalName`, its exports
 * kept there; `define` sets its build-time constants.
 */
async function bundle(file: string, globalName?: string, define?: Record<string, string>): Promise<string> {
  const bundled = await build({
    entryPoints: [join(ROOT, 'test/bench', file)],
    bundle: true, minify: true, format: 'iife', globalName, define, write: false, logLevel: 'silent',
  });
  return bundled.outputFiles[0]!.text;
}

/**
 * The least drawing our panel at load costs: a static copy of it (same elements, same CSS, the
 * same room made beside the page) put in a shadow root at DOMContentLoaded by plain DOM calls.
 * No framework, no page reading, no messages, no storage.
 */
async function makeStaticPanelExtension(panel: DrawnPanel): Promise<string> {
  return makeExtension('static-panel', `${await bundle('panel-copy.ts', 'panelCopy')}
const PANEL = ${JSON.stringify(panel)};
document.addEventListener('DOMContentLoaded', () => {
  ${MARK_FIELD}
  panelCopy.drawPanelCopy(PANEL);
});`);
}

/**
 * The least the first script of a two-stage content script costs (first-script-floor.ts): a
 * storage read, our page reading, the fields marked, one message, and the static copy drawn
 * from markup its background stored, as a first paint that runs no framework.
 */
async function makeFirstScriptExtension(panel: DrawnPanel, readThePage: boolean): Promise<string> {
  const background = `chrome.storage.local.set({ panelCopy: ${JSON.stringify(panel)} });
chrome.runtime.onMessage.addListener((message, sender, answer) => { answer(null); });`;
  const script = await bundle('first-script-floor.ts', undefined, { READ_THE_PAGE: String(readThePage) });
  return makeExtension(readThePage ? 'first-script' : 'first-script-unread', script, background);
}

/**
 * Our first part loaded but never started: the production content script with WXT's start call
 * cut out (the ContentScriptContext is not made, main() not called), so the script is parsed and
 * its top level run, nothing more. What the code's size costs a page before it does anything,
 * against the one-line script.
 */
function makeLoadedOnlyExtension(built: string): Promise<string> {
  // WXT's entry ends `return await main(new ContentScriptContext("reissue", options))`, minified;
  // `return void main` keeps the statement valid and calls nothing.
  const start = /return await ([\w$]+)\(new [\w$]+\(\s*[`"']reissue[`"']\s*,\s*[\w$]+\s*\)\)/g;
  if (built.match(start)?.length !== 1) throw new Error("WXT's start call was not found once in content-scripts/reissue.js: the loaded-only peer cannot be made");
  return makeExtension('loaded-only', built.replace(start, 'return void $1'));
}

export default async function (): Promise<BenchResult[]> {
  // Read once: the loaded-only peer is made from it and its size is measured.
  const raw = await readFile(CONTENT_SCRIPT);
  // First: it needs only the built file, and fails before anything is made to clean up.
  const loadedOnlyDir = await makeLoadedOnlyExtension(raw.toString('utf8'));
  const server = await startPortalServer();
  const floorDir = await makeFloorExtension();
  const withExt = await launchBenchBrowser(server.httpsPort, EXTENSION_DIR);
  // Read from a warm-up load of this build, so the copy is always of the current panel.
  const drawn = await withExt.read(URL_UNDER_TEST, panelDrawn, readDrawnPanel);
  // That load kept the panel's first paint: the loads measured below draw it (the steady state).
  if (!(await untilKept(withExt, URL_UNDER_TEST))) {
    throw new Error("The live panel never kept its first paint: the loads would measure the live panel's, not the copy's");
  }
  const staticDir = await makeStaticPanelExtension(drawn);
  const firstScriptDir = await makeFirstScriptExtension(drawn, true);
  const unreadDir = await makeFirstScriptExtension(drawn, false);
  const without = await launchBenchBrowser(server.httpsPort, null);
  const floorExt = await launchBenchBrowser(server.httpsPort, floorDir);
  const staticExt = await launchBenchBrowser(server.httpsPort, staticDir);
  const firstScriptExt = await launchBenchBrowser(server.httpsPort, firstScriptDir);
  const unreadExt = await launchBenchBrowser(server.httpsPort, unreadDir);
  const loadedOnlyExt = await launchBenchBrowser(server.httpsPort, loadedOnlyDir);
  // Ours again, with no first paint kept before each load: the live panel is loaded at once
  // (the first page of a profile, or after the language, the place or the drawn data changed).
  const nothingKept = await launchBenchBrowser(server.httpsPort, EXTENSION_DIR, { forgetBeforeLoad: [KEPT_FIRST_PAINT] });
  // Each side's loads two ways: a fresh tab, and the next page in a tab kept open.
  const samplesOf = new Map<BenchBrowser, Loads>(
    [withExt, without, floorExt, staticExt, firstScriptExt, unreadExt, loadedOnlyExt, nothingKept].map((side) => [side, { fresh: [], sameTab: [], traced: [] }]),
  );
  try {
    // One way after the other, so the kept tab is not open while fresh tabs are measured:
    // pages of one site can share a process, and so its main thread.
    for (const way of ['fresh', 'sameTab'] as const) {
      const loadOnce = (side: BenchBrowser) => (way === 'fresh' ? side.load(URL_UNDER_TEST) : side.loadInSameTab(URL_UNDER_TEST));
      // Warm every side: first-load compile, the worker's start (and the kept tab's opening).
      for (const side of samplesOf.keys()) await loadOnce(side);
      // Rotate which side goes first, so load from other processes hits all alike.
      const sides = [...samplesOf.keys()];
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < sides.length; i++) {
          const side = sides[(round + i) % sides.length]!;
          samplesOf.get(side)![way].push(await loadOnce(side));
        }
      }
    }
    // Last, a few traced fresh-tab loads: tracing slows the page, so these give the split's
    // shares (microtask script, which no CDP metric counts), never the totals above.
    for (let round = 0; round < TRACE_ROUNDS; round++) {
      for (const side of [withExt, without, staticExt]) samplesOf.get(side)!.traced.push(await side.trace(URL_UNDER_TEST));
    }
  } finally {
    for (const side of samplesOf.keys()) await side.close();
    await server.close();
    for (const dir of [floorDir, staticDir, firstScriptDir, unreadDir, loadedOnlyDir]) await rm(dir, { recursive: true, force: true });
  }
  const on = samplesOf.get(withExt)!;
  const off = samplesOf.get(without)!;

  const readySamples = on.fresh.map((s) => s.readyAfterDcl);
  if (readySamples.some((r) => r === null)) throw new Error('The content script never marked the codice fiscale field');
  const ready = median(readySamples as number[]);
  const pageDcl = median(off.fresh.map((s) => s.domContentLoaded));
  const scriptOn = median(on.fresh.map((s) => s.scriptMs));
  const scriptOff = median(off.fresh.map((s) => s.scriptMs));
  const sides: Sides = {
    on, off, floor: samplesOf.get(floorExt)!, staticPanel: samplesOf.get(staticExt)!, firstScript: samplesOf.get(firstScriptExt)!, unread: samplesOf.get(unreadExt)!, loadedOnly: samplesOf.get(loadedOnlyExt)!, nothingKept: samplesOf.get(nothingKept)!,
  };

  const gzipped = gzipSync(raw, { level: 9 }).length;
  const live = await readFile(LIVE_SCRIPT);
  const preact = gzipSync(await readFile(preactBundle()), { level: 9 }).length;

  const rounds = `${ROUNDS} loads each side and way`;
  const microtask = (loads: Loads): number => median(loads.traced.map((t) => t.parts['microtask script']));
  const tracedLongest = (loads: Loads): string => fmtRange(loads.traced.map((t) => t.tasks[0]?.ms ?? 0));
  return [
    {
      name: 'content script DOMContentLoaded -> fields checked-ready',
      value: ready, unit: 'ms',
      note: `${rounds}, a fresh tab each; range ${fmtRange(readySamples as number[])} ms; target < ${TARGET_READY_MS} ms ${met(ready < TARGET_READY_MS)}; the page's own DOMContentLoaded with the extension ${median(on.fresh.map((s) => s.domContentLoaded)).toFixed(1)} ms`,
      peer: 'page nav start->DOMContentLoaded, no extension', peerValue: pageDcl,
    },
    ...addedTimeRows('a fresh tab per load', (l) => l.fresh, sides, microtask(on) - microtask(off)),
    ...addedTimeRows('the next page in the same tab', (l) => l.sameTab, sides, null),
    {
      name: 'main-thread script at microtask checkpoints (promise continuations, in no ScriptDuration), traced, a fresh tab per load',
      value: microtask(on), unit: 'ms',
      note: `${TRACE_ROUNDS} traced loads each side; the static panel's ${microtask(sides.staticPanel).toFixed(1)} ms; longest task of a traced load with extension ${tracedLongest(on)} ms, without ${tracedLongest(off)} ms, static panel ${tracedLongest(sides.staticPanel)} ms (tracing slows every task)`,
      peer: 'same page without the extension', peerValue: microtask(off),
    },
    extensionTaskRow(sides),
    ...longTaskRows('a fresh tab per load', (l) => l.fresh, sides),
    ...longTaskRows('the next page in the same tab', (l) => l.sameTab, sides),
    layoutShiftRow(sides),
    {
      name: 'main-thread ScriptDuration, page load + 1 s, with extension, a fresh tab per load',
      value: scriptOn, unit: 'ms',
      note: `added ${(scriptOn - scriptOff).toFixed(2)} ms`,
      peer: 'same page without the extension', peerValue: scriptOff,
    },
    {
      name: 'content-scripts/reissue.js gzipped',
      value: gzipped / 1024, unit: 'kB',
      note: `the part every portal page loads; raw ${(raw.length / 1024).toFixed(1)} kB; target < ${TARGET_GZIP_KB} kB ${met(gzipped / 1024 < TARGET_GZIP_KB)}; the live panel (reissue-live.js, injected on the operator's first reach) ${(gzipSync(live, { level: 9 }).length / 1024).toFixed(1)} kB gzipped, raw ${(live.length / 1024).toFixed(1)} kB`,
      peer: 'preact runtime gzipped', peerValue: preact / 1024,
    },
  ];
}

interface Loads {
  fresh: LoadSample[];
  sameTab: LoadSample[];
  traced: TraceSplit[];
}

/** Every side's loads: ours (on), the page alone (off) and each peer. */
interface Sides {
  on: Loads;
  off: Loads;
  floor: Loads;
  staticPanel: Loads;
  firstScript: Loads;
  unread: Loads;
  loadedOnly: Loads;
  nothingKept: Loads;
}

/**
 * The most an extension's script ran in one task, read from the traced loads (a trace names
 * the script of each call; the Long Tasks API does not): a long task of the page that holds a
 * short call of ours is told from a task of ours. Script the trace names no URL for (promise
 * continuations, an answer's callback) is counted as ours too, and tracing slows every task:
 * an upper bound.
 */
function extensionTaskRow(sides: { on: Loads; staticPanel: Loads }): BenchResult {
  const atMost = (task: TracedTask): number => task.extensionMs + task.unattributedMs;
  const longest = (loads: Loads, of: (task: TracedTask) => number): number => Math.max(0, ...loads.traced.flatMap((t) => t.tasks.map(of)));
  const long = sides.on.traced.flatMap((t) => t.tasks.filter((task) => task.ms > LONG_TASK_MS));
  const ours = longest(sides.on, atMost);
  const inLong = long.length > 0 ? `; in them our script ran at most ${fmtRange(long.map(atMost))} ms` : '';
  return {
    name: `the extension's script in one task, at most, traced, a fresh tab per load`,
    value: ours, unit: 'ms',
    note: `${TRACE_ROUNDS} traced loads (tracing slows every task, and script without a URL counts as ours: an upper bound); named by its URL alone, ${longest(sides.on, (task) => task.extensionMs).toFixed(1)} ms at most; the page's tasks over ${LONG_TASK_MS} ms in them ${long.length}${inLong}; target: no task of ours over ${LONG_TASK_MS} ms ${met(ours <= LONG_TASK_MS)}`,
    peer: "the static panel's script in one task, at most", peerValue: longest(sides.staticPanel, atMost),
  };
}

/**
 * Long tasks (over 50 ms, the Long Tasks API in the page) with and without the extension: a
 * task of ours over 50 ms shows as more long tasks, or longer ones, than the page has alone.
 */
function longTaskRows(way: string, pick: (loads: Loads) => LoadSample[], sides: { on: Loads; off: Loads; floor: Loads; staticPanel: Loads }): BenchResult[] {
  const count = (loads: Loads): number => pick(loads).reduce((sum, s) => sum + s.longTasks.length, 0);
  const longest = (loads: Loads): number => Math.max(0, ...pick(loads).flatMap((s) => s.longTasks));
  const loads = pick(sides.on).length;
  const onCount = count(sides.on);
  const offCount = count(sides.off);
  return [
    {
      name: `long tasks (> 50 ms) in ${loads} loads, with extension, ${way}`,
      value: onCount, unit: 'tasks',
      note: `longest ${longest(sides.on).toFixed(0)} ms; without the extension longest ${longest(sides.off).toFixed(0)} ms; the static panel ${count(sides.staticPanel)} tasks, longest ${longest(sides.staticPanel).toFixed(0)} ms; the one-line content script (floor) ${count(sides.floor)} tasks, longest ${longest(sides.floor).toFixed(0)} ms; target: none of ours, ${met(onCount <= offCount)}`,
      peer: 'without the extension', peerValue: Math.max(offCount, 0.001),
    },
  ];
}

/**
 * How far the portal moved as the panel came (the Layout Instability API's score per load,
 * fresh tabs): drawn at full width and then narrowed for the panel, it moves. The static copy
 * makes its room at DOMContentLoaded, before the page's first layout after it.
 */
function layoutShiftRow(sides: { on: Loads; off: Loads; staticPanel: Loads }): BenchResult {
  const on = layoutShifts(sides.on.fresh);
  const staticPanel = layoutShifts(sides.staticPanel.fresh);
  const off = layoutShifts(sides.off.fresh);
  const of = (shifts: LayoutShifts, loads: Loads): string => `${shifts.moved} of ${loads.fresh.length} loads, largest ${shifts.largest.toFixed(3)}`;
  return {
    name: `loads in which the portal moved (a layout shift over ${MOVED_SCORE}), with extension, a fresh tab per load`,
    value: on.moved, unit: 'loads',
    note: `largest score ${on.largest.toFixed(3)} (the portal narrowed by the panel's room after a layout at full width scores about 0.2 here); the static panel ${of(staticPanel, sides.staticPanel)}; without the extension ${of(off, sides.off)}`,
    peer: 'the static panel', peerValue: Math.max(staticPanel.moved, 0.001),
  };
}

function met(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}

/**
 * The main-thread time our build adds one way of loading, with where it goes, against the two
 * floors measured the same way in the same run.
 */
function addedTimeRows(
  way: string,
  pick: (loads: Loads) => LoadSample[],
  sides: Sides,
  /** What the traced loads add at microtask checkpoints (fresh tabs only), or null. */
  microtaskAdded: number | null,
): BenchResult[] {
  const taskOf = (loads: Loads): number => median(pick(loads).map((s) => s.taskMs));
  const taskOff = taskOf(sides.off);
  const added = taskOf(sides.on) - taskOff;
  // Where the added time goes: each part's median with minus without.
  const addedPart = (part: (s: LoadSample) => number): number => median(pick(sides.on).map(part)) - median(pick(sides.off).map(part));
  const parts = {
    script: addedPart((s) => s.scriptMs),
    compile: addedPart((s) => s.compileMs),
    style: addedPart((s) => s.styleMs),
    layout: addedPart((s) => s.layoutMs),
  };
  const microtask = microtaskAdded ?? 0;
  const other = added - parts.script - parts.compile - parts.style - parts.layout - microtask;
  const microtaskPart = microtaskAdded === null ? '' : `, microtask script ${microtask.toFixed(1)} (traced)`;
  const breakdown = `${Object.entries(parts).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}${microtaskPart}, other ${other.toFixed(1)} ms`;
  const floorAdded = taskOf(sides.floor) - taskOff;
  const staticAdded = taskOf(sides.staticPanel) - taskOff;
  const firstScriptAdded = taskOf(sides.firstScript) - taskOff;
  const unreadAdded = taskOf(sides.unread) - taskOff;
  const nothingKeptAdded = taskOf(sides.nothingKept) - taskOff;
  const loadedOnlyAdded = taskOf(sides.loadedOnly) - taskOff;
  const withinTarget = added <= TARGET_STATIC_RATIO * staticAdded;
  return [
    {
      name: `main-thread TaskDuration, page load + 1 s, with extension, ${way}`,
      value: taskOf(sides.on), unit: 'ms',
      note: `added ${added.toFixed(2)} ms (${breakdown}); thread CPU time`,
      peer: 'same page without the extension', peerValue: taskOff,
    },
    {
      name: `main-thread TaskDuration added by the extension, ${way}`,
      value: added, unit: 'ms',
      note: 'what no extension with a content script goes below is the peer',
      peer: 'added by a one-line content script (floor)', peerValue: floorAdded,
    },
    {
      name: `main-thread TaskDuration added by the extension, against drawing the panel alone, ${way}`,
      value: added, unit: 'ms',
      note: `the peer draws a static copy of our panel read from this build (same elements, CSS and room beside the page) with plain DOM calls at DOMContentLoaded: the least drawing it at load costs; target at most ${TARGET_STATIC_RATIO}x ${met(withinTarget)}`,
      peer: 'added by a static copy of our panel', peerValue: staticAdded,
    },
    {
      name: `main-thread TaskDuration added by the least first script of a two-stage content script, ${way}`,
      value: firstScriptAdded, unit: 'ms',
      note: `test/bench/first-script-floor.ts: one storage read, our page reading, the fields marked, one message, the static copy drawn from stored markup; no framework, no features; ${(firstScriptAdded / staticAdded).toFixed(2)}x the static copy, against the target's ${TARGET_STATIC_RATIO}x; ours ${(added / firstScriptAdded).toFixed(2)}x it`,
      peer: 'added by a static copy of our panel', peerValue: staticAdded,
    },
    {
      name: `main-thread TaskDuration added by the least first script without our page reading, ${way}`,
      value: unreadAdded, unit: 'ms',
      note: `the same, but the page's first input marked as the one-line script does: our page reading (which recognises the function however the portal lays it out, and finds the fields for the checks) costs the least first script ${(firstScriptAdded - unreadAdded).toFixed(1)} ms, ${((firstScriptAdded - unreadAdded) / staticAdded).toFixed(2)}x the static copy; without it ${(unreadAdded / staticAdded).toFixed(2)}x`,
      peer: 'added by a static copy of our panel', peerValue: staticAdded,
    },
    {
      name: `main-thread TaskDuration added by our first part loaded but not started, ${way}`,
      value: loadedOnlyAdded, unit: 'ms',
      note: `content-scripts/reissue.js as built, with WXT's start call cut out: parsed and its top level run, nothing done; ${(loadedOnlyAdded / staticAdded).toFixed(2)}x the static copy, so the target's ${TARGET_STATIC_RATIO}x leaves ${(TARGET_STATIC_RATIO * staticAdded - loadedOnlyAdded).toFixed(1)} ms for all the first part does (ours does it in ${(added - loadedOnlyAdded).toFixed(1)})`,
      peer: 'added by a one-line content script (floor)', peerValue: floorAdded,
    },
    {
      name: `main-thread TaskDuration added by the extension with no first paint kept (the live panel loaded at once), ${way}`,
      value: nothingKeptAdded, unit: 'ms',
      note: `the first page of a profile, or after the language, the panel's place or what it draws changed: the first part, then reissue-live.js injected by the background; ${(nothingKeptAdded / added).toFixed(2)}x ours with its first paint kept`,
      peer: 'added by a static copy of our panel', peerValue: staticAdded,
    },
  ];
}

function preactBundle(): string {
  // The package's own ESM build, the one our bundle includes.
  return join(dirname(createRequire(import.meta.url).resolve('preact')), 'preact.module.js');
}

function fmtRange(values: number[]): string {
  return `${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)}`;
}
