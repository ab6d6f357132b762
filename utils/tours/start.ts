import { sendMessage } from '../messaging';
import { StartTourResult } from './schema';

export type StartTourAnswer = StartTourResult | { started: false; reason: 'not-on-page' };

/**
 * Asks the content script in a tab to start a tour (the popup's button). When no reprint page
 * answers there, says so instead of throwing.
 */
export async function startTourInTab(tabId: number, tourId?: string): Promise<StartTourAnswer> {
  try {
    const answer = StartTourResult.safeParse(await sendMessage('startTour', tourId ? { tourId } : {}, tabId));
    return answer.success ? answer.data : { started: false, reason: 'not-on-page' };
  } catch {
    return { started: false, reason: 'not-on-page' };
  }
}
