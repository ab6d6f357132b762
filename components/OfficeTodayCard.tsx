import { t, type MessageKey } from '@/utils/i18n';
import type { SyncState } from '@/utils/office/status';
import { officeSummary, type ConfiguredOfficeToday } from '@/utils/office/summary';
import { DayMeter } from './DayMeter';

const STATE_TEXT: Record<SyncState, MessageKey> = {
  synced: 'officeStateSynced',
  pending: 'officeStatePending',
  offline: 'officeStateOffline',
  refused: 'officeStateRefused',
  never: 'officeStateNever',
};

type Props = { office: ConfiguredOfficeToday; /** A push and fresh read are under way. */ busy?: boolean };

/**
 * The office's day: a meter against the office limit, "Ufficio: 14 di 20 · aggiornato 09:42 ·
 * 2 in attesa di invio", this workstation's own count, and how it stands with the server.
 */
export function OfficeTodayCard({ office, busy = false }: Props) {
  const { count, limit, level, own, refused, state } = office;
  const counters = Object.entries(office.byWorkstation).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section class={`card office office--${level}`} aria-labelledby="office-title">
      <h2 id="office-title" class="card__title">
        {t('officeTitle')}
      </h2>
      <DayMeter count={count} limit={limit} level={level} testId="office-today" label={t('officeTitle')} busy={busy} />
      <p class="office__summary" data-testid="office-summary">
        {officeSummary(office)}
      </p>
      <p class={`sync sync--${state}`} data-testid="office-sync-status" data-state={state} role="status">
        {t(STATE_TEXT[state])}
      </p>
      {refused > 0 && (
        <p class="office__refused" data-testid="office-refused" role="alert">
          {t('officeRefusedCount', { count: refused })}
        </p>
      )}
      <p class="office__own" data-testid="office-own">
        {t('officeOwn', { count: own })}
      </p>
      {counters.length > 1 && (
        <details class="disclosure">
          <summary>{t('officeByCounter')}</summary>
          <ul class="office__counters" data-testid="office-by-counter">
            {counters.map(([name, n]) => (
              <li key={name}>
                <span>{name}</span> <strong>{n}</strong>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
