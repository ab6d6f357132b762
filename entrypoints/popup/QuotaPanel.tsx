import { useEffect, useState } from 'preact/hooks';
import { QuotaTodayCard } from '@/components/QuotaTodayCard';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { addDays } from '@/utils/quota/day';
import { UNDO_REASONS, type QuotaBucket, type QuotaToday as Today } from '@/utils/quota/schema';

const REASON_LABEL: Record<(typeof UNDO_REASONS)[number], MessageKey> = {
  mistake: 'quotaUndoReasonMistake',
  'not-completed': 'quotaUndoReasonNotCompleted',
  duplicate: 'quotaUndoReasonDuplicate',
  other: 'quotaUndoReasonOther',
};

type State = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; today: Today; last30: QuotaBucket[] };

/** The popup's quota section: loads today and the last 30 days, offers undo and the report. */
export function QuotaPanel() {
  const [data, setData] = useState<State>({ state: 'loading' });
  const [reason, setReason] = useState<(typeof UNDO_REASONS)[number]>('mistake');
  const [undoMessage, setUndoMessage] = useState('');

  async function load(): Promise<void> {
    try {
      const today = await sendMessage('quotaToday', {});
      const history = await sendMessage('quotaHistory', { from: addDays(today.day, -29), to: today.day, by: 'day' });
      setData({ state: 'ready', today, last30: history.buckets });
    } catch (error) {
      setData({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
  useEffect(() => void load(), []);

  async function undo(): Promise<void> {
    const result = await sendMessage('undoLastRequest', { reason });
    setUndoMessage(t(result.undone ? 'quotaUndoDone' : result.problem === 'expired' ? 'quotaUndoExpired' : 'quotaUndoNothing'));
    await load();
  }

  if (data.state === 'loading') return <p data-testid="quota-today" aria-busy="true" />;
  if (data.state === 'error') return <p role="alert">{t('quotaError', { message: data.message })}</p>;
  return (
    <>
      <QuotaTodayCard today={data.today} last30={data.last30} />
      <div class="quota__actions">
        <label>
          {t('quotaUndoReasonLabel')}{' '}
          <select value={reason} onChange={(e) => setReason(e.currentTarget.value as typeof reason)}>
            {UNDO_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(REASON_LABEL[r])}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" data-testid="quota-undo" onClick={() => void undo()}>
          {t('quotaUndoButton')}
        </button>
        {undoMessage && <p role="status">{undoMessage}</p>}
        <p>
          <a href="/report.html" target="_blank" rel="noopener" data-testid="quota-report-link">
            {t('quotaReportOpen')}
          </a>
        </p>
      </div>
    </>
  );
}
