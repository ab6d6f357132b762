import type { Catalog, Language } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { TourRunnerProps } from './runner';

/**
 * The running tour (its steps' logic, positioning with @floating-ui, callout and overlay) is
 * not in the script every portal page loads: only trainers start tours. The background
 * injects `tour-runner.js` into the frame on the first start, into the same isolated world as
 * the content script, where it leaves this host under a symbol of that world's global (a page
 * reaches neither; an element's id, which does show up on a window by name, cannot be a
 * symbol). It brings its own Preact and renders only into the tour's layer.
 */
export interface TourRunnerHost {
  /** Draws the tour in `layer`, in the panel's language (its catalogue when the panel has one). */
  mount(layer: HTMLElement, props: TourRunnerProps, language: PanelLanguage): MountedTour;
}

export interface MountedTour {
  /** The panel drew again (another screen, another language): the tour follows, its step kept. */
  update(props: TourRunnerProps, language: PanelLanguage): void;
  remove(): void;
}

export type PanelLanguage = { language: Language; catalog: Catalog | undefined };

const TOUR_RUNNER_GLOBAL = Symbol.for('sportello-cie.tour-runner');

type WithHost = { [TOUR_RUNNER_GLOBAL]?: unknown };

function hostHere(): TourRunnerHost | null {
  const host = (globalThis as WithHost)[TOUR_RUNNER_GLOBAL];
  return typeof host === 'object' && host !== null && typeof (host as TourRunnerHost).mount === 'function' ? (host as TourRunnerHost) : null;
}

let loading: Promise<TourRunnerHost> | null = null;

/** The runner, asked of the background once per frame; rejects when it cannot be had. */
export function loadTourRunner(): Promise<TourRunnerHost> {
  const present = hostHere();
  if (present) return Promise.resolve(present);
  loading ??= sendMessage('injectTourRunner', {}).then(() => {
    const host = hostHere();
    if (!host) throw new Error('tour runner not injected');
    return host;
  });
  loading.catch(() => (loading = null)); // a later start tries again
  return loading;
}

/** Called by tour-runner.js in the isolated world it was injected into. */
export function provideTourRunner(host: TourRunnerHost): void {
  (globalThis as WithHost)[TOUR_RUNNER_GLOBAL] = host;
}
