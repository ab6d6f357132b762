import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { t } from '../i18n';
import { breakdownRows } from './report-rows';
import { italianDate } from './day';
import type { QuotaHistory } from './schema';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;

/** Helvetica (WinAnsi) cannot draw every character: replace what it cannot encode. */
function safe(font: PDFFont, text: string): string {
  return [...text].map((ch) => { try { font.encodeText(ch); return ch; } catch { return '?'; } }).join('');
}

/**
 * The manager's printable report of a `QuotaHistory`: title, office, range, total, breakdown,
 * a bar chart and the table of periods. Plain pdf-lib with a standard font. Never throws on data.
 */
export async function buildQuotaReportPdf(history: QuotaHistory, office: { name: string; generated: Date }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  pdf.setTitle(t('quotaReportTitle'));
  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const line = (text: string, size = 11, f: PDFFont = font): void => {
    if (y < MARGIN + size) {
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
    }
    page.drawText(safe(f, text), { x: MARGIN, y, size, font: f });
    y -= size + 6;
  };
  line(t('quotaReportTitle'), 18, bold);
  if (office.name) line(office.name, 12);
  line(t('quotaReportRange', { from: italianDate(history.from), to: italianDate(history.to) }));
  line(t('quotaReportGenerated', { date: office.generated.toLocaleDateString('it-IT') }), 9);
  y -= 6;
  line(t('quotaReportTotal', { count: history.total.count }), 14, bold);
  for (const row of breakdownRows(history.total.breakdown)) line(row, 10);
  if (history.workstations.length > 0) line(t('quotaReportWorkstations', { list: history.workstations.join(', ') }), 10);
  line(t('quotaReportPracticeNote'), 8);
  y -= 8;
  y = drawChart(page, history, y);
  line(`${t('quotaReportPeriod')} - ${t('quotaReportCount')}`, 11, bold);
  for (const b of history.buckets) {
    const period = b.from === b.to ? italianDate(b.from) : `${b.key} (${italianDate(b.from)} - ${italianDate(b.to)})`;
    line(`${period}: ${b.count}`, 10);
  }
  return pdf.save();
}

function drawChart(page: PDFPage, history: QuotaHistory, top: number): number {
  const height = 120;
  const width = A4[0] - 2 * MARGIN;
  const n = Math.max(history.buckets.length, 1);
  const max = Math.max(1, ...history.buckets.map((b) => b.count));
  const step = width / n;
  history.buckets.forEach((b, i) => {
    const h = (b.count / max) * height;
    if (h > 0) page.drawRectangle({ x: MARGIN + i * step, y: top - height, width: Math.max(step * 0.8, 0.5), height: h, color: rgb(0, 0.35, 0.7) });
  });
  page.drawLine({ start: { x: MARGIN, y: top - height }, end: { x: MARGIN + width, y: top - height }, thickness: 0.5 });
  return top - height - 20;
}
