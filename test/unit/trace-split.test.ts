import { describe, expect, it } from 'vitest';
import { splitTrace, type TraceEvent } from '../bench/trace-split';

// The bench's reading of a Chrome trace: which of the page's tasks our script ran in, and for how long.

const MAIN = { pid: 1, tid: 7 };
const OURS = 'chrome-extension://kdjbbbbocebidfjjpbgkhimeeglpkiao/content-scripts/reissue.js';

function event(name: string, ts: number, dur: number, url?: string): TraceEvent {
  return { ...MAIN, name, ph: 'X', ts: ts * 1000, dur: dur * 1000, args: url ? { data: { url } } : {} };
}

const threadName: TraceEvent = { ...MAIN, name: 'thread_name', ph: 'M', ts: 0, args: { name: 'CrRendererMain' } };

/** The tasks read from a trace of the page's main thread holding `events`. */
const tasksOf = (...events: TraceEvent[]) => splitTrace([threadName, ...events]).tasks;

describe('splitTrace', () => {
  it("counts an extension's script once per task, nested calls included, and never the page's", () => {
    const tasks = tasksOf(
      // The page's long task, with a short call of ours in it (which calls itself again), run
      // from an event dispatch the trace names no script for.
      event('ThreadControllerImpl::RunTask', 0, 60),
      event('ParseHTML', 0, 25),
      event('EventDispatch', 29, 14),
      event('FunctionCall', 30, 12, OURS),
      event('FunctionCall', 33, 4, OURS),
      event('FunctionCall', 45, 10, 'https://cieonline.interno.it/portal.js'),
      // A task of ours alone.
      event('ThreadControllerImpl::RunTask', 100, 9),
      event('EvaluateScript', 100, 8, 'moz-extension://9f1c/content-scripts/reissue.js'),
      // A task without any script.
      event('ThreadControllerImpl::RunTask', 120, 3),
    );
    expect(tasks).toEqual([
      { ms: 60, extensionMs: 12, unattributedMs: 2 },
      { ms: 9, extensionMs: 8, unattributedMs: 0 },
      { ms: 3, extensionMs: 0, unattributedMs: 0 },
    ]);
  });

  it('keeps script the trace names no URL for apart (an answer run as promise continuations), once per task', () => {
    const tasks = tasksOf(
      event('ParseHTML', 0, 1),
      // A task run inside another is part of it, not a task of its own.
      event('ThreadControllerImpl::RunTask', 10, 40),
      event('RunTask', 12, 30),
      event('ThreadControllerImpl::RunTask', 13, 28),
      event('v8.callFunction', 14, 16),
      event('RunMicrotasks', 15, 14),
      event('FunctionCall', 35, 5, OURS),
    );
    expect(tasks).toEqual([{ ms: 40, extensionMs: 5, unattributedMs: 16 }]);
  });

  it('gives no tasks for a trace without the page main thread', () => {
    expect(splitTrace([event('ThreadControllerImpl::RunTask', 0, 60)]).tasks).toEqual([]);
  });
});
