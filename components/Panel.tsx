import { useState } from 'preact/hooks';
import type { PortalPage } from '@/utils/portal/adapter';
import { t } from '@/utils/i18n';
import type { Feature } from '@/entrypoints/reissue.content/features';

interface PanelProps {
  page: PortalPage;
  features: readonly Feature[];
  onOpenStatus: () => void;
}

/** The panel beside the portal's form: a header, then one section per feature. */
export function Panel({ page, features, onOpenStatus }: PanelProps) {
  const [open, setOpen] = useState(true);
  return (
    <aside class="panel" aria-label={t('panelTitle')} data-testid="panel">
      <header class="panel__header">
        <h2 class="panel__title">{t('panelTitle')}</h2>
        <button
          type="button"
          class="panel__toggle"
          aria-expanded={open}
          aria-controls="sportello-panel-body"
          onClick={() => setOpen(!open)}
        >
          {open ? '−' : '+'}
        </button>
      </header>
      <div id="sportello-panel-body" class="panel__body" hidden={!open}>
        <p class="panel__status" data-testid="panel-status">
          {t('panelRecognised')}
        </p>
        {features.map(({ id, Section }) => (Section ? <Section key={id} page={page} /> : null))}
        <button type="button" class="button" data-testid="open-status" onClick={onOpenStatus}>
          {t('panelOpenStatus')}
        </button>
      </div>
    </aside>
  );
}
