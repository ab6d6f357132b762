import type { CDPSession } from 'playwright-core';

// Where a page's renderer main thread spent its time, read from a Chrome trace. The CDP
// Performance metrics the bench samples (TaskDuration, ScriptDuration, ...) leave one thing
// out: JavaScript run at a microtask checkpoint after a task (promise continuations: code after
// an `await`, `.then` callbacks, the answer of a message or a storage read) is inside no
// ScriptDuration scope. A trace of a fresh-tab load showed that to be the bench's "other".

export const TRACE_CATEGORIES = [
  'devtools.timeline', 'v8', 'blink', 'ipc', 'extensions', 'disabled-by-default-devtools.timeline', 'v8.execute',
  'toplevel', 'loading', 'renderer.scheduler',
];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export type SplitPart = 'microtask script' | 'script' | 'compile' | 'style' | 'layout' | 'paint' | 'parse' | 'gc' | 'ipc' | 'rest';

/** One top-level task of the page's main thread. */
export interface TracedTask {
  ms: number;
  /**
   * Of it, what an extension's script ran, ms: the calls and evaluations a trace names with a
   * chrome-extension:// or moz-extension:// URL, with all they ran (the style and layout they
   * forced, any page code they called). Tells the page's own long task that holds a short call
   * of ours from a task of ours.
   */
  extensionMs: number;
  /**
   * Script the trace names no URL for, ms: promise continuations run after a task or a
   * callback (a message's answer, a timer resolving a promise), the code an event dispatch or
   * an extension API's callback runs before it reaches a named script. Ours or the page's: with
   * `extensionMs`, an upper bound of what ours ran in the task.
   */
  unattributedMs: number;
}

export interface TraceSplit {
  /** Self time (ms) of the page main thread's events, by part. */
  parts: Record<SplitPart, number>;
  /** Top-level tasks of the page main thread, longest first. */
  tasks: TracedTask[];
  /** Self time (ms) by event name: what each part is made of. */
  byName: Record<string, number>;
}

interface Node extends TraceEvent {
  dur: number;
  parent: Node | null;
  childTime: number;
}

const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.run', 'v8.callFunction', 'TimerFire', 'EventDispatch', 'v8.evaluateModule']);
const TOP = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Where script runs: a call, an evaluation, or a microtask checkpoint. */
const SCRIPT_RUN = new Set([...SCRIPT, 'RunMicrotasks']);

/** Starts a trace on `cdp`; the returned function stops it and gives its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }): void => {
    events.push(...(value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** The split of the renderer main thread that parsed the page (the one with ParseHTML). */
export function splitTrace(events: TraceEvent[]): TraceSplit {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = mains.find((t) => events.some((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'ParseHTML'));
  const parts: Record<SplitPart, number> = {
    'microtask script': 0, script: 0, compile: 0, style: 0, layout: 0, paint: 0, parse: 0, gc: 0, ipc: 0, rest: 0,
  };
  if (!main) return { parts, tasks: [], byName: {} };
  const own = events
    .filter((e): e is TraceEvent & { dur: number } => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const nodes: Node[] = [];
  const stack: Node[] = [];
  for (const e of own) {
    while (stack.length && e.ts + e.dur > stack.at(-1)!.ts + stack.at(-1)!.dur) stack.pop();
    const node: Node = { ...e, parent: stack.at(-1) ?? null, childTime: 0 };
    if (node.parent) node.parent.childTime += node.dur;
    nodes.push(node);
    stack.push(node);
  }
  const tasks = new Map<Node, TracedTask>();
  const byName: Record<string, number> = {};
  for (const node of nodes) {
    if (isTopTask(node)) tasks.set(node, { ms: node.dur / 1000, extensionMs: 0, unattributedMs: 0 });
    const task = tasks.get(topTaskOf(node) as Node);
    // Each stretch of script counted once, at its outermost event: all of it unattributed, less
    // what the outermost events with a URL inside it ran (ours among them).
    if (task && SCRIPT_RUN.has(node.name) && !hasAncestor(node, (n) => SCRIPT_RUN.has(n.name))) task.unattributedMs += node.dur / 1000;
    const url = urlOf(node);
    if (task && url !== null && !hasAncestor(node, (n) => urlOf(n) !== null)) {
      task.unattributedMs -= node.dur / 1000;
      if (/^(chrome|moz)-extension:\/\//.test(url)) task.extensionMs += node.dur / 1000;
    }
    const self = (node.dur - node.childTime) / 1000;
    parts[partOf(node)] += self;
    const name = `${partOf(node)}: ${node.name}`;
    byName[name] = (byName[name] ?? 0) + self;
  }
  return { parts, tasks: [...tasks.values()].sort((a, b) => b.ms - a.ms), byName };
}

/** A task the scheduler ran, not one run inside another. */
function isTopTask(node: Node): boolean {
  return TOP.has(node.name) && !hasAncestor(node, (n) => TOP.has(n.name));
}

function hasAncestor(node: Node, test: (n: Node) => boolean): boolean {
  for (let n = node.parent; n; n = n.parent) if (test(n)) return true;
  return false;
}

function topTaskOf(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parent) if (isTopTask(n)) return n;
  return null;
}

/** The script a call or an evaluation ran, as the trace names it; null for other events and unnamed script. */
function urlOf(node: Node): string | null {
  const url = (node.args?.data as { url?: unknown } | undefined)?.url;
  return SCRIPT.has(node.name) && typeof url === 'string' && url !== '' ? url : null;
}

function partOf(node: Node): SplitPart {
  const names: string[] = [];
  for (let n: Node | null = node; n; n = n.parent) names.push(n.name);
  const has = (...wanted: string[]): boolean => names.some((n) => wanted.includes(n));
  if (/GC|Scavenge|MarkCompact|MinorMS/.test(node.name)) return 'gc';
  if (/compile/i.test(node.name)) return 'compile';
  if (has('Layout', 'LocalFrameView::layout', 'Blink.Layout.UpdateTime')) return 'layout';
  if (has('UpdateLayoutTree', 'Document::recalcStyle', 'Blink.Style.UpdateTime', 'ParseAuthorStyleSheet', 'StyleElement::processStyleSheet')) return 'style';
  if (has('Paint', 'Commit', 'WebFrameWidgetImpl::UpdateLifecycle', 'PrePaint', 'Layerize')) return 'paint';
  // Script inside a call or an evaluation is what ScriptDuration counts; a microtask checkpoint
  // outside any of them (BlinkScheduler_PerformMicrotaskCheckpoint at the end of a task) is not.
  if (names.some((n) => SCRIPT.has(n))) return 'script';
  if (has('RunMicrotasks')) return 'microtask script';
  if (has('ParseHTML')) return 'parse';
  if (names.some((n) => /mojo|SimpleWatcher|IPC/.test(n))) return 'ipc';
  return 'rest';
}
