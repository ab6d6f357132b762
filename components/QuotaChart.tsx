import { t } from '@/utils/i18n';
import { italianDate } from '@/utils/quota/day';

type Bar = { key: string; from: string; to: string; count: number };
type Props = { buckets: Bar[]; limit?: number; height?: number };

const periodName = (b: Bar): string => (b.from === b.to ? italianDate(b.from) : `${italianDate(b.from)}–${italianDate(b.to)}`);

/** A small bar chart in inline SVG; its text alternative says the range, total and maximum. */
export function QuotaChart({ buckets, limit, height = 60 }: Props) {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return null;
  const max = Math.max(...buckets.map((b) => b.count));
  const top = Math.max(max, limit ?? 0, 1);
  const total = buckets.reduce((n, b) => n + b.count, 0);
  const width = buckets.length * 10;
  const label = t('quotaChartLabel', { from: italianDate(first.from), to: italianDate(last.to), total, max });
  return (
    <svg
      class="quota-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      width="100%"
      height={height}
      data-testid="quota-chart"
    >
      <title>{label}</title>
      {buckets.map((b, i) => {
        const h = (b.count / top) * (height - 2);
        return (
          <rect key={b.key} x={i * 10 + 1} y={height - h} width={8} height={h} fill="#0059b3">
            <title>{t('quotaChartBar', { period: periodName(b), count: b.count })}</title>
          </rect>
        );
      })}
      {limit !== undefined && limit <= top && (
        <line x1={0} x2={width} y1={height - (limit / top) * (height - 2)} y2={height - (limit / top) * (height - 2)} stroke="#a60000" stroke-width={1} />
      )}
    </svg>
  );
}
