import { t } from '@/utils/i18n';
import type { QuotaLevel } from '@/utils/quota/schema';

type Props = {
  count: number;
  limit: number;
  level: QuotaLevel;
  /** The figure's test id: `office-today` or `quota-today` (both "N / LIMIT"). */
  testId: string;
  /** Whose day it is, read with the figure ("Ufficio, oggi"). */
  label: string;
  /** The figure is about to be read again (the popup's push and fresh read). */
  busy?: boolean;
};

/**
 * The day against its limit: the figure "N / LIMIT", a bar that fills towards the limit
 * (amber from 80%, red at it) and what is left, in words. The bar is a `meter` for assistive
 * technology, named by `label` and valued in words.
 */
export function DayMeter({ count, limit, level, testId, label, busy = false }: Props) {
  const ratio = Math.min(count / limit, 1);
  const value = t('meterValue', { count, limit });
  return (
    <div class={`meter meter--${level}`}>
      <p class="meter__figure">
        <span class="meter__count" data-testid={testId} data-level={level} aria-busy={busy ? 'true' : undefined}>{`${count} / ${limit}`}</span>
        <span class="meter__left">{count >= limit ? t('meterFull') : t('meterLeft', { count: limit - count })}</span>
      </p>
      <div class="meter__track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={limit} aria-valuenow={Math.min(count, limit)} aria-valuetext={value}>
        <div class="meter__fill" style={{ width: `${(ratio * 100).toFixed(1)}%` }} />
      </div>
    </div>
  );
}
