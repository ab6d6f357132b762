import { getLanguage, t } from '@/utils/i18n';
import { italianDate } from '@/utils/quota/day';
import type { WeekAtGlance, WeekDay } from '@/utils/quota/week';

type Props = { week: WeekAtGlance; /** A fresher reading is on its way. */ busy?: boolean };

/** Bar area and value label heights (px): bars are drawn in plain CSS, sized here. */
const PLOT = 64;

const weekday = (day: string, style: 'short' | 'long'): string =>
  new Intl.DateTimeFormat(getLanguage(), { weekday: style, timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`));

/** The figure a day shows: the office's where known (with a server), else this workstation's. */
const shown = (week: WeekAtGlance, d: WeekDay): { count: number; source: 'office' | 'own' } =>
  week.office && d.office !== null ? { count: d.office, source: 'office' } : { count: d.own, source: 'own' };

function levelOf(count: number, limit: number): 'ok' | 'near' | 'full' {
  if (count >= limit) return 'full';
  return count >= limit * 0.8 ? 'near' : 'ok';
}

/**
 * The last seven days at a glance: one bar per day against the limit line, the count above
 * each bar, the weekday below. Each day is a list item whose text says the date, the count and
 * whose count it is; the drawing itself is hidden from assistive technology.
 */
export function WeekChart({ week, busy = false }: Props) {
  const days = week.days.map((d) => ({ ...d, ...shown(week, d) }));
  const max = Math.max(0, ...days.map((d) => d.count));
  const top = Math.max(max, week.limit, 1);
  const total = days.reduce((n, d) => n + d.count, 0);
  const anyOwn = week.office && days.some((d) => d.source === 'own');
  const today = days[days.length - 1]?.day;
  return (
    <section class="card week" aria-labelledby="week-title" data-testid="week" data-scope={week.office ? 'office' : 'own'} aria-busy={busy ? 'true' : undefined}>
      <h2 id="week-title" class="card__title">
        {t(week.office ? 'weekTitleOffice' : 'officeWeekTitle')}
      </h2>
      <div class="week__plot" style={{ height: `${PLOT + 40}px` }}>
        <div class="week__limit" aria-hidden="true" style={{ bottom: `${20 + Math.round((week.limit / top) * PLOT)}px` }}>
          <span>{t('weekLimit', { limit: week.limit })}</span>
        </div>
        <ol class="week__bars" aria-label={t('weekBarsLabel')}>
        {days.map((d) => (
          <li
            key={d.day}
            class={`week__day week__day--${d.source} week__day--${levelOf(d.count, week.limit)}${d.day === today ? ' week__day--today' : ''}`}
            data-day={d.day}
            data-count={d.count}
            data-source={d.source}
            data-today={d.day === today ? 'true' : undefined}
          >
            <span class="week__value" aria-hidden="true">
              {d.count}
            </span>
            <span class="week__bar" aria-hidden="true" style={{ height: `${d.count === 0 ? 0 : Math.max(2, Math.round((d.count / top) * PLOT))}px` }} />
            <span class="week__label" aria-hidden="true">
              {weekday(d.day, 'short')}
            </span>
            <span class="visually-hidden">
              {t(d.source === 'office' || !week.office ? 'weekDayText' : 'weekDayOwnText', { day: `${weekday(d.day, 'long')} ${italianDate(d.day)}`, count: d.count })}
            </span>
          </li>
        ))}
        </ol>
      </div>
      <p class="week__summary">{t('weekSummary', { total, max })}</p>
      {anyOwn && <p class="week__note">{t('weekOwnNote')}</p>}
    </section>
  );
}
