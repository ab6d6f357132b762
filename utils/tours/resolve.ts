import { t } from '../i18n';
import type { Tour, TourStep, TourTarget } from './schema';
import { tourText } from './text';

/** A step as the tour will show it: its element is on the page, or it is skipped with a note. */
export type ResolvedStep =
  | { step: TourStep; index: number; skipped: false }
  | { step: TourStep; index: number; skipped: true; note: string };

/** Which targets are on the page now: a set, or a question asked per target. */
export type Availability = ReadonlySet<TourTarget> | ((target: TourTarget) => boolean);

/**
 * Marks each step of a tour as shown or skipped, by whether its element is on the page now.
 * A skipped step carries the note the tour shows in its place. Pure.
 */
export function resolveSteps(tour: Tour, available: Availability): ResolvedStep[] {
  const has = typeof available === 'function' ? available : (target: TourTarget) => available.has(target);
  return tour.steps.map((step, index) =>
    has(step.target)
      ? { step, index, skipped: false }
      : { step, index, skipped: true, note: t('tourStepSkipped', { title: tourText(step.title) }) },
  );
}

/** Where a move lands: the step to show and the skipped steps passed on the way. */
export interface Move {
  index: number;
  passed: Extract<ResolvedStep, { skipped: true }>[];
}

/**
 * The next (direction 1) or previous (-1) step that can be shown, starting after `from`
 * (use -1 with direction 1 for the first step). Null when there is none that way. Pure.
 */
export function moveFrom(steps: readonly ResolvedStep[], from: number, direction: 1 | -1): Move | null {
  const passed: Move['passed'] = [];
  for (let i = from + direction; i >= 0 && i < steps.length; i += direction) {
    const step = steps[i]!;
    if (!step.skipped) return { index: i, passed };
    passed.push(step);
  }
  return null;
}
