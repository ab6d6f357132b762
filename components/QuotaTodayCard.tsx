import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';
import type { QuotaBucket, QuotaToday as Today } from '@/utils/quota/schema';
import { DayMeter } from './DayMeter';
import { QuotaBreakdown } from './QuotaBreakdown';
import { QuotaChart } from './QuotaChart';

type Props = {
  today: Today;
  last30?: QuotaBucket[];
  /** The office's meter is the day's (a server is configured): this workstation's day in one line. */
  compact?: boolean;
  /** Actions on this workstation's count (the popup's undo), at the card's foot. */
  children?: ComponentChildren;
};

/** Today's count against the limit ("N / LIMIT"), the breakdown and, if given, the last 30 days. */
export function QuotaTodayCard({ today, last30, compact = false, children }: Props) {
  const { count, limit, level } = today;
  const figure = `${count} / ${limit}`;
  return (
    <section class={`card quota quota--${level}${compact ? ' quota--compact' : ''}`} aria-labelledby="quota-title">
      {compact ? (
        <h2 id="quota-title" class="quota__line">
          <span>{t('quotaOwnTitle')}</span>
          <span class="quota__count" data-testid="quota-today" data-level={level}>
            {figure}
          </span>
        </h2>
      ) : (
        <>
          <h2 id="quota-title" class="card__title">
            {t('quotaTodayTitle')}
          </h2>
          <DayMeter count={count} limit={limit} level={level} testId="quota-today" label={t('quotaTodayTitle')} />
        </>
      )}
      {!compact && level !== 'ok' && (
        <p class="quota__level" role="status">
          {t(level === 'full' ? 'quotaLevelFull' : 'quotaLevelNear')}
        </p>
      )}
      {today.practice > 0 && <p class="quota__practice" data-testid="quota-practice">{t('quotaPractice', { count: today.practice })}</p>}
      {today.notices.map((notice) => (
        <p key={notice} class="quota__notice" role="note">
          {notice}
        </p>
      ))}
      <details class="disclosure">
        <summary>{t('quotaDetails')}</summary>
        <QuotaBreakdown breakdown={today.breakdown} />
      </details>
      {last30 && <QuotaChart buckets={last30} limit={limit} height={48} />}
      {children}
    </section>
  );
}
