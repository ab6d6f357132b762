import { t } from '../i18n';
import { BOM, csvLine, parseCsvRows, uncell } from './csv-format';
import { dayKey, romeClock } from './day';
import { QuotaRecord } from './schema';

/** CSV columns, in order, and the record field each one holds (`null`: for people only). */
const COLUMNS = [
  ['id', 'id'],
  ['giorno', null],
  ['ora', null],
  ['istante_utc', 'time'],
  ['meta', 'halves'],
  ['canale', 'channel'],
  ['caso', 'kind'],
  ['postazione', 'workstation'],
  ['fonte', 'source'],
  ['prova', 'practice'],
  ['annullata_utc', 'undoneAt'],
  ['motivo_annullamento', 'undoReason'],
] as const;

const MAX_ERRORS = 20;

function cellsOf(r: QuotaRecord): string[] {
  return [
    r.id,
    r.day,
    romeClock(r.time),
    new Date(r.time).toISOString(),
    r.halves,
    r.channel,
    r.kind,
    r.workstation,
    r.source,
    r.practice ? 'si' : 'no',
    r.undoneAt === undefined ? '' : new Date(r.undoneAt).toISOString(),
    r.undoReason ?? '',
  ];
}

/** The records as CSV for Italian Excel (UTF-8 with BOM, `;`, CRLF), oldest first. */
export function recordsToCsv(records: QuotaRecord[]): string {
  const sorted = [...records].sort((a, b) => a.time - b.time);
  const lines = [csvLine(COLUMNS.map(([name]) => name)), ...sorted.map((r) => csvLine(cellsOf(r)))];
  return BOM + lines.join('\r\n') + '\r\n';
}

function instant(value: string): number | string {
  if (value === '') return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(value) ? value : ms;
}

function fieldsOf(cells: Map<string, string>): Record<string, unknown> {
  const undone = cells.get('annullata_utc') ?? '';
  const time = instant(cells.get('istante_utc') ?? '');
  const practice = cells.get('prova');
  return {
    id: cells.get('id'),
    time,
    day: typeof time === 'number' ? dayKey(time) : '',
    halves: cells.get('meta'),
    channel: cells.get('canale'),
    kind: cells.get('caso'),
    workstation: cells.get('postazione'),
    source: cells.get('fonte'),
    practice: practice === 'si' ? true : practice === 'no' ? false : practice,
    ...(undone === '' ? {} : { undoneAt: instant(undone) }),
    ...(cells.get('motivo_annullamento') ? { undoReason: cells.get('motivo_annullamento') } : {}),
  };
}

const columnOf = (field: PropertyKey | undefined): string =>
  COLUMNS.find(([, f]) => f === field)?.[0] ?? String(field ?? '?');

/**
 * Reads a CSV made by `recordsToCsv` (from any workstation). Every row is validated; one bad
 * row rejects the whole file with line numbers, so an office view is never half merged.
 */
export function csvToRecords(text: string): { ok: true; records: QuotaRecord[] } | { ok: false; errors: { line: number; message: string }[] } {
  const parsed = parseCsvRows(text);
  if ('error' in parsed) return { ok: false, errors: [{ line: parsed.line, message: t('quotaCsvUnterminated') }] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, errors: [{ line: 1, message: t('quotaCsvEmpty') }] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = COLUMNS.filter(([name, field]) => field !== null && !names.includes(name)).map(([n]) => n);
  if (missing.length > 0) {
    return { ok: false, errors: [{ line: header.line, message: t('quotaCsvMissingColumns', { columns: missing.join(', ') }) }] };
  }
  const records: QuotaRecord[] = [];
  const errors: { line: number; message: string }[] = [];
  for (const row of rows) {
    const cells = new Map(names.map((name, i) => [name, uncell(row.cells[i] ?? '')] as const));
    const result = QuotaRecord.safeParse(fieldsOf(cells));
    if (result.success) records.push(result.data);
    else if (errors.length < MAX_ERRORS) {
      const issue = result.error.issues[0];
      const column = columnOf(issue?.path[0] === 'day' ? 'time' : issue?.path[0]);
      errors.push({ line: row.line, message: t('quotaCsvBadValue', { column, value: cells.get(column) ?? '' }) });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records };
}
