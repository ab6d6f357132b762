import './extension-env';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { syncOffice } from '../../entrypoints/background/office/service';
import { readDayCounts } from '../../entrypoints/background/office/view';
import * as quota from '../../entrypoints/background/quota-service';
import { closeQuotaDb, openQuotaDb } from '../../utils/db';
import type { OfficeServer } from '../../utils/office/config';
import { addDays } from '../../utils/quota/day';
import { saveSettings } from '../../utils/settings';
import { DATABASE } from '../office-server/server';
import { median, type BenchResult } from './harness';
import { COUNTERS, DAYS, FIRST_DAY, PER_DAY, seededOfficeServer, WORKSTATIONS } from './office-seed';

// The office count (issue #19) on a real pouchdb-server on 127.0.0.1, set up by the IT setup
// script and holding a year of an office's data (office-seed.ts). The extension's side runs
// its own code in Node: idb and PouchDB's indexeddb adapter on fake-indexeddb, settings in the
// fake browser's storage, requests through the guarded door with Node's fetch.

const TARGET_RECORD_RATIO = 2;
const TARGET_VIEW_MS = 50;
const ROUNDS = 5;
const PER_ROUND = 20;
const PAUSE_MS = 25;
const VIEW_ROUNDS = 21;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
const input = () => ({ requestId: crypto.randomUUID(), halves: 'both', channel: 'paper', kind: 'holder', source: 'checklist', practice: false }) as const;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

type Rows = { rows?: { key: unknown; value: number }[] };

/**
 * (a) What the caller of recordRequest waits for, with the office server configured (the office
 * document joins the request's idb transaction) and without one. Counts at a counter come
 * minutes apart, so each timed count starts after the same short pause, the two sides taking
 * turns: timed back to back, the side without a server ran hot while each count with one
 * followed a sync, and the ratio (3.9x) measured that, not the count (both sides measured alike
 * give about 1x). Each side counts on days of its own so both read a day of the same size. The
 * sync the handler starts after its answer runs after each count with a server, timed apart;
 * that every document reached the server is checked.
 */
async function recording(office: OfficeServer, viewCount: (day: string) => Promise<number>): Promise<BenchResult[]> {
  const withServer: number[] = [];
  const without: number[] = [];
  const syncs: number[] = [];
  const daysWith: string[] = [];
  const count = async (server: OfficeServer | undefined, day: string, i: number): Promise<{ now: number; waited: number }> => {
    await saveSettings({ workstationLabel: 'Sportello 1', officeServer: server });
    await pause(PAUSE_MS);
    const now = Date.parse(`${day}T08:00:00Z`) + i * 60_000;
    return { now, waited: await timed(() => quota.recordRequest(input(), now)) };
  };
  // Round 0 warms up (opening idb, the local replica, the first checkpoint) and is not kept.
  for (let round = 0; round <= ROUNDS; round++) {
    const dayWith = addDays('2026-02-02', 2 * round);
    for (let i = 0; i < PER_ROUND; i++) {
      const { now, waited } = await count(office, dayWith, i);
      const synced = await timed(() => syncOffice(() => now));
      const alone = await count(undefined, addDays(dayWith, 1), i);
      if (round > 0) {
        withServer.push(waited);
        syncs.push(synced);
        without.push(alone.waited);
      }
    }
    daysWith.push(dayWith);
  }
  const pending = await (await openQuotaDb()).count('outbox');
  const onServer = (await Promise.all(daysWith.map(viewCount))).reduce((a, b) => a + b, 0);
  if (pending !== 0 || onServer !== daysWith.length * PER_ROUND) throw new Error(`office push: ${pending} pending, ${onServer} on the server`);
  const waitedWith = median(withServer);
  const waitedWithout = median(without);
  return [
    {
      name: 'recordRequest, office server configured (what the caller waits for)',
      value: waitedWith,
      unit: 'ms',
      peer: 'recordRequest, no server',
      peerValue: waitedWithout,
      note: `${withServer.length} counts a side, taking turns, each after a ${PAUSE_MS} ms pause; target < ${TARGET_RECORD_RATIO}x ${met(waitedWith / waitedWithout < TARGET_RECORD_RATIO)}`,
    },
    {
      name: 'office sync after a count (push, today\'s view, limit; after the answer, not awaited)',
      value: median(syncs),
      unit: 'ms',
      peer: 'recordRequest, no server',
      peerValue: waitedWithout,
      note: `information; ${onServer} documents reached the server, outbox empty`,
    },
  ];
}

/** (b) The office's day read from the view on a year of data, against one bare read on the same server. */
async function viewReads(office: OfficeServer, get: (path: string) => Promise<unknown>, firstRead: number): Promise<BenchResult[]> {
  const day = addDays(FIRST_DAY, 180);
  const range = `startkey=${encodeURIComponent(JSON.stringify([day]))}&endkey=${encodeURIComponent(JSON.stringify([day, {}]))}`;
  const reads = {
    peer: () => get('_all_docs?limit=1'),
    total: () => get(`_design/office/_view/requests?group_level=1&${range}`),
    split: () => get(`_design/office/_view/requests?group_level=2&${range}`),
    popup: () => readDayCounts(office, day, day),
  };
  const samples = { peer: [] as number[], total: [] as number[], split: [] as number[], popup: [] as number[] };
  // Interleaved, so the peer and the reads share the machine's moments; round 0 is a warm-up.
  for (let round = 0; round <= VIEW_ROUNDS; round++) {
    for (const key of Object.keys(reads) as (keyof typeof reads)[]) {
      const ms = await timed(reads[key]);
      if (round > 0) samples[key].push(ms);
    }
  }
  const total = ((await reads.total()) as Rows).rows?.[0]?.value;
  const split = ((await reads.split()) as Rows).rows ?? [];
  const popup = Object.values((await reads.popup()).byDay[day] ?? {});
  const expected = COUNTERS * PER_DAY;
  if (total !== expected || split.length !== COUNTERS || popup.reduce((a, b) => a + b, 0) !== expected) throw new Error(`office view: ${total}, ${split.length} rows`);
  const peer = median(samples.peer);
  const docs = `${COUNTERS * PER_DAY * DAYS} documents`;
  const line = (name: string, key: 'total' | 'split' | 'popup', note: string): BenchResult => {
    const value = median(samples[key]);
    return { name, value, unit: 'ms', peer: 'GET _all_docs?limit=1', peerValue: peer, note: `${note}; target < ${TARGET_VIEW_MS} ms ${met(value < TARGET_VIEW_MS)}` };
  };
  return [
    line('office total for a day (view, group_level=1)', 'total', `${docs}, ${expected} that day; first read after the server started ${firstRead.toFixed(0)} ms`),
    line('split by counter for a day (group_level=2)', 'split', `${COUNTERS} rows`),
    line("what the extension reads (readDayCounts: both views, level 2, guarded fetch)", 'popup', 'requests and undone views in parallel'),
  ];
}

export default async function (): Promise<BenchResult[]> {
  globalThis.indexedDB = new IDBFactory();
  const seeded = await seededOfficeServer();
  if (seeded.seeded) {
    const { docs, docsMs, viewsMs } = seeded.seeded;
    console.error(`  seeded ${docs} documents: _bulk_docs ${(docsMs / 1000).toFixed(0)} s, views ${(viewsMs / 1000).toFixed(0)} s`);
  }
  try {
    const { server } = seeded;
    const { name: username, password } = WORKSTATIONS[0]!;
    const office: OfficeServer = { url: server.url, database: DATABASE, username, password };
    const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    const get = async (path: string): Promise<unknown> => (await fetch(`${server.url}/${DATABASE}/${path}`, { headers: { Authorization: auth } })).json();
    const viewCount = async (day: string): Promise<number> => {
      const rows = (await get(`_design/office/_view/requests?group_level=1&startkey=${encodeURIComponent(JSON.stringify([day]))}&endkey=${encodeURIComponent(JSON.stringify([day, {}]))}`)) as Rows;
      return rows.rows?.[0]?.value ?? 0;
    };
    const firstRead = await timed(() => viewCount(FIRST_DAY));
    await saveSettings({ officeServer: office });
    const views = await viewReads(office, get, firstRead);
    return [...(await recording(office, viewCount)), ...views];
  } finally {
    await closeQuotaDb();
    globalThis.indexedDB = new IDBFactory(); // the next bench starts from an empty IndexedDB
    await seeded.close();
  }
}
