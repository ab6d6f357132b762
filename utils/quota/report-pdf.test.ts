import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { bucketize, summarize } from './aggregate';
import { buildQuotaReportPdf } from './report-pdf';
import type { QuotaHistory, QuotaRecord } from './schema';

beforeEach(() => setLanguage('it'));

it('prints the range, total, breakdown and periods, readable back as text', async () => {
  const records: QuotaRecord[] = [3, 3, 10].map((d, i) => ({
    id: crypto.randomUUID(), time: Date.UTC(2025, 4, d, 8), day: `2025-05-${String(d).padStart(2, '0')}`, halves: 'both',
    channel: i === 0 ? 'email' : 'paper', kind: 'holder', workstation: 'Sportello €1', source: 'checklist', practice: false,
  }));
  const history: QuotaHistory = {
    from: '2025-05-01', to: '2025-05-31', by: 'week', scope: 'office', total: summarize(records),
    buckets: bucketize(records, '2025-05-01', '2025-05-31', 'week'), workstations: ['Sportello €1', 'Ufficio ✓'], notices: [],
  };
  const bytes = await buildQuotaReportPdf(history, { name: 'Comune di Prova', generated: new Date('2025-06-01T10:00:00Z') });
  const file = join(mkdtempSync(join(tmpdir(), 'quota-pdf-')), 'r.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Dal 01/05/2025 al 31/05/2025');
  expect(text).toContain('Totale: 3 richieste');
  expect(text).toMatch(/E-mail 1, Stampa con delega 2/);
  expect(text).toContain('2025-W18 (01/05/2025 - 04/05/2025): 2'); // the first week clipped to the range
  expect(text).toContain('Ufficio ?'); // a character Helvetica lacks is replaced, not fatal
});
