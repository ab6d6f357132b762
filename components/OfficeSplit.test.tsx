import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { officeTable } from '@/utils/office/report';
import { OfficeSplit } from './OfficeSplit';

function show(table: Parameters<typeof OfficeSplit>[0]['table']): HTMLElement {
  const root = document.createElement('div');
  render(<OfficeSplit table={table} onExport={() => undefined} />, root);
  return root;
}
const cells = (row: Element): string[] => [...row.children].map((c) => c.textContent ?? '');

beforeEach(() => setLanguage('it'));

describe("the report's split by counter", () => {
  it('a row per period, the office total, a column per counter, totals at the foot', () => {
    const root = show(officeTable({ '2026-03-02': { 'banco-a': 14, 'banco-b': 6 }, '2026-03-03': { 'banco-a': 2 } }, '2026-03-02', '2026-03-03', 'day'));
    const table = root.querySelector('[data-testid=office-report-table]')!;
    expect(cells(table.querySelector('thead tr')!)).toEqual(['Periodo', 'Ufficio', 'banco-a', 'banco-b']);
    expect([...table.querySelectorAll('tbody tr')].map(cells)).toEqual([
      ['02/03/2026', '20', '14', '6'],
      ['03/03/2026', '2', '2', '0'],
    ]);
    expect(cells(table.querySelector('tfoot tr')!)).toEqual(['Totale', '22', '16', '6']);
    expect(root.querySelector('[data-testid=office-report-total]')!.textContent).toBe('Ufficio: 22 richieste nel periodo, da 2 postazioni.');
    expect(root.querySelector('[data-testid=office-report-csv]')).not.toBeNull();
    expect(root.querySelector('[data-testid=quota-chart]')!.querySelectorAll('rect')).toHaveLength(2);
  });

  it('says so when the server does not answer, and is busy while reading', () => {
    expect(show('unavailable').querySelector('[role=alert]')!.textContent).toMatch(/non raggiungibile/);
    expect(show(null).querySelector('[data-testid=office-report]')!.getAttribute('aria-busy')).toBe('true');
  });
});
