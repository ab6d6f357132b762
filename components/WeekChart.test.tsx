import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { weekDays, type WeekAtGlance } from '@/utils/quota/week';
import { WeekChart } from './WeekChart';

const today = '2026-03-04'; // a Wednesday

function show(week: WeekAtGlance): HTMLElement {
  const root = document.createElement('div');
  render(<WeekChart week={week} />, root);
  return root;
}
const bars = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid=week] li[data-day]')];

beforeEach(() => setLanguage('it'));

describe('the week at a glance', () => {
  it("without a server: this workstation's seven days, each in words, today last and marked", () => {
    const root = show({ office: false, limit: 20, days: weekDays(today, { '2026-02-26': 1, '2026-03-02': 20, [today]: 3 }, null, null) });
    const days = bars(root);
    expect(days.map((d) => d.dataset.day)).toEqual(['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03', today]);
    expect(days.map((d) => d.dataset.count)).toEqual(['1', '0', '0', '0', '20', '0', '3']);
    expect(days.every((d) => d.dataset.source === 'own')).toBe(true);
    expect(days.at(-1)!.dataset.today).toBe('true');
    expect(days.at(-1)!.querySelector('.visually-hidden')!.textContent).toBe('mercoledì 04/03/2026: 3 richieste');
    expect(days.at(-1)!.querySelector('.week__label')!.textContent).toBe('mer');
    // The day at the limit is drawn as full; the drawing is hidden from assistive technology.
    expect(days[4]!.className).toContain('week__day--full');
    expect(days[4]!.querySelector('.week__bar')!.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('h2')!.textContent).toBe('Questa postazione, ultimi 7 giorni');
    expect(root.querySelector('.week__summary')!.textContent).toBe('24 richieste in 7 giorni, al massimo 20 in un giorno.');
    expect(root.querySelector('.week__note')).toBeNull();
  });

  it("with a server: the office's figures where known, this workstation's (said so) where not", () => {
    const known = { '2026-03-03': { 'sportello-2': 4 }, [today]: { 'sportello-1': 1, 'sportello-2': 6 } };
    const root = show({ office: true, limit: 20, days: weekDays(today, { '2026-03-02': 2, [today]: 2 }, known, 'sportello-1') });
    const days = bars(root);
    expect(days.map((d) => `${d.dataset.source}:${d.dataset.count}`)).toEqual(['own:0', 'own:0', 'own:0', 'own:0', 'own:2', 'office:4', 'office:8']);
    expect(days[4]!.querySelector('.visually-hidden')!.textContent).toMatch(/^lunedì 02\/03\/2026: 2 richieste di questa postazione/);
    expect(root.querySelector('h2')!.textContent).toBe('Ufficio, ultimi 7 giorni');
    expect(root.querySelector('.week__note')).not.toBeNull();
  });

  it('speaks the chosen language', () => {
    setLanguage('de');
    const root = show({ office: false, limit: 10, days: weekDays(today, { [today]: 1 }, null, null) });
    expect(bars(root).at(-1)!.querySelector('.visually-hidden')!.textContent).toBe('Mittwoch 04/03/2026: 1 Anträge');
  });
});
