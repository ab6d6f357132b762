import { onMessage } from '@/utils/messaging';
import { assertOwnExtension } from '@/utils/sender';
import { StartTourRequest, type StartTourResult } from '@/utils/tours';

/**
 * Answers the popup's `startTour` in this tab: only our own extension may ask, and the
 * request is checked before anything starts. Returns the function that stops listening.
 */
export function listenForStartTour(start: (tourId: string | undefined) => StartTourResult): () => void {
  return onMessage('startTour', ({ data, sender }) => {
    assertOwnExtension(sender);
    const request = StartTourRequest.safeParse(data ?? {});
    if (!request.success) return { started: false, reason: 'invalid-request' };
    return start(request.data.tourId);
  });
}
