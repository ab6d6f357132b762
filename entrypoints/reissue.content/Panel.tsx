import type { ComponentType } from 'preact';
import { t } from '@/utils/i18n';
import type { PortalPage } from '@/utils/portal/adapter';

export interface PanelSection {
  id: string;
  Section: ComponentType<{ page: PortalPage }>;
}

export interface PanelLayoutProps {
  side: 'right' | 'left';
  collapsed: boolean;
}

interface PanelProps {
  page: PortalPage;
  sections: readonly PanelSection[];
  layout: PanelLayoutProps;
  onLayoutChange: (layout: PanelLayoutProps) => void;
  onOpenStatus: () => void;
}

/** The panel docked beside the portal's form: a header, then one section per feature. */
export function Panel({ page, sections, layout, onLayoutChange, onOpenStatus }: PanelProps) {
  const { side, collapsed } = layout;
  return (
    <aside
      class={`panel panel--${side}${collapsed ? ' panel--collapsed' : ''}`}
      aria-label={t('panelTitle')}
      data-testid="panel"
    >
      <header class="panel__header">
        <h2 class="panel__title">{t('panelTitle')}</h2>
        {!collapsed && (
          <button
            type="button"
            class="panel__icon"
            data-testid="panel-move"
            title={t(side === 'right' ? 'panelMoveLeft' : 'panelMoveRight')}
            aria-label={t(side === 'right' ? 'panelMoveLeft' : 'panelMoveRight')}
            onClick={() => onLayoutChange({ side: side === 'right' ? 'left' : 'right', collapsed })}
          >
            {side === 'right' ? '⇤' : '⇥'}
          </button>
        )}
        <button
          type="button"
          class="panel__icon"
          data-testid="panel-toggle"
          aria-expanded={!collapsed}
          aria-controls="sportello-panel-body"
          aria-label={t(collapsed ? 'panelExpand' : 'panelCollapse')}
          title={t(collapsed ? 'panelExpand' : 'panelCollapse')}
          onClick={() => onLayoutChange({ side, collapsed: !collapsed })}
        >
          {collapsed ? '+' : '−'}
        </button>
      </header>
      <div id="sportello-panel-body" class="panel__body" hidden={collapsed}>
        <p class="panel__status" data-testid="panel-status">
          {t('panelRecognised')}
        </p>
        {sections.map(({ id, Section }) => (
          <Section key={id} page={page} />
        ))}
        <button type="button" class="button" data-testid="open-status" onClick={onOpenStatus}>
          {t('panelOpenStatus')}
        </button>
      </div>
    </aside>
  );
}
