/**
 * The tab the popup speaks about: `?tabId=` when opened as a page from the panel (the status
 * page), otherwise the active tab of the current window (the toolbar popup).
 */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
