import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { bucketize, summarize } from '@/utils/quota/aggregate';
import { addDays, dayKey } from '@/utils/quota/day';
import type { QuotaRecord, QuotaToday as Today } from '@/utils/quota/schema';
import { QuotaTodayCard } from './QuotaTodayCard';

const day = '2025-05-06';
const rec = (over: Partial<QuotaRecord>): QuotaRecord => ({
  id: crypto.randomUUID(), time: Date.parse(`${day}T08:00:00Z`), day, halves: 'both', channel: 'paper', kind: 'holder',
  workstation: '', source: 'checklist', practice: false, ...over,
});

function show(records: QuotaRecord[], limit: number, compact = false): HTMLElement {
  const summary = summarize(records.filter((r) => r.day === day));
  const today: Today = { day, limit, level: summary.count >= limit ? 'full' : 'ok', notices: [], ...summary };
  const root = document.createElement('div');
  render(<QuotaTodayCard today={today} last30={bucketize(records, addDays(day, -29), day, 'day')} compact={compact} />, root);
  return root;
}

beforeEach(() => setLanguage('it'));

describe('QuotaToday', () => {
  it('shows exactly "N / LIMIT", the breakdown and the practice count', () => {
    const records = [rec({ channel: 'email' }), rec({ kind: 'minor' }), rec({ practice: true })];
    const root = show(records, 20);
    expect(root.querySelector('[data-testid=quota-today]')!.textContent).toBe('2 / 20');
    expect(root.querySelector('[data-dimension=channel]')!.textContent).toMatch(/E-mail 1.*delega 1/);
    expect(root.textContent).toContain('1 di prova');
  });

  it('says when the limit is reached, with a full meter', () => {
    const root = show([rec({}), rec({})], 2);
    expect(root.querySelector('[role=status]')!.textContent).toMatch(/Limite giornaliero raggiunto/);
    expect(root.querySelector('[role=meter]')!.getAttribute('aria-valuetext')).toBe('2 di 2');
  });

  it("beside the office's meter: one line, no meter of its own, no warning of its own (the office's count decides)", () => {
    const root = show([rec({}), rec({})], 2, true);
    expect(root.querySelector('[data-testid=quota-today]')!.textContent).toBe('2 / 2');
    expect(root.querySelector('h2')!.textContent).toBe('Questa postazione, oggi2 / 2');
    expect(root.querySelector('[role=meter]')).toBeNull();
    expect(root.querySelector('[role=status]')).toBeNull();
  });

  it('draws 30 days with a text alternative naming the total and the maximum', () => {
    const earlier = Date.parse(`${day}T08:00:00Z`) - 3 * 86_400_000;
    const root = show([rec({}), rec({ time: earlier, day: dayKey(earlier) }), rec({ time: earlier, day: dayKey(earlier) })], 20);
    const chart = root.querySelector('[data-testid=quota-chart]')!;
    expect(chart.querySelectorAll('rect')).toHaveLength(30);
    expect(chart.getAttribute('aria-label')).toBe('Dal 07/04/2025 al 06/05/2025: 3 richieste, al massimo 2 in un giorno.');
  });
});
