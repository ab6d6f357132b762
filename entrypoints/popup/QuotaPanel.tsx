import { useEffect, useState } from 'preact/hooks';
import { QuotaTodayCard } from '@/components/QuotaTodayCard';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { UNDO_REASONS, type QuotaToday as Today } from '@/utils/quota/schema';

const REASON_LABEL: Record<(typeof UNDO_REASONS)[number], MessageKey> = {
  mistake: 'quotaUndoReasonMistake',
  'not-completed': 'quotaUndoReasonNotCompleted',
  duplicate: 'quotaUndoReasonDuplicate',
  other: 'quotaUndoReasonOther',
};

type State = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; today: Today };

type Props = {
  /** An office server is configured: its meter is the day's, this workstation's is one line. */
  compact: boolean;
  /** A count was undone: the office figure and the week are read again. */
  onUndone: () => void;
};

/** The popup's quota section: today's own count, its breakdown, and undo (within 5 minutes). */
export function QuotaPanel({ compact, onUndone }: Props) {
  const [data, setData] = useState<State>({ state: 'loading' });
  const [reason, setReason] = useState<(typeof UNDO_REASONS)[number]>('mistake');
  const [undoMessage, setUndoMessage] = useState('');

  async function load(): Promise<void> {
    try {
      setData({ state: 'ready', today: await sendMessage('quotaToday', {}) });
    } catch (error) {
      setData({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
  useEffect(() => void load(), []);

  async function undo(): Promise<void> {
    const result = await sendMessage('undoLastRequest', { reason });
    setUndoMessage(t(result.undone ? 'quotaUndoDone' : result.problem === 'expired' ? 'quotaUndoExpired' : 'quotaUndoNothing'));
    await load();
    if (result.undone) onUndone();
  }

  if (data.state === 'loading') return <p class="placeholder" data-testid="quota-today" aria-busy="true" />;
  if (data.state === 'error') return <p class="card alert" role="alert">{t('quotaError', { message: data.message })}</p>;
  return (
    <QuotaTodayCard today={data.today} compact={compact}>
      <details class="disclosure undo">
        <summary>{t('quotaUndoOpen')}</summary>
        <div class="undo__row">
          <label class="field">
            <span class="field__label">{t('quotaUndoReasonLabel')}</span>
            <select class="field__control" value={reason} onChange={(e) => setReason(e.currentTarget.value as typeof reason)}>
              {UNDO_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(REASON_LABEL[r])}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="button button--secondary" data-testid="quota-undo" onClick={() => void undo()}>
            {t('quotaUndoButton')}
          </button>
        </div>
        {undoMessage && <p role="status">{undoMessage}</p>}
      </details>
    </QuotaTodayCard>
  );
}
