import type { Catalog, Language } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { TourRunnerProps } from './runner';

/**
 * The running tour (its steps' logic, positioning with @floating-ui, callout and overlay) is
 * not in the script every portal page loads: only trainers start tours. The background
 * injects `tour-runner.js` into the frame on the first start, into the same isolated world as
 * the content script, where it leaves this host under `TOUR_RUNNER_GLOBAL` (no page script
 * sees that world's globals). It brings its own Preact and renders only into the tour's layer.
 */
export interface TourRunnerHost {
  /** Draws the tour in `layer`, in the panel's language. */
  mount(layer: HTMLElement, props: TourRunnerProps, language: { language: Language; catalog: Catalog | undefined }): MountedTour;
}

export interface MountedTour {
  /** The panel drew again (the portal moved to another screen): the tour follows, its step kept. */
  update(props: TourRunnerProps): void;
  remove(): void;
}

export const TOUR_RUNNER_GLOBAL = '__sportelloTourRunner';

type WithHost = { [TOUR_RUNNER_GLOBAL]?: TourRunnerHost };

let loading: Promise<TourRunnerHost> | null = null;

/** The runner, asked of the background once per frame; rejects when it cannot be had. */
export function loadTourRunner(): Promise<TourRunnerHost> {
  const present = (globalThis as WithHost)[TOUR_RUNNER_GLOBAL];
  if (present) return Promise.resolve(present);
  loading ??= sendMessage('injectTourRunner', {}).then(() => {
    const host = (globalThis as WithHost)[TOUR_RUNNER_GLOBAL];
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
