import { render, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { TourPicker } from '@/entrypoints/reissue.content/features/tour/TourPicker';
import { t } from '@/utils/i18n';
import type { PortalPage } from '@/utils/portal/adapter';
import { BUILTIN_TOURS } from '@/utils/tours/builtin';
import type { StartTourResult, Tour } from '@/utils/tours/schema';
import type { Feature } from '../../feature';
import { deepActiveElement } from './highlight';
import { listenForStartTour } from './start-tour-listener';
import { TourRunner } from './runner';
import { askImportedTours } from '../../stored-data';
import './tour.css';

export interface TourSectionProps {
  page: PortalPage;
  /** Seams for tests; the content script uses the stored tours and the popup's messages. */
  loadAll?: () => Promise<Tour[]>;
  listen?: typeof listenForStartTour;
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
export function TourSection({ page, loadAll = loadTours, listen = listenForStartTour }: TourSectionProps) {
  const section = useRef<HTMLElement>(null);
  const [tours, setTours] = useState<readonly Tour[]>(BUILTIN_TOURS);
  const [active, setActive] = useState<Active | null>(null);
  const [unknown, setUnknown] = useState(false);

  useEffect(() => {
    void loadAll().then(setTours, () => undefined);
  }, []);

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
  // The layer goes once the tour inside it has unmounted.
  useEffect(() => (active ? () => active.layer.remove() : undefined), [active]);

  return (
    <section class="tour-section" ref={section} aria-labelledby="sportello-tour-section-title">
      <h3 id="sportello-tour-section-title" class="tour-section__title">
        {t('tourSectionTitle')}
      </h3>
      <TourPicker tours={tours} onStart={(id) => void start(id)} />
      {unknown && <p role="alert">{t('tourUnknown')}</p>}
      {active && (
        <InLayer key={active.run} layer={active.layer}>
          <TourRunner
            tour={active.tour}
            scope={{ document: active.layer.ownerDocument, page, shadow: shadowOf(section.current) }}
            returnFocus={active.returnFocus}
            onClose={close}
          />
        </InLayer>
      )}
    </section>
  );
}

/** Every tour on offer: the built-in ones first, then the trainer's (read by the background). */
async function loadTours(): Promise<Tour[]> {
  return [...BUILTIN_TOURS, ...(await askImportedTours())];
}

/**
 * Renders its children into `layer`, outside the panel (what preact/compat's createPortal
 * did; compat alone would add 6 kB to the content script). Layout effects run in the same
 * commit, so the tour shows as soon as it would have in a portal.
 */
function InLayer({ layer, children }: { layer: HTMLElement; children: ComponentChildren }): null {
  useLayoutEffect(() => {
    render(children, layer);
  });
  useLayoutEffect(() => () => render(null, layer), [layer]);
  return null;
}

function shadowOf(element: Element | null): ShadowRoot | null {
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root : null;
}

/** The guided mode, for FEATURES in feature-registry.ts. */
export const tourFeature: Feature = { id: 'tour', Section: TourSection };
