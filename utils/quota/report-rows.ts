import { t, type MessageKey } from '../i18n';
import type { Breakdown } from './schema';

const ROWS: { title: MessageKey; dimension: keyof Breakdown; items: [string, MessageKey][] }[] = [
  { title: 'quotaBreakdownHalves', dimension: 'halves', items: [['first', 'quotaHalvesFirst'], ['second', 'quotaHalvesSecond'], ['both', 'quotaHalvesBoth']] },
  { title: 'quotaBreakdownChannel', dimension: 'channel', items: [['email', 'quotaChannelEmail'], ['paper', 'quotaChannelPaper']] },
  { title: 'quotaBreakdownKind', dimension: 'kind', items: [['holder', 'quotaKindHolder'], ['minor', 'quotaKindMinor'], ['delegate', 'quotaKindDelegate']] },
  { title: 'quotaBreakdownSource', dimension: 'source', items: [['checklist', 'quotaSourceChecklist'], ['portal', 'quotaSourcePortal']] },
];

/** One readable line per breakdown dimension, e.g. "Canale: E-mail 3, Stampa con delega 1". */
export function breakdownRows(breakdown: Breakdown): string[] {
  return ROWS.map(({ title, dimension, items }) => {
    const counts = breakdown[dimension] as Record<string, number>;
    return `${t(title)}: ${items.map(([key, label]) => `${t(label)} ${counts[key] ?? 0}`).join(', ')}`;
  });
}
