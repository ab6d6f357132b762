import { t, type MessageKey } from '@/utils/i18n';
import type { Breakdown } from '@/utils/quota/schema';

/** The label of each category of each dimension, in display order. */
export const BREAKDOWN_LABELS: { title: MessageKey; dimension: keyof Breakdown; items: [string, MessageKey][] }[] = [
  { title: 'quotaBreakdownHalves', dimension: 'halves', items: [['first', 'quotaHalvesFirst'], ['second', 'quotaHalvesSecond'], ['both', 'quotaHalvesBoth']] },
  { title: 'quotaBreakdownChannel', dimension: 'channel', items: [['email', 'quotaChannelEmail'], ['paper', 'quotaChannelPaper']] },
  { title: 'quotaBreakdownKind', dimension: 'kind', items: [['holder', 'quotaKindHolder'], ['minor', 'quotaKindMinor'], ['delegate', 'quotaKindDelegate']] },
  { title: 'quotaBreakdownSource', dimension: 'source', items: [['checklist', 'quotaSourceChecklist'], ['portal', 'quotaSourcePortal']] },
];

/** Counts by halves, channel, case and source, as a description list. */
export function QuotaBreakdown({ breakdown }: { breakdown: Breakdown }) {
  return (
    <dl class="quota-breakdown" data-testid="quota-breakdown">
      {BREAKDOWN_LABELS.map(({ title, dimension, items }) => (
        <div key={dimension} data-dimension={dimension}>
          <dt>{t(title)}</dt>
          <dd>
            {items
              .map(([key, label]) => `${t(label)} ${(breakdown[dimension] as Record<string, number>)[key] ?? 0}`)
              .join(' · ')}
          </dd>
        </div>
      ))}
    </dl>
  );
}
