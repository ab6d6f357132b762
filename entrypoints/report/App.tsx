import { useEffect, useState } from 'preact/hooks';
import { OfficeSplit } from '@/components/OfficeSplit';
import { QuotaBreakdown } from '@/components/QuotaBreakdown';
import { QuotaChart } from '@/components/QuotaChart';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { officeTable, officeTableCsv, type OfficeTable } from '@/utils/office/report';
import { addDays, dayKey, italianDate } from '@/utils/quota/day';
import { QuotaHistoryQuery, type PERIODS, type QuotaHistory, type SCOPES } from '@/utils/quota/schema';
import { readSettings } from '@/utils/settings';
import { download } from './download';

type Query = { from: string; to: string; by: (typeof PERIODS)[number]; scope: (typeof SCOPES)[number] };
/** Without an office server: 'none'. With one: the table, 'unavailable', or null while reading. */
type Office = 'none' | OfficeTable | 'unavailable' | null;

/** The split by counter from the office server's view, when one is configured. */
async function loadOffice(q: Query): Promise<Office> {
  const answer = await sendMessage('officeHistory', { from: q.from, to: q.to }).catch(() => null);
  if (answer === null) return 'unavailable';
  if (!answer.configured) return 'none';
  return answer.ok ? officeTable(answer.byDay, q.from, q.to, q.by) : 'unavailable';
}

/**
 * The manager's report: any range by day/week/month, breakdowns, chart, CSV, PDF, merge; with an
 * office server, first the office's split by counter from the server's view.
 */
export function App() {
  const today = dayKey(Date.now());
  const [query, setQuery] = useState<Query>({ from: addDays(today, -29), to: today, by: 'day', scope: 'workstation' });
  const [history, setHistory] = useState<QuotaHistory | null>(null);
  const [office, setOffice] = useState<Office>('none');
  const [problem, setProblem] = useState('');
  const [importLog, setImportLog] = useState<string[]>([]);

  async function load(q: Query = query): Promise<void> {
    if (!QuotaHistoryQuery.safeParse(q).success) return setProblem(t('quotaReportBadRange'));
    try {
      setProblem('');
      setOffice((known) => (known === 'none' ? known : null));
      const [own, split] = await Promise.all([sendMessage('quotaHistory', q), loadOffice(q)]);
      setHistory(own);
      setOffice(split);
    } catch (error) {
      setProblem(t('quotaError', { message: error instanceof Error ? error.message : String(error) }));
    }
  }
  useEffect(() => void load(), []);

  const set = (patch: Partial<Query>): void => setQuery({ ...query, ...patch });

  async function exportCsv(): Promise<void> {
    const { filename, csv } = await sendMessage('exportCsv', { from: query.from, to: query.to, scope: query.scope });
    download(filename, csv, 'text/csv;charset=utf-8');
  }

  function exportOfficeCsv(table: OfficeTable): void {
    download(`sportello-cie-ufficio-${table.from}_${table.to}.csv`, officeTableCsv(table), 'text/csv;charset=utf-8');
  }

  async function exportPdf(): Promise<void> {
    if (!history) return;
    const settings = await readSettings();
    const { buildQuotaReportPdf } = await import('@/utils/quota/report-pdf'); // pdf-lib only when asked
    const name = [settings.comuneName, settings.officeName].filter(Boolean).join(' – ');
    const bytes = await buildQuotaReportPdf(history, { name, generated: new Date() });
    download(`sportello-cie-report-${history.from}_${history.to}.pdf`, bytes, 'application/pdf');
  }

  async function importFiles(files: FileList | null): Promise<void> {
    const log: string[] = [];
    for (const file of Array.from(files ?? [])) {
      const result = await sendMessage('importCsv', { csv: await file.text() });
      if (result.ok) log.push(t('quotaReportImported', { file: file.name, added: result.added, duplicates: result.duplicates }));
      else for (const e of result.errors) log.push(t('quotaReportImportFailed', { file: file.name, line: e.line, message: e.message }));
    }
    setImportLog(log);
    const next = { ...query, scope: 'office' as const };
    setQuery(next);
    await load(next);
  }

  return (
    <main class="report">
      <h1>{t('quotaReportTitle')}</h1>
      <form onSubmit={(e) => (e.preventDefault(), void load())}>
        <label>{t('quotaReportFrom')} <input type="date" value={query.from} onInput={(e) => set({ from: e.currentTarget.value })} data-testid="report-from" /></label>
        <label>{t('quotaReportTo')} <input type="date" value={query.to} onInput={(e) => set({ to: e.currentTarget.value })} data-testid="report-to" /></label>
        <label>
          {t('quotaReportBy')}{' '}
          <select value={query.by} onChange={(e) => set({ by: e.currentTarget.value as Query['by'] })} data-testid="report-by">
            <option value="day">{t('quotaPeriodDay')}</option>
            <option value="week">{t('quotaPeriodWeek')}</option>
            <option value="month">{t('quotaPeriodMonth')}</option>
          </select>
        </label>
        <label>
          {t('quotaReportScope')}{' '}
          <select value={query.scope} onChange={(e) => set({ scope: e.currentTarget.value as Query['scope'] })} data-testid="report-scope">
            <option value="workstation">{t('quotaScopeWorkstation')}</option>
            <option value="office">{t('quotaScopeOffice')}</option>
          </select>
        </label>
        <button type="submit" data-testid="report-show">{t('quotaReportShow')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      <div class="actions">
        <button type="button" onClick={() => void exportCsv()} data-testid="report-csv">{t('quotaReportExportCsv')}</button>
        <button type="button" onClick={() => void exportPdf()} disabled={!history} data-testid="report-pdf">{t('quotaReportPdf')}</button>
        <label>
          {t('quotaReportImport')}{' '}
          <input type="file" accept=".csv,text/csv" multiple onChange={(e) => void importFiles(e.currentTarget.files)} data-testid="report-import" />
        </label>
      </div>
      {importLog.map((entry) => <p key={entry} role="status">{entry}</p>)}
      {office !== 'none' && <OfficeSplit table={office} onExport={office !== null && office !== 'unavailable' ? () => exportOfficeCsv(office) : undefined} />}
      {history && <Results history={history} />}
    </main>
  );
}

function Results({ history }: { history: QuotaHistory }) {
  const unnamed = t('quotaReportUnnamed');
  return (
    <section aria-live="polite">
      <h2 data-testid="report-total">{t('quotaReportTotal', { count: history.total.count })}</h2>
      <p>{t('quotaReportRange', { from: italianDate(history.from), to: italianDate(history.to) })}</p>
      <QuotaBreakdown breakdown={history.total.breakdown} />
      {history.workstations.length > 0 && (
        <p>{t('quotaReportWorkstations', { list: history.workstations.map((w) => w || unnamed).join(', ') })}</p>
      )}
      <p>{t('quotaReportPracticeNote')}</p>
      {history.notices.map((n) => <p key={n} role="note">{n}</p>)}
      <QuotaChart buckets={history.buckets} height={140} />
      <table data-testid="report-table">
        <thead><tr><th scope="col">{t('quotaReportPeriod')}</th><th scope="col">{t('quotaReportCount')}</th></tr></thead>
        <tbody>
          {history.buckets.map((b) => (
            <tr key={b.key}><td>{b.from === b.to ? italianDate(b.from) : `${b.key} (${italianDate(b.from)}–${italianDate(b.to)})`}</td><td>{b.count}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
