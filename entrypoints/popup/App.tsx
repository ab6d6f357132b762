import { useEffect, useState } from 'preact/hooks';
import { PageStatusView } from '@/components/PageStatusView';
import { WebEidCheck } from '@/components/WebEidCheck';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { TabStatus } from '@/utils/schemas';
import { OfficePanel } from './OfficePanel';
import { QuotaPanel } from './QuotaPanel';
import { targetTabId } from './target-tab';

type Loaded = { state: 'loading' } | { state: 'no-tab' } | { state: 'ready'; status: TabStatus };

export function App() {
  const [tab, setTab] = useState<Loaded>({ state: 'loading' });
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
      <h1 class="popup__title">Sportello CIE</h1>
      <PageStatusView loaded={tab} />
      <WebEidCheck read={() => sendMessage('readSigningCertificate', {})} cancel={() => sendMessage('cancelWebEid', {})} />
      <OfficePanel />
      <QuotaPanel />
      <p class="popup__footer">
        <button type="button" class="popup__link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </p>
    </main>
  );
}
