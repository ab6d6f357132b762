import { onMessage } from '@/utils/messaging';
import { PLAIN_ID } from '@/utils/plain-id';
import { assertOwnExtension } from '@/utils/messaging/sender';
import type { StartTourRequest, StartTourResult } from '@/utils/tours/schema';

/**
 * Answers the popup's `startTour` in this tab: only our own extension may ask, and the
 * request is checked before anything starts. Returns the function that stops listening.
 */
export function listenForStartTour(start: (tourId: string | undefined) => StartTourResult | Promise<StartTourResult>): () => void {
  return onMessage('startTour', ({ data, sender }): StartTourResult | Promise<StartTourResult> => {
    assertOwnExtension(sender);
    const request: unknown = data ?? {};
    if (!isStartTourRequest(request)) return { started: false, reason: 'invalid-request' };
    return start(request.tourId);
  });
}

// StartTourRequest's rules by hand (the content script carries no zod): an object with at
// most an optional tour id, short and plain.
/** StartTourRequest.safeParse(value).success, without zod (a test holds the two equal). */
export function isStartTourRequest(value: unknown): value is StartTourRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.some((key) => key !== 'tourId')) return false;
  const { tourId } = value as { tourId?: unknown };
  return tourId === undefined || (typeof tourId === 'string' && PLAIN_ID.test(tourId));
}
