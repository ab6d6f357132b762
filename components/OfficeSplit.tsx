import { t } from '@/utils/i18n';
import type { OfficeTable } from '@/utils/office/report';
import { italianDate } from '@/utils/quota/day';
import { QuotaChart } from './QuotaChart';

type Props = {
  /** The table from the office view, `unavailable` when the server did not answer, null while reading. */
  table: OfficeTable | 'unavailable' | null;
  /** Exports the table as CSV (the page downloads it). */
  onExport?: () => void;
};

const periodName = (row: { key: string; from: string; to: string }): string =>
  row.from === row.to ? italianDate(row.from) : `${row.key} (${italianDate(row.from)}–${italianDate(row.to)})`;

type RowProps = { period: string; name: string; office: number; byCounter: Record<string, number>; counters: string[] };

/** One line of the table: a period (or the total), the office's count, then each counter's. */
function CountRow({ period, name, office, byCounter, counters }: RowProps) {
  return (
    <tr data-period={period}>
      <th scope="row">{name}</th>
      <td data-counter="">{office}</td>
      {counters.map((c) => (
        <td key={c} data-counter={c}>
          {byCounter[c] ?? 0}
        </td>
      ))}
    </tr>
  );
}

/**
 * The manager's report with an office server: the office total per period and one column per
 * counter, from the server's view (replaces merging CSV exports by hand).
 */
export function OfficeSplit({ table, onExport }: Props) {
  return (
    <section class="office-split" aria-labelledby="office-split-title" data-testid="office-report" aria-busy={table === null ? 'true' : undefined}>
      <h2 id="office-split-title">{t('officeReportTitle')}</h2>
      {table === null && <p>{t('officeReportLoading')}</p>}
      {table === 'unavailable' && (
        <p role="alert" data-testid="office-report-unavailable">
          {t('officeReportUnavailable')}
        </p>
      )}
      {table !== null && table !== 'unavailable' && (
        <>
          <p data-testid="office-report-total">{t('officeReportSummary', { count: table.total, counters: table.counters.length })}</p>
          <p>{t('officeReportNote')}</p>
          {onExport && (
            <button type="button" onClick={onExport} data-testid="office-report-csv">
              {t('officeReportCsv')}
            </button>
          )}
          <QuotaChart buckets={table.rows} height={100} />
          <div class="office-split__scroll">
            <table data-testid="office-report-table">
              <thead>
                <tr>
                  <th scope="col">{t('officeReportDay')}</th>
                  <th scope="col">{t('officeReportOffice')}</th>
                  {table.counters.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <CountRow key={row.key} period={row.key} name={periodName(row)} office={row.count} byCounter={row.byCounter} counters={table.counters} />
                ))}
              </tbody>
              <tfoot>
                <CountRow period="total" name={t('officeReportTotal')} office={table.total} byCounter={table.totals} counters={table.counters} />
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
