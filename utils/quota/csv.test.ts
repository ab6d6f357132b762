import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvToRecords, recordsToCsv } from './csv';
import { dayKey } from './day';
import { CASE_KINDS, CHANNELS, HALVES, SOURCES, UNDO_REASONS, type QuotaRecord } from './schema';

const record = fc
  .record({
    id: fc.uuid({ version: 4 }),
    time: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
    halves: fc.constantFrom(...HALVES),
    channel: fc.constantFrom(...CHANNELS),
    kind: fc.constantFrom(...CASE_KINDS),
    workstation: fc.string({ maxLength: 60 }).map((s) => s.trim()),
    source: fc.constantFrom(...SOURCES),
    practice: fc.boolean(),
    undo: fc.option(fc.tuple(fc.integer({ min: 0, max: 300_000 }), fc.constantFrom(...UNDO_REASONS)), { nil: undefined }),
  })
  .map(({ undo, ...r }): QuotaRecord => ({
    ...r,
    time: r.time - (r.time % 1000) + 123, // whole milliseconds survive the ISO instant
    day: dayKey(r.time),
    ...(undo ? { undoneAt: r.time + undo[0], undoReason: undo[1] } : {}),
  }));

describe('CSV export', () => {
  it('is UTF-8 with a BOM, `;`-separated, CRLF lines, for Italian Excel', () => {
    const csv = recordsToCsv([]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('id;giorno;ora;');
  });

  it('round-trips any records, odd workstation labels included', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const back = csvToRecords(recordsToCsv(records));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        const byTime = (a: QuotaRecord, b: QuotaRecord): number => a.time - b.time;
        expect(back.records.sort(byTime)).toEqual([...records].sort(byTime));
      }),
      { numRuns: 200 },
    );
  });

  it('neutralises a label Excel would run as a formula', () => {
    const [r] = fc.sample(record, { numRuns: 1, seed: 7 });
    const csv = recordsToCsv([{ ...r!, workstation: '=HYPERLINK("x")' }]);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    const back = csvToRecords(csv);
    expect(back.ok && back.records[0]!.workstation).toBe('=HYPERLINK("x")');
  });
});

describe('CSV import errors', () => {
  it('names the missing columns of a file that is not ours', () => {
    const result = csvToRecords('nome,cognome\r\nMario,Rossi\r\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(/meta.*canale|colonne/);
  });

  it('rejects the whole file with the line of each bad row', () => {
    const records = fc.sample(record, { numRuns: 3, seed: 3 });
    const lines = recordsToCsv(records).split('\r\n');
    lines[2] = lines[2]!.replace(/;(both|first|second);/, ';third;');
    const result = csvToRecords(lines.join('\r\n'));
    expect(result).toEqual({ ok: false, errors: [{ line: 3, message: expect.stringContaining('meta') }] });
  });

  it('ignores an extra column (it could hold citizen data): nothing of it is kept', () => {
    const [r] = fc.sample(record, { numRuns: 1, seed: 9 });
    const lines = recordsToCsv([r!]).split('\r\n');
    const withExtra = [`${lines[0]};codice_fiscale`, `${lines[1]};RSSMRA85T10A562S`, ''].join('\r\n');
    const result = csvToRecords(withExtra);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('RSSMRA85T10A562S');
  });

  it('reports an empty file and an unclosed quote', () => {
    expect(csvToRecords('')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(csvToRecords('\uFEFFid;"unclosed\r\n')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
  });
});
