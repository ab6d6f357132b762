import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { closeQuotaDb, openQuotaDb } from '../../utils/db';
import { bucketize, summarize } from '../../utils/quota/aggregate';
import { addDays, dayKey } from '../../utils/quota/day';
import { CASE_KINDS, CHANNELS, HALVES, type QuotaRecord } from '../../utils/quota/schema';
import { addRecord, newRecord, readRange } from '../../utils/quota/store';
import { median, type BenchResult } from './harness';

// The quota against bare idb on the same records, both on fake-indexeddb in Node.

const FROM = '2025-01-01';
const TO = '2025-12-31';
const PER_DAY = 40;

function yearOfRecords(): QuotaRecord[] {
  const records: QuotaRecord[] = [];
  let day = FROM;
  for (let d = 0; d < 365; d++, day = addDays(day, 1)) {
    for (let i = 0; i < PER_DAY; i++) {
      const time = Date.parse(`${day}T07:00:00Z`) + i * 600_000;
      records.push({
        id: crypto.randomUUID(), time, day: dayKey(time), halves: HALVES[i % 3]!, channel: CHANNELS[i % 2]!,
        kind: CASE_KINDS[i % 3]!, workstation: 'Sportello 1', source: 'checklist', practice: false,
      });
    }
  }
  return records;
}

async function time(fn: () => Promise<unknown>, rounds: number): Promise<number> {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

export default async function (): Promise<BenchResult[]> {
  const records = yearOfRecords();
  const db = await openQuotaDb();
  const bare = await openDB('bench-bare', 1, { upgrade: (d) => void d.createObjectStore('requests', { keyPath: 'id' }) });
  const writeAll = async (put: (r: QuotaRecord) => Promise<unknown>): Promise<void> => {
    for (const r of records) await put(r);
  };
  await writeAll((r) => addRecord(db, r));
  await writeAll((r) => bare.put('requests', r));

  // One request: validate, store once (idempotent), then today's figures as the handler returns them.
  const input = { halves: 'both', channel: 'paper', kind: 'holder', source: 'checklist', practice: false } as const;
  const now = Date.parse('2025-12-31T10:00:00Z');
  const recordOne = await time(async () => {
    await addRecord(db, newRecord({ ...input, requestId: crypto.randomUUID() }, now, 'Sportello 1'));
    summarize((await readRange(db, dayKey(now), dayKey(now))).records);
  }, 200);
  const addOne = await time(() => addRecord(db, newRecord({ ...input, requestId: crypto.randomUUID() }, now, 'Sportello 1')), 200);
  const putOne = await time(() => bare.put('requests', { ...records[0]!, id: crypto.randomUUID() }), 200);

  const report = await time(async () => {
    const { records: year } = await readRange(db, FROM, TO);
    summarize(year);
    bucketize(year, FROM, TO, 'day');
    bucketize(year, FROM, TO, 'month');
  }, 7);
  const getAll = await time(() => bare.getAll('requests'), 7);

  bare.close();
  await closeQuotaDb();
  return [
    { name: 'recordRequest (store + today)', value: recordOne, unit: 'ms', peer: 'idb put', peerValue: putOne },
    { name: 'addRecord alone (validate + idempotent add)', value: addOne, unit: 'ms', peer: 'idb put', peerValue: putOne },
    {
      name: 'one-year report (365 x 40, by day and month)',
      value: report,
      unit: 'ms',
      peer: 'idb getAll',
      peerValue: getAll,
      note: `${records.length} records, validated`,
    },
  ];
}
