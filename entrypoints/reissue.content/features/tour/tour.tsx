import { useEffect, useRef, useState } from 'preact/hooks';
import { TourPicker } from '@/entrypoints/reissue.content/features/tour/TourPicker';
import { getLanguage, messageCatalogs, t } from '@/utils/i18n';
import type { PortalPage } from '@/utils/portal/adapter';
import { BUILTIN_TOURS } from '@/utils/tours/builtin';
import type { StartTourResult, Tour } from '@/utils/tours/schema';
import type { Feature } from '../../feature';
import { deepActiveElement } from './highlight';
import { listenForTourStartThroughFirstPaint } from '../../live-handoff';
import { loadTourRunner, type MountedTour, type PanelLanguage, type TourRunnerHost } from './runner-host';
import type { TourRunnerProps } from './runner';
import { useContentStart } from '../../use-content-start';

export interface TourSectionProps {
  page: PortalPage;
  /** The trainer's imported tours (after the built-in ones); none until the start answer says. */
  imported?: readonly Tour[];
  /** Seams for tests; the content script listens for the popup's messages and has the runner injected. */
  listen?: typeof listenForTourStartThroughFirstPaint;
  loadRunner?: () => Promise<TourRunnerHost>;
}

interface Active {
  run: number;
  tour: Tour;
  layer: HTMLElement;
  returnFocus: HTMLElement | null;
}

/**
 * The guided mode's panel section: choose a tour and start it (or let the popup start it).
 * The running tour renders in its own layer of our shadow root, outside the panel, so it
 * stays on show when the panel is collapsed; closing it removes everything it added.
 */
export function TourSection({ page, imported = [], listen = listenForTourStartThroughFirstPaint, loadRunner = loadTourRunner }: TourSectionProps) {
  const section = useRef<HTMLElement>(null);
  const tours = imported.length > 0 ? [...BUILTIN_TOURS, ...imported] : BUILTIN_TOURS;
  const [active, setActive] = useState<Active | null>(null);
  const [unknown, setUnknown] = useState(false);
  const [unavailable, setUnavailable] = useState(false);

  const start = (tourId: string | undefined): StartTourResult => {
    const tour = tourId === undefined ? tours[0] : tours.find((candidate) => candidate.id === tourId);
    const host = section.current;
    setUnknown(!tour);
    if (!tour || !host) return { started: false, reason: 'unknown-tour' };
    const root = host.getRootNode();
    const layer = host.ownerDocument.createElement('div');
    layer.className = 'tour-layer';
    (root instanceof ShadowRoot ? root : host.ownerDocument.body).append(layer);
    setActive((previous) => {
      previous?.layer.remove();
      return { run: (previous?.run ?? 0) + 1, tour, layer, returnFocus: deepActiveElement(host.ownerDocument) };
    });
    return { started: true, tourId: tour.id };
  };
  const latestStart = useRef(start);
  latestStart.current = start;
  useEffect(() => listen((tourId) => latestStart.current(tourId)), []);

  const close = (): void => {
    setActive(null);
  };
  const runnerProps = (run: Active): TourRunnerProps => ({
    tour: run.tour,
    scope: { document: run.layer.ownerDocument, page, shadow: shadowOf(section.current) },
    returnFocus: run.returnFocus,
    onClose: close,
  });
  const latestProps = useRef(runnerProps);
  latestProps.current = runnerProps;
  const mounted = useRef<MountedTour | null>(null);
  // The runner draws the tour in its layer once it is here (injected on the first start);
  // ending the tour (or a new one) removes it, then the layer goes.
  useEffect(() => {
    if (!active) return undefined;
    let ended = false;
    setUnavailable(false);
    loadRunner()
      .then((runner) => {
        if (!ended) mounted.current = runner.mount(active.layer, latestProps.current(active), panelLanguage());
      })
      .catch(() => {
        if (ended) return;
        setUnavailable(true);
        setActive(null);
      });
    return () => {
      ended = true;
      mounted.current?.remove();
      mounted.current = null;
      active.layer.remove();
    };
  }, [active]);
  // Each drawing of the panel (a new screen of the portal): the running tour follows it
  // (after the effect above, so a new tour is never drawn in the old one's layer).
  useEffect(() => {
    if (active) mounted.current?.update(runnerProps(active), panelLanguage());
  });

  return (
    <section class="tour-section" ref={section} aria-labelledby="sportello-tour-section-title">
      <h3 id="sportello-tour-section-title" class="tour-section__title">
        {t('tourSectionTitle')}
      </h3>
      <TourPicker tours={tours} onStart={(id) => void start(id)} />
      {unknown && <p role="alert">{t('tourUnknown')}</p>}
      {unavailable && <p role="alert" data-testid="tour-unavailable">{t('tourUnavailable')}</p>}
    </section>
  );
}

/** The panel's language, and its catalogue when it has one (else it reads the browser's _locales). */
function panelLanguage(): PanelLanguage {
  const language = getLanguage();
  return { language, catalog: messageCatalogs[language] };
}

function shadowOf(element: Element | null): ShadowRoot | null {
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root : null;
}

/** The section as the panel mounts it: the built-in tours, then the trainer's from the start answer. */
function TourFeatureSection({ page }: { page: PortalPage }) {
  return <TourSection page={page} imported={useContentStart()?.importedTours} />;
}

/** The guided mode, for FEATURES in feature-registry.ts. */
export const tourFeature: Feature = { id: 'tour', Section: TourFeatureSection };
