import { FIELD_NAMES } from '../portal/words';

/**
 * What a tour step may point at: the adapter's named fields and anchors, plus our own
 * checklist and panel. Never a selector: the adapter alone knows the portal's markup.
 * (Apart from the zod schemas, so the content script can use it without zod.)
 */
export const TOUR_TARGETS = [...FIELD_NAMES, 'heading', 'halves', 'delegaUpload', 'submit', 'checklist', 'panel'] as const;
export type TourTarget = (typeof TOUR_TARGETS)[number];
