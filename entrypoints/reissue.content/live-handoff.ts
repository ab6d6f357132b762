import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentStart } from '@/utils/messaging/protocol';
import type { PageStatus } from '@/utils/schemas';
import type { StartTourResult } from '@/utils/tours/schema';
import type { PanelLayout } from './dock';
import type { SubmitSeen } from '@/utils/request-memory';

/**
 * The content script comes in two parts. The first (index.ts, first-paint.ts) loads with every
 * portal page: it reads the page, marks the fields and draws a copy of the panel. The live panel
 * (reissue-live.ts: Preact, every feature) is injected by the background into the same frame
 * and isolated world when the operator reaches for the panel or a field. The first part leaves
 * it this, under a symbol of that world's global: a page reaches neither.
 */
export interface FirstPaint {
  ctx: ContentScriptContext;
  /** The start answer, or the promise of it while it has not come (null when out of date). */
  answer: () => ContentStart | Promise<ContentStart> | null;
  /** The copy of the panel on show, if one was drawn: the live panel takes its place. */
  copy: PanelCopy | null;
  /** The room made beside the page for the panel, if any: the live panel takes it over. */
  room: PanelRoom | null;
  /** This frame's one page-status reporter (read-page.ts), which knows what it already said. */
  reportStatus: (status: PageStatus) => Promise<void>;
  /**
   * The first part stops following the page and undoes its field marks: from now on the live
   * panel does. The copy keeps catching presses until the live panel takes its place.
   */
  handOver: () => void;
  /** A submit of the portal's form the operator made before the live panel came, if any. */
  submitted: () => SubmitSeen | null;
  /** The live panel's tour start, for the popup's `startTour` (which the first part answers). */
  provideTourStart: (start: TourStart | null) => void;
}

export type TourStart = (tourId: string | undefined) => StartTourResult;

/**
 * Room made beside the page for the panel, by the first part once the page is read and storage
 * has answered, or as soon as storage answers on a page listed as showing the function (nearly
 * always before the page's first layout: then the portal is never painted at full width and
 * narrowed after), and taken over by the live panel.
 */
export interface PanelRoom {
  /** Where the panel is docked: the live panel makes its room in the same place. */
  layout: PanelLayout;
  /** Gives the room back (once). */
  release: () => void;
}

export interface PanelCopy {
  host: HTMLElement;
  /** The body of its shadow root: the copied tree lives under it. */
  body: HTMLElement;
  /** What the operator pressed on the copy before the live panel came, in order. */
  pressed: PressedElement[];
  /** Stops catching presses: the live panel is drawn and takes them. */
  stopListening: () => void;
  /** The snapshot it was drawn from: its key and its first-paint digest. */
  key: string;
  digest: string;
}

/** An element of the copy the operator pressed, found again in the live panel by its place. */
export interface PressedElement {
  /** Child indexes from the shadow body down. */
  path: number[];
  localName: string;
  text: string;
}

const FIRST_PAINT_GLOBAL = Symbol.for('sportello-cie.first-paint');
type WithFirstPaint = { [FIRST_PAINT_GLOBAL]?: FirstPaint };

export function leaveFirstPaint(firstPaint: FirstPaint): void {
  (globalThis as WithFirstPaint)[FIRST_PAINT_GLOBAL] = firstPaint;
}

/** Taken once: a second injection into the same frame finds nothing and does nothing. */
export function takeFirstPaint(): FirstPaint | null {
  const global = globalThis as WithFirstPaint;
  const firstPaint = global[FIRST_PAINT_GLOBAL] ?? null;
  delete global[FIRST_PAINT_GLOBAL];
  return firstPaint;
}

let provideTourStart: ((start: TourStart | null) => void) | null = null;

/** The live panel answers tours through its first part (live-stage.ts says which). */
export function tourStartsThrough(provide: (start: TourStart | null) => void): void {
  provideTourStart = provide;
}

/**
 * The tour section's start, for the popup's `startTour`: the first part of the script answers
 * that message (one listener per frame) and calls it. Returns what withdraws it.
 */
export function listenForTourStartThroughFirstPaint(start: TourStart): () => void {
  provideTourStart?.(start);
  return () => provideTourStart?.(null);
}

/** Where `element` sits under `root`, as child indexes. */
export function pathOf(element: Element, root: Element): number[] {
  const path: number[] = [];
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) return [];
    path.unshift([...parent.childNodes].indexOf(node));
  }
  return path;
}

/** The element at `path` under `root`, if it is still the same kind with the same text. */
export function elementAt(root: Element, pressed: PressedElement): HTMLElement | null {
  let node: Node | undefined = root;
  for (const index of pressed.path) node = node?.childNodes[index];
  if (!(node instanceof HTMLElement) || node.localName !== pressed.localName || node.textContent !== pressed.text) return null;
  return node;
}
