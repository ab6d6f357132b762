import { t } from '@/utils/i18n';
import { MAX_REASON_CHARS } from '@/utils/checklist/complete';
import type { CompleteStatus } from './state';

interface CompleteRequestProps {
  done: number;
  total: number;
  override: boolean;
  reason: string;
  enabled: boolean;
  busy: boolean;
  status: CompleteStatus;
  onOverride: (override: boolean) => void;
  onReason: (reason: string) => void;
  onComplete: () => void;
  onReset: () => void;
}

/** Progress, the override with its reason, and the button that counts the request. */
export function CompleteRequest(props: CompleteRequestProps) {
  const { done, total, override, reason, enabled, busy, status } = props;
  const missing = done < total;
  return (
    <div class="checklist__complete">
      <p class="checklist__progress" data-testid="checklist-progress">
        {t('checklistProgress', { done, total })}
      </p>
      {missing && (
        <label class="checklist__choice">
          <input
            type="checkbox"
            data-testid="complete-override"
            checked={override}
            onChange={(event) => props.onOverride(event.currentTarget.checked)}
          />
          {t('checklistOverride')}
        </label>
      )}
      {missing && override && (
        <label class="checklist__reason">
          {t('checklistOverrideReason')}
          <textarea
            data-testid="complete-override-reason"
            required
            aria-required="true"
            maxLength={MAX_REASON_CHARS}
            rows={2}
            value={reason}
            onInput={(event) => props.onReason(event.currentTarget.value)}
          />
        </label>
      )}
      <div class="checklist__buttons">
        <button type="button" class="button button--primary" data-testid="complete-request" disabled={!enabled || busy} aria-busy={busy} onClick={props.onComplete}>
          {t('checklistComplete')}
        </button>
        <button type="button" class="button" data-testid="checklist-reset" onClick={props.onReset}>
          {t('checklistReset')}
        </button>
      </div>
      <p class="checklist__status" role="status" aria-live="polite" data-testid="checklist-status" data-status={status?.kind ?? ''}>
        {status?.kind === 'recorded' && t('checklistRecorded')}
        {status?.kind === 'failed' && t('checklistRecordFailed', { message: status.message })}
      </p>
    </div>
  );
}
