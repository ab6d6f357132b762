import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import type { OfficeToday } from '@/utils/office/status';
import { OfficeTodayCard } from './OfficeTodayCard';

type Configured = Extract<OfficeToday, { configured: true }>;
const office = (over: Partial<Configured> = {}): Configured => ({
  configured: true, day: '2026-03-04', count: 14, limit: 20, level: 'ok', own: 5, pending: 0, refused: 0, state: 'synced',
  readAt: Date.parse('2026-03-04T08:42:00Z'), byWorkstation: { 'sportello-1': 5, 'sportello-2': 9 }, ...over,
});

function show(value: Configured, busy = false): HTMLElement {
  const root = document.createElement('div');
  render(<OfficeTodayCard office={value} busy={busy} />, root);
  return root;
}

beforeEach(() => setLanguage('it'));

describe("the office's day", () => {
  it('shows "N / LIMIT", a named meter valued in words, freshness, the own count and the split', () => {
    const root = show(office());
    expect(root.querySelector('[data-testid=office-today]')!.textContent).toBe('14 / 20');
    const meter = root.querySelector('[role=meter]')!;
    expect(meter.getAttribute('aria-label')).toBe('Ufficio, oggi');
    expect(meter.getAttribute('aria-valuenow')).toBe('14');
    expect(meter.getAttribute('aria-valuemax')).toBe('20');
    expect(meter.getAttribute('aria-valuetext')).toBe('14 di 20');
    expect(root.querySelector<HTMLElement>('.meter__fill')!.style.width).toBe('70.0%');
    expect(root.querySelector('.meter__left')!.textContent).toBe('ancora 6 prima del limite');
    expect(root.querySelector('[data-testid=office-summary]')!.textContent).toBe('Ufficio: 14 di 20 · aggiornato 09:42');
    expect(root.querySelector('[data-testid=office-sync-status]')!.getAttribute('data-state')).toBe('synced');
    expect(root.querySelector('[data-testid=office-own]')!.textContent).toBe('Questa postazione: 5');
    expect(root.querySelector('[data-testid=office-by-counter]')!.textContent).toBe('sportello-1 5sportello-2 9');
  });

  it('offline: the last known figure, the backlog, and a full meter past the limit', () => {
    const root = show(office({ count: 22, level: 'full', state: 'offline', pending: 2 }), true);
    expect(root.querySelector('[data-testid=office-today]')!.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[data-testid=office-summary]')!.textContent).toBe("Ufficio: 22 di 20 · ultimo dato dell'ufficio: 09:42 · 2 in attesa di invio");
    expect(root.querySelector('[data-testid=office-sync-status]')!.textContent).toMatch(/offline/);
    expect(root.querySelector('[role=meter]')!.getAttribute('aria-valuenow')).toBe('20');
    expect(root.querySelector<HTMLElement>('.meter__fill')!.style.width).toBe('100.0%');
    expect(root.querySelector('.meter__left')!.textContent).toBe('limite raggiunto');
  });
  it('refused documents: an alert with how many, only when there are some', () => {
    expect(show(office()).querySelector('[data-testid=office-refused]')).toBeNull();
    const alert = show(office({ state: 'refused', refused: 3 })).querySelector('[data-testid=office-refused]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe("Conteggi rifiutati dal server dell'ufficio: 3 (conservati qui, riproposti ogni ora). Avvisare l'IT.");
  });
});
