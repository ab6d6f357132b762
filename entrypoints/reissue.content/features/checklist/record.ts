import type { ChecklistSummary } from '@/utils/checklist/complete';
import { sendMessage } from '@/utils/messaging';
import { isPracticeContext } from '@/utils/portal/practice';

/**
 * Counts a completed case in the day's quota (the background dedups by requestId). Only the
 * case kind crosses: never the override reason (free text) or anything about the citizen.
 */
export async function recordChecklistRequest(summary: ChecklistSummary): Promise<void> {
  await sendMessage('recordRequest', {
    requestId: summary.requestId,
    halves: summary.halves,
    channel: summary.channel,
    kind: summary.kind,
    source: 'checklist',
    practice: isPracticeContext(location.href, document),
  });
}
