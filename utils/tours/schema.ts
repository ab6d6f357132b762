import { z } from 'zod';
import { PLAIN_ID } from '../plain-id';
import { TOUR_TARGETS } from './targets';

export { TOUR_TARGETS, type TourTarget } from './targets';

const Id = z.string().regex(PLAIN_ID);
const Line = z.string().trim().min(1).max(120);
const Paragraph = z.string().trim().min(1).max(600);

/** A text in Italian (required) and, when given, English and German. */
const texts = <T extends z.ZodString>(line: T) =>
  z.strictObject({ it: line, en: line.optional(), de: line.optional() });
export const TourTitle = texts(Line);
export const TourBody = texts(Paragraph);
export type TourText = z.infer<typeof TourTitle>;

export const TourStep = z.strictObject({
  id: Id,
  target: z.enum(TOUR_TARGETS),
  title: TourTitle,
  body: TourBody,
});
export type TourStep = z.infer<typeof TourStep>;

/** One tour: an id, a title, and the steps in order (ids unique within the tour). */
export const Tour = z
  .strictObject({
    id: Id,
    title: TourTitle,
    steps: z.array(TourStep).min(1).max(40),
  })
  .superRefine((tour, ctx) => {
    const seen = new Set<string>();
    tour.steps.forEach((step, s) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', message: 'tourImportDuplicateStep', path: ['steps', s, 'id'] });
      seen.add(step.id);
    });
  });
export type Tour = z.infer<typeof Tour>;

/** A trainer's file: one or more tours, added beside the built-in ones. */
export const TourFile = z
  .strictObject({ version: z.literal(1), tours: z.array(Tour).min(1).max(20) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.tours.forEach((tour, i) => {
      if (seen.has(tour.id)) ctx.addIssue({ code: 'custom', message: 'tourImportDuplicateTour', path: ['tours', i, 'id'] });
      seen.add(tour.id);
    });
  });
export type TourFile = z.infer<typeof TourFile>;

/** popup -> content script: start a tour in this tab (the first built-in one when no id). */
export const StartTourRequest = z.strictObject({ tourId: Id.optional() });
export type StartTourRequest = z.infer<typeof StartTourRequest>;

/** What the content script answers: started, or why not. */
export const StartTourResult = z.discriminatedUnion('started', [
  z.strictObject({ started: z.literal(true), tourId: Id }),
  z.strictObject({ started: z.literal(false), reason: z.enum(['unknown-tour', 'invalid-request']) }),
]);
export type StartTourResult = z.infer<typeof StartTourResult>;
