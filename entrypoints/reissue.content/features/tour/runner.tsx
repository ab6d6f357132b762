import { useEffect, useRef, useState } from 'preact/hooks';
import { TourCallout } from '@/entrypoints/reissue.content/features/tour/TourCallout';
import { TourOverlay } from '@/entrypoints/reissue.content/features/tour/TourOverlay';
import { t } from '@/utils/i18n';
import { moveFrom, resolveSteps } from '@/utils/tours/resolve';
import type { Tour } from '@/utils/tours/schema';
import { tourText } from '@/utils/tours/text';
import { markTourTarget } from './highlight';
import { followTarget, type HoleRect } from './position';
import { findTourTarget, tourAvailability, type TourScope } from './targets';

export interface TourRunnerProps {
  tour: Tour;
  scope: TourScope;
  /** Where focus goes back when the tour ends (the element focused before it began). */
  returnFocus: HTMLElement | null;
  onClose: () => void;
}

/** The step on show, with the notes of the steps skipped to reach it; `index` -1: nothing to show. */
interface View {
  index: number;
  notes: string[];
}

function firstView(tour: Tour, scope: TourScope): View {
  const steps = resolveSteps(tour, tourAvailability(scope));
  const move = moveFrom(steps, -1, 1);
  if (move) return { index: move.index, notes: move.passed.map((s) => s.note) };
  return { index: -1, notes: steps.flatMap((s) => (s.skipped ? [s.note] : [])) };
}

/**
 * A running tour: dims the page, highlights one element at a time, explains it, moves with
 * Next/Back (or the arrow keys) and ends with Esc. Steps whose element is absent are
 * re-checked at every move and skipped with a note. Ending leaves nothing behind.
 */
export function TourRunner({ tour, scope, returnFocus, onClose }: TourRunnerProps) {
  const callout = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>(() => firstView(tour, scope));
  const [hole, setHole] = useState<HoleRect | null>(null);
  const step = tour.steps[view.index];

  // Checked again at every render and move: the page may have shown or hidden parts since.
  const now = resolveSteps(tour, tourAvailability(scope));
  const go = (direction: 1 | -1): void => {
    const move = moveFrom(resolveSteps(tour, tourAvailability(scope)), view.index, direction);
    if (move) setView({ index: move.index, notes: move.passed.map((s) => s.note) });
    else if (direction === 1) onClose(); // Next on the last step finishes the tour
  };
  const isLast = view.index < 0 || moveFrom(now, view.index, 1) === null;
  const canGoBack = view.index > 0 && moveFrom(now, view.index, -1) !== null;

  // Each step: mark and follow its element, then move focus to the explanation (announced).
  useEffect(() => {
    const element = step ? findTourTarget(scope, step.target) : null;
    const box = callout.current;
    if (!step || !element || !box) {
      setHole(null);
      box?.focus({ preventScroll: true });
      return;
    }
    const unmark = markTourTarget(element, step.target);
    const stop = followTarget(element, box, setHole);
    box.focus({ preventScroll: true });
    return () => {
      stop();
      unmark();
    };
  }, [view]);

  // Esc from the page itself (focus in a portal field) ends the tour too. Arrows too, but only
  // when focus is on nothing in particular: between two steps, while the callout is redrawn,
  // focus briefly falls on the page and a quick second key press must not be lost.
  const goRef = useRef(go);
  goRef.current = go;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape') onClose();
      const idle = event.target === scope.document.body || event.target === scope.document.documentElement;
      if (!idle || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
      goRef.current(event.key === 'ArrowRight' ? 1 : -1);
      event.preventDefault();
    };
    scope.document.addEventListener('keydown', onKey);
    return () => {
      scope.document.removeEventListener('keydown', onKey);
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowRight') go(1);
    else if (event.key === 'ArrowLeft') go(-1);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div class="tour" data-testid="tour" data-tour-id={tour.id}>
      <TourOverlay hole={hole} />
      <TourCallout
        // A new dialog per step, so screen readers announce each one as focus lands on it.
        key={view.index}
        calloutRef={callout}
        stepId={step?.id ?? ''}
        title={step ? tourText(step.title) : tourText(tour.title)}
        body={step ? tourText(step.body) : t('tourNothingToShow')}
        notes={view.notes}
        current={view.index + 1}
        total={tour.steps.length}
        canGoBack={canGoBack}
        isLast={isLast}
        onNext={() => go(1)}
        onBack={() => go(-1)}
        onClose={onClose}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
