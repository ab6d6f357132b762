import type { E2EPage } from './browsers/types';

/** A step as the tour's author wrote it: callout id -> the element marked, and the mark's value. */
export interface ExpectedStep {
  stepId: string;
  /** CSS selector in the portal's document, or in our shadow root when `shadow`. */
  selector: string;
  target: string;
  shadow?: boolean;
}

/** What the page shows of the tour right now. */
export interface TourState {
  open: boolean;
  stepId: string | null;
  /** data-testid of the focused element inside our shadow root. */
  focused: string | null;
  /** Every element marked as the tour's target, in the page and in our shadow root. */
  marks: { target: string; isExpected: boolean }[];
  notes: string[];
  /** The highlight ring is drawn over the expected element (its centre is inside the ring). */
  ringOnTarget: boolean;
}

/** Reads the tour's state; `expected` says which element should be marked. */
export function tourState(page: E2EPage, expected?: ExpectedStep): Promise<TourState> {
  return page.evaluate((want) => {
    const root = document.getElementById('sportello-cie-root')!.shadowRoot!;
    const callout = root.querySelector('[data-testid=tour-callout]');
    const wanted = want ? (want.shadow ? root : document).querySelector(want.selector) : null;
    const marked = [...document.querySelectorAll('[data-sportello-tour-target]'), ...root.querySelectorAll('[data-sportello-tour-target]')];
    const ring = root.querySelector('.tour-overlay__ring')?.getBoundingClientRect();
    const box = wanted?.getBoundingClientRect();
    const cx = box ? box.left + box.width / 2 : NaN;
    const cy = box ? box.top + box.height / 2 : NaN;
    return {
      open: root.querySelector('[data-testid=tour]') !== null,
      stepId: callout?.getAttribute('data-step-id') ?? null,
      focused: root.activeElement?.getAttribute('data-testid') ?? null,
      marks: marked.map((el) => ({ target: el.getAttribute('data-sportello-tour-target') ?? '', isExpected: el === wanted })),
      notes: [...root.querySelectorAll('[data-testid=tour-skipped-note]')].map((el) => el.textContent ?? ''),
      ringOnTarget: ring !== undefined && cx >= ring.left && cx <= ring.right && cy >= ring.top && cy <= ring.bottom,
    };
  }, expected);
}

/** Waits until the callout shows `step`, has focus, and the ring sits on the step's element. */
export async function waitForStep(page: E2EPage, step: ExpectedStep): Promise<void> {
  await page.waitFor((want) => {
    const root = document.getElementById('sportello-cie-root')?.shadowRoot;
    const callout = root?.querySelector('[data-testid=tour-callout]');
    const el = (want.shadow ? root : document)?.querySelector(want.selector);
    const ring = root?.querySelector('.tour-overlay__ring')?.getBoundingClientRect();
    if (!callout || !el || !ring || callout.getAttribute('data-step-id') !== want.stepId || root!.activeElement !== callout) return false;
    const box = el.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    return el.getAttribute('data-sportello-tour-target') === want.target && cx >= ring.left && cx <= ring.right && cy >= ring.top && cy <= ring.bottom;
  }, step);
}

/** Waits until the tour is gone (closed or finished). */
export async function waitForTourClosed(page: E2EPage): Promise<void> {
  await page.waitFor(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=tour]') == null);
}

/** Puts keyboard focus on an element of our UI (inside the shadow root), by data-testid. */
export async function focusInPanel(page: E2EPage, testId: string): Promise<void> {
  await page.waitFor((id) => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector(`[data-testid="${id}"]`) != null, testId);
  await page.evaluate((id) => document.getElementById('sportello-cie-root')!.shadowRoot!.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.focus(), testId);
}

/** data-testid of what has focus inside our shadow root. */
export function focusedInPanel(page: E2EPage): Promise<string | null> {
  return page.evaluate(() => document.getElementById('sportello-cie-root')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null);
}

/**
 * What takes a click at each point of a 12 x 8 grid over the viewport (scrolled to the top),
 * looking into our shadow root (the panel as one thing): the same map before and after a tour
 * means the tour left nothing.
 */
export function hitMap(page: E2EPage): Promise<string[]> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const name = (el: Element | null): string => (el ? `${el.tagName}#${el.id}.${el.getAttribute('class') ?? ''}[${el.getAttribute('data-testid') ?? ''}]` : 'none');
    const hits: string[] = [];
    for (let i = 0; i < 12; i++) {
      for (let j = 0; j < 8; j++) {
        const x = ((i + 0.5) * innerWidth) / 12;
        const y = ((j + 0.5) * innerHeight) / 8;
        const top = document.elementFromPoint(x, y);
        const inner = top?.shadowRoot?.elementFromPoint(x, y) ?? top;
        // Inside the panel, its own scrolling may differ: the panel counts as one thing.
        hits.push(inner?.closest('[data-testid=panel]') ? 'our panel' : name(inner));
      }
    }
    return hits;
  });
}
