import { POLICY_COPY_KEY } from '@/utils/policy-copy';
import { adoptContentStart, askContentStartAgain } from './content-start';
import { followLocalKeys } from './follow-storage';
import { noteSubmittedBeforeLive } from './request-memory';
import { tourStartsThrough, takeFirstPaint } from './live-handoff';
import { startData } from './start-data';
import { watchPortal } from './watch-portal';

/**
 * The live panel, injected by the background into the frame whose first part asked for it
 * (reissue-live.ts): it takes over from the first part (its context, the start answer it
 * had, the copy on show) and from then on does all the content script does.
 */
export function startLivePanel(): void {
  const firstPaint = takeFirstPaint();
  if (!firstPaint || firstPaint.ctx.isInvalid) return;
  const { ctx } = firstPaint;
  const answer = firstPaint.answer();
  if (answer) adoptContentStart(answer);
  tourStartsThrough(firstPaint.provideTourStart);
  firstPaint.handOver();
  // Before any feature reads the request: its portal confirmation may already be on show.
  const submitted = firstPaint.submitted();
  if (submitted) noteSubmittedBeforeLive(submitted);
  void startData(ctx.signal);
  const watcher = watchPortal(ctx, { copy: firstPaint.copy, room: firstPaint.room, reportStatus: firstPaint.reportStatus });
  watcher.followLanguage(ctx.signal);
  // In the first seconds after the browser starts, the start answer is made from the copy of the
  // policy (background/settings-cache.ts); when the policy comes back other than it, the copy is
  // replaced and the answer asked for again, so a setting IT changed meanwhile is in force here too.
  followLocalKeys([POLICY_COPY_KEY], askContentStartAgain, ctx.signal);
}
