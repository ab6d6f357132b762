import { t } from '@/utils/i18n';
import { officeSummary } from '@/utils/office/summary';
import { OFFICE_LINE_SLOT, officeLineAttributes, officeLineNote } from '../../snapshot';
import { useContentStart } from '../../use-content-start';
import type { Feature } from '../../feature';

/**
 * The day's count in the panel. With an office server, the office's line always ("Ufficio: 14
 * di 20 · aggiornato 09:42 · 2 in attesa di invio", and offline says so), since counters share
 * the limit. At (or near) the limit a warning before the operator starts a case: never a
 * block, the office decides; with a server, the office's count against the office's limit.
 */
export const quotaWarningFeature: Feature = {
  id: 'quota-warning',
  Section: QuotaWarning,
};

function QuotaWarning() {
  const start = useContentStart();
  const own = start?.quotaToday;
  if (!own) return null;
  const office = start.officeToday?.configured ? start.officeToday : null;
  const { count, limit, level } = office ?? own;
  const note = office ? officeLineNote(office.state) : null;
  return (
    <>
      {office && (
        // Its figures and state are today's in a copy of the first paint too (snapshot.ts fills the slot).
        <p {...officeLineAttributes(office.state)} data-testid="panel-office" data-first-paint-slot={OFFICE_LINE_SLOT}>
          {officeSummary(office)}
          {note && <span class="office-line__state"> {t(note === 'offline' ? 'officeStateOffline' : 'officeStateRefused')}</span>}
        </p>
      )}
      {level !== 'ok' && (
        <p class={`quota-warning quota-warning--${level}`} role="status" data-testid="quota-warning" data-level={level}>
          {t(level === 'full' ? 'quotaLevelFull' : 'quotaLevelNear')} ({count} / {limit})
        </p>
      )}
    </>
  );
}
