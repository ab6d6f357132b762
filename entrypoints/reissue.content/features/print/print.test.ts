import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { readPortalPage, type PortalPage } from '@/utils/portal/adapter';
import { startNewRequest } from '../../request-memory';
import { printDocument } from './print';

const sent = vi.hoisted(() => [] as { type: string; data: unknown }[]);
vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    return null; // recallRequest: no earlier step in this tab
  }),
}));

function reprintPage(): PortalPage {
  const reading = readPortalPage(loadPortalPage('ristampa.html'));
  if (!reading.recognised) throw new Error('not recognised');
  return reading.page;
}

describe('printing a document from the checklist', () => {
  beforeEach(() => {
    sent.length = 0;
    startNewRequest();
  });

  it('fills it in from what the screen holds at the press, even when no typing event was seen', async () => {
    const page = reprintPage();
    // Typed before anything of ours listened (the live panel still on its way): no event here.
    page.fields.codiceFiscale!.value = 'rssmra80a41h501y';
    page.fields.numeroCarta!.value = 'CA12345AB';
    await printDocument(page, 'delega-terzi');
    const job = sent.find(({ type }) => type === 'openPrintJob');
    // The earlier steps' memory is asked for first: the screen's values go over it, not under.
    expect(sent.findIndex(({ type }) => type === 'recallRequest')).toBe(0);
    expect(job?.data).toMatchObject({ kind: 'delega-terzi', data: { holder: { codiceFiscale: 'RSSMRA80A41H501Y' }, cardNumber: 'CA12345AB' } });
  });
});
