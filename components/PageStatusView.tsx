import { t, type MessageKey } from '@/utils/i18n';
import type { PagePart } from '@/utils/portal/adapter';
import type { TabStatus } from '@/utils/schemas';

const PART_LABEL: Record<PagePart, MessageKey> = {
  heading: 'partHeading',
  codiceFiscale: 'partCodiceFiscale',
  numeroCarta: 'partNumeroCarta',
  email: 'partEmail',
};

type Props = { loaded: { state: 'loading' } | { state: 'no-tab' } | { state: 'ready'; status: TabStatus } };

/** Whether the current tab is the reprint page and, when it is not, what was missing. */
export function PageStatusView({ loaded }: Props) {
  if (loaded.state === 'loading') return <p class="page-status" data-testid="page-status" aria-busy="true" />;
  if (loaded.state === 'no-tab') {
    return (
      <p class="page-status page-status--off" data-testid="page-status">
        {t('popupNoTab')}
      </p>
    );
  }
  const { status } = loaded;
  if (status.kind === 'no-script') {
    return (
      <p class="page-status page-status--off" data-testid="page-status" data-recognised="false">
        {t('popupPageNoScript')}
      </p>
    );
  }
  if (status.status.recognised && status.status.declined) {
    return (
      <div data-testid="page-status" data-recognised="true" class="page-status page-status--declined">
        <p class="page-status__main">{t('popupPageRecognised')}</p>
        <p class="page-status__missing" data-testid="page-declined">{t('popupPanelDeclined')}</p>
      </div>
    );
  }
  if (status.status.recognised) {
    return (
      <p data-testid="page-status" data-recognised="true" class="page-status page-status--ok">
        {t('popupPageRecognised')}
      </p>
    );
  }
  const missing = status.status.missing.map((part) => t(PART_LABEL[part])).join(', ');
  return (
    <div data-testid="page-status" data-recognised="false" class="page-status page-status--none">
      <p class="page-status__main">{t('popupPageNotRecognised')}</p>
      {missing && <p class="page-status__missing" data-testid="page-missing">{t('popupMissing', { parts: missing })}</p>}
    </div>
  );
}
