import type { QuotaLevel, QuotaToday } from '@/utils/quota/schema';

const COLOURS: Record<QuotaLevel, string> = { ok: '#0059b3', near: '#b35900', full: '#a60000' };

// MV3 has `action`, Firefox MV2 `browserAction`: same badge methods.
function badgeApi(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** The toolbar badge: today's count, coloured at 80% and at 100% of the daily limit. */
export async function showQuotaBadge(today: QuotaToday): Promise<void> {
  const api = badgeApi();
  if (!api) return;
  const text = today.count > 999 ? '999+' : String(today.count);
  await Promise.all([
    api.setBadgeText({ text }),
    api.setBadgeBackgroundColor({ color: COLOURS[today.level] }),
  ]);
}

/** The badge's colour at each level (the quota tests read them). */
export const BADGE_COLOURS = COLOURS;
