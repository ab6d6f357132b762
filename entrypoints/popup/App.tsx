import { useEffect, useState } from 'preact/hooks';
import { OfficeTodayCard } from '@/components/OfficeTodayCard';
import { PageStatusView } from '@/components/PageStatusView';
import { WebEidCheck } from '@/components/WebEidCheck';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { TabStatus } from '@/utils/schemas';
import { useOffice } from './OfficePanel';
import { QuotaPanel } from './QuotaPanel';
import { targetTabId } from './target-tab';
import { WeekPanel } from './WeekPanel';

type Loaded = { state: 'loading' } | { state: 'no-tab' } | { state: 'ready'; status: TabStatus };

/**
 * The popup, about 360 px wide: the page's status, the day's meter (the office's when a server
 * is configured, else this workstation's), the week, the card check, the report and options.
 */
export function App() {
  const [tab, setTab] = useState<Loaded>({ state: 'loading' });
  const [revision, setRevision] = useState(0);
  const { office, busy } = useOffice(revision);
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return setTab({ state: 'no-tab' });
      const status = await sendMessage('getTabStatus', { tabId });
      setTab({ state: 'ready', status });
    })();
  }, []);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">Sportello CIE</h1>
        <PageStatusView loaded={tab} />
      </header>
      {office?.configured && <OfficeTodayCard office={office} busy={busy} />}
      {office && <QuotaPanel compact={office.configured} onUndone={() => setRevision((n) => n + 1)} />}
      <WeekPanel version={`${revision}:${busy ? 'known' : 'synced'}`} />
      <WebEidCheck read={() => sendMessage('readSigningCertificate', {})} cancel={() => sendMessage('cancelWebEid', {})} />
      <footer class="popup__footer">
        <a class="popup__link" href="/report.html" target="_blank" rel="noopener" data-testid="quota-report-link">
          {t('quotaReportOpen')}
        </a>
        <button type="button" class="popup__link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
