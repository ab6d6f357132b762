import { t } from '@/utils/i18n';
import type { QuotaBucket, QuotaToday as Today } from '@/utils/quota/schema';
import { QuotaBreakdown } from './QuotaBreakdown';
import { QuotaChart } from './QuotaChart';

type Props = { today: Today; last30?: QuotaBucket[] };

/** Today's count against the limit ("N / LIMIT"), the breakdown and the last 30 days. */
export function QuotaTodayCard({ today, last30 }: Props) {
  const { count, limit, level } = today;
  return (
    <section class={`quota quota--${level}`} aria-labelledby="quota-title">
      <h2 id="quota-title" class="quota__title">
        {t('quotaTodayTitle')}
      </h2>
      <p class="quota__count" data-testid="quota-today" data-level={level}>
        {`${count} / ${limit}`}
      </p>
      {level !== 'ok' && (
        <p class="quota__level" role="status">
          {t(level === 'full' ? 'quotaLevelFull' : 'quotaLevelNear')}
        </p>
      )}
      <QuotaBreakdown breakdown={today.breakdown} />
      {today.practice > 0 && <p class="quota__practice" data-testid="quota-practice">{t('quotaPractice', { count: today.practice })}</p>}
      {today.notices.map((notice) => (
        <p key={notice} class="quota__notice" role="note">
          {notice}
        </p>
      ))}
      {last30 && <QuotaChart buckets={last30} limit={limit} height={48} />}
    </section>
  );
}
