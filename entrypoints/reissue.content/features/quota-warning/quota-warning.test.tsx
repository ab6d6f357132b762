import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, setLanguage } from '@/utils/i18n';
import type { ContentStart } from '@/utils/messaging/protocol';
import type { OfficeToday } from '@/utils/office/status';
import type { PortalPage } from '@/utils/portal/adapter';
import { forgetContentStart } from '../../content-start';
import { officeSummaries, type ConfiguredOfficeToday } from '@/utils/office/summary';
import type { SnapshotNode } from '@/utils/panel-snapshot';
import { answerDigest, currentCopy, firstPaintData, snapshotOf } from '../../snapshot';
import { quotaWarningFeature } from './quota-warning';

// The panel's start answer comes from the background by message: its day counts are set per test.
const answers = vi.hoisted(() => ({ quotaToday: {}, officeToday: {} }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string) => {
    if (type !== 'contentStart') throw new Error(`unexpected message ${type}`);
    return { blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], ...answers };
  },
}));

const own = (count: number, level = 'ok') => ({ day: '2026-03-04', count, limit: 20, level, notices: [] });
const office = (over: Partial<Extract<OfficeToday, { configured: true }>> = {}): OfficeToday => ({
  configured: true, day: '2026-03-04', count: 14, limit: 20, level: 'ok', own: 5, pending: 0, refused: 0, state: 'synced',
  readAt: Date.parse('2026-03-04T08:42:00Z'), byWorkstation: {}, ...over,
});

async function show(): Promise<HTMLElement> {
  forgetContentStart(); // a new page: the start answer is asked again
  const root = document.createElement('div');
  const Section = quotaWarningFeature.Section!;
  // The section reads no page: it draws from the start answer.
  await act(() => render(<Section page={{} as PortalPage} />, root));
  // Not yet known at the first render (asked here, not at document_start): drawn once it comes.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return root;
}

beforeEach(() => setLanguage('it'));

describe("the panel's day count", () => {
  it('without an office server: nothing under the limit, the warning near it, with this workstation\'s count', async () => {
    answers.officeToday = { configured: false };
    answers.quotaToday = own(3);
    expect((await show()).textContent).toBe('');
    answers.quotaToday = own(17, 'near');
    const root = await show();
    expect(root.querySelector('[data-testid=panel-office]')).toBeNull();
    expect(root.querySelector('[data-testid=quota-warning]')!.getAttribute('data-level')).toBe('near');
    expect(root.querySelector('[data-testid=quota-warning]')!.textContent).toContain('(17 / 20)');
  });

  it("with a server: the office's line always, and the warning uses the office's count, not this workstation's", async () => {
    answers.quotaToday = own(2);
    answers.officeToday = office({ pending: 2 });
    let root = await show();
    expect(root.querySelector('[data-testid=panel-office]')!.textContent).toBe('Ufficio: 14 di 20 · aggiornato 09:42 · 2 in attesa di invio');
    expect(root.querySelector('[data-testid=quota-warning]')).toBeNull();
    answers.officeToday = office({ count: 20, level: 'full' });
    root = await show();
    expect(root.querySelector('[data-testid=quota-warning]')!.getAttribute('data-level')).toBe('full');
    expect(root.querySelector('[data-testid=quota-warning]')!.textContent).toContain('(20 / 20)');
  });

  it('offline: the last known office figure and says the server is unreachable', async () => {
    answers.quotaToday = own(2);
    answers.officeToday = office({ state: 'offline', pending: 1 });
    const line = (await show()).querySelector('[data-testid=panel-office]')!;
    expect(line.getAttribute('data-state')).toBe('offline');
    expect(line.textContent).toMatch(/^Ufficio: 14 di 20 · ultimo dato dell'ufficio: 09:42 · 1 in attesa di invio Server dell'ufficio non raggiungibile \(offline\)/);
  });

  it('draws the same for answers whose first-paint digest is the same, once the copy has their slots filled (the copy stays good), in every language, and differs where it differs', async () => {
    const none: OfficeToday = { configured: false };
    const cases: [ReturnType<typeof own>, OfficeToday][] = [
      [own(3), none], [own(9), none], [own(17, 'near'), none], [own(18, 'near'), none], [own(20, 'full'), none],
      [own(2), office()], [own(7), office()], [own(2), office({ count: 15, pending: 3, state: 'pending' })], [own(2), office({ state: 'never', readAt: null })],
      [own(2), office({ state: 'offline' })], [own(3), office({ state: 'offline', count: 9, pending: 2 })],
      [own(2), office({ state: 'refused', refused: 1 })], [own(2), office({ state: 'refused', count: 11, refused: 2 })],
    ];
    for (const language of LANGUAGES) {
      setLanguage(language);
      const drawn: { start: ContentStart; digest: string; tree: SnapshotNode[] }[] = [];
      for (const [quotaToday, officeToday] of cases) {
        answers.quotaToday = quotaToday;
        answers.officeToday = officeToday;
        const root = await show();
        // The background's answer: the office's line in each language, worded as the panel words it.
        const officeLines = officeToday.configured ? officeSummaries(officeToday) : null;
        const start = { blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], quotaToday, officeToday, officeLines } as unknown as ContentStart;
        drawn.push({ start, digest: answerDigest(firstPaintData(start)), tree: snapshotOf(root)! });
      }
      for (const a of drawn) {
        for (const b of drawn) {
          const copy = currentCopy({ key: 'k', answer: a.digest, tree: a.tree }, b.start, language);
          if (a.digest === b.digest) expect(copy?.tree).toEqual(b.tree);
          else expect(copy).toBeNull();
        }
      }
      // No limit near, a note or not: seven first paints.
      expect(new Set(drawn.map((d) => d.digest)).size).toBe(7);
      // A count at another counter and a request waiting to be sent: the copy of the synced line, filled, says so.
      const filled = currentCopy({ key: 'k', answer: drawn[5]!.digest, tree: drawn[5]!.tree }, drawn[7]!.start, language)!;
      expect(JSON.stringify(filled.tree)).toContain(officeSummaries(cases[7]![1] as ConfiguredOfficeToday)[language]);
      expect(JSON.stringify(filled.tree)).toContain('["data-state","pending"]');
    }
    expect(officeSummaries(office() as ConfiguredOfficeToday).en).toMatch(/^Office: 14 of 20/);
  });

  it('is not drawn from a copy whose slot the answer has no text for', () => {
    const start = { blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], quotaToday: own(2), officeToday: office(), officeLines: null } as unknown as ContentStart;
    const tree: SnapshotNode[] = [['div', [], [['p', [['class', 'office-line office-line--synced'], ['data-state', 'synced'], ['data-first-paint-slot', 'office-line']], ['Ufficio: 1 di 20']]]]];
    expect(currentCopy({ key: 'k', answer: answerDigest(firstPaintData(start)), tree }, start, 'it')).toBeNull();
    const lines = { it: 'Ufficio: 2 di 20', en: 'Office: 2 of 20', de: 'Amt: 2 von 20' };
    expect(currentCopy({ key: 'k', answer: answerDigest(firstPaintData(start)), tree }, { ...start, officeLines: lines }, 'en')?.tree).toEqual([
      ['div', [], [['p', [['class', 'office-line office-line--synced'], ['data-state', 'synced'], ['data-first-paint-slot', 'office-line']], ['Office: 2 of 20']]]],
    ]);
    // A slot without the attributes that follow its figures, or whose first child is not its text, is not filled: not drawn.
    // A kept text that is not a tree of ours at all: not drawn, nothing thrown (the live panel draws instead).
    const malformed = [['p', null, []]] as unknown as SnapshotNode[];
    expect(currentCopy({ key: 'k', answer: answerDigest(firstPaintData(start)), tree: malformed }, { ...start, officeLines: lines }, 'en')).toBeNull();
    const stateless: SnapshotNode[] = [['p', [['data-first-paint-slot', 'office-line']], ['Ufficio: 1 di 20']]];
    expect(currentCopy({ key: 'k', answer: answerDigest(firstPaintData(start)), tree: stateless }, { ...start, officeLines: lines }, 'en')).toBeNull();
    const misshapen: SnapshotNode[] = [['p', [['data-first-paint-slot', 'office-line']], [['span', [], ['Ufficio: 1 di 20']]]]];
    expect(currentCopy({ key: 'k', answer: answerDigest(firstPaintData(start)), tree: misshapen }, { ...start, officeLines: lines }, 'en')).toBeNull();
  });
});
