import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { readPortalPage, type PortalPage } from '@/utils/portal/adapter';
import type { RequestMemory } from '@/utils/request-memory';
import { startNewRequest } from '../../request-memory';
import { printDocument } from './print';

// The background: what the earlier steps of this tab's request saw, answered when the test says.
interface Background {
  sent: { type: string; data: unknown }[];
  answerRecall: (memory: unknown) => void;
}
const background = vi.hoisted((): Background => ({ sent: [], answerRecall: () => undefined }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn((type: string, data: unknown) => {
    background.sent.push({ type, data });
    if (type !== 'recallRequest') return Promise.resolve(undefined);
    return new Promise((resolve) => {
      background.answerRecall = resolve;
    });
  }),
}));

// The card search step of the two-step demo page: the codice fiscale and the card number only.
function cardSearchStep(): PortalPage {
  const reading = readPortalPage(loadPortalPage('ristampa-passi.html', (html) => html.replace('<section id="passo1" hidden>', '<section id="passo1">')));
  if (!reading.recognised) throw new Error('not recognised');
  return reading.page;
}

const earlierSteps: RequestMemory = {
  requestId: 'an-earlier-step',
  values: { email: 'mario.rossi@example.it', codiceFiscale: 'BRBJRG79S30F132R' },
  checklist: null,
  screen: { step: 1 },
  submitted: null,
  confirmed: false,
};

describe('printing a document from the checklist', () => {
  beforeEach(() => {
    background.sent.length = 0;
    startNewRequest();
  });

  it('waits for the earlier steps, then fills it in from them and from what the screen holds at the press', async () => {
    const page = cardSearchStep();
    // Typed before anything of ours listened (the live panel still on its way): no event was seen.
    page.fields.codiceFiscale!.value = 'rssmra80a41h501y';
    page.fields.numeroCarta!.value = 'CA12345AB';
    const printing = printDocument(page, 'delega-terzi');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(background.sent.map(({ type }) => type)).not.toContain('openPrintJob');

    background.answerRecall(earlierSteps);
    await printing;
    const job = background.sent.find(({ type }) => type === 'openPrintJob');
    // The screen's codice fiscale over the one remembered; the e-mail only the memory has.
    expect(job?.data).toMatchObject({ kind: 'delega-terzi', data: { holder: { codiceFiscale: 'RSSMRA80A41H501Y' }, cardNumber: 'CA12345AB', email: 'mario.rossi@example.it' } });
  });
});
