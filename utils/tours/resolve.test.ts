import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { BUILTIN_TOURS } from './builtin';
import { moveFrom, resolveSteps } from './resolve';
import { TOUR_TARGETS, type TourTarget } from './schema';

const tour = BUILTIN_TOURS.find((t) => t.id === 'no-email-delega')!;
const all = new Set<TourTarget>(TOUR_TARGETS);
const without = (...gone: TourTarget[]) => new Set(TOUR_TARGETS.filter((t) => !gone.includes(t)));

beforeEach(() => setLanguage('it'));

describe('resolveSteps', () => {
  it('shows every step when every element is there', () => {
    const steps = resolveSteps(tour, all);
    expect(steps.map((s) => s.skipped)).toEqual(tour.steps.map(() => false));
    expect(steps.map((s) => s.index)).toEqual(tour.steps.map((_, i) => i));
  });

  it('skips exactly the steps whose element is absent, with a note naming the step', () => {
    const steps = resolveSteps(tour, without('delegaUpload', 'heading'));
    const skipped = steps.filter((s) => s.skipped);
    expect(skipped.map((s) => s.step.target)).toEqual(['heading', 'delegaUpload']);
    for (const s of skipped) if (s.skipped) expect(s.note).toContain(s.step.title.it);
  });

  it('accepts a question per target as well as a set', () => {
    const steps = resolveSteps(tour, (target) => target !== 'submit');
    expect(steps.filter((s) => s.skipped).map((s) => s.step.id)).toEqual(['sign']);
  });
});

describe('moveFrom', () => {
  it('passes over skipped steps both ways and reports them', () => {
    const steps = resolveSteps(tour, without('email', 'delegaUpload'));
    const halves = tour.steps.findIndex((s) => s.target === 'halves');
    const forward = moveFrom(steps, halves, 1);
    expect(forward && tour.steps[forward.index]?.target).toBe('submit');
    expect(forward?.passed.map((s) => s.step.target)).toEqual(['email', 'delegaUpload']);
    const back = moveFrom(steps, forward!.index, -1);
    expect(back?.index).toBe(halves);
    expect(back?.passed.map((s) => s.step.target)).toEqual(['delegaUpload', 'email']);
  });

  it('finds the first shown step from -1 and returns null past either end', () => {
    const steps = resolveSteps(tour, without('heading'));
    expect(moveFrom(steps, -1, 1)?.index).toBe(1);
    expect(moveFrom(steps, 1, -1)).toBeNull();
    expect(moveFrom(steps, steps.length - 1, 1)).toBeNull();
    expect(moveFrom(resolveSteps(tour, new Set()), -1, 1)).toBeNull();
  });
});
