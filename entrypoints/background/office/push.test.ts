import PouchDB from 'pouchdb-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeQuotaDb, openQuotaDb } from '@/utils/db';
import { requestDoc, type OfficeDoc } from '@/utils/office/doc';
import { addRecord, newRecord, undoLast } from '@/utils/quota/store';
import { freshIndexedDb } from '@/test/unit/quota-harness';
import type { PouchDocResult } from 'pouchdb-core';
import { localOfficeDb, type OfficePouch } from './pouch';
import { pushOutbox, REFUSED_RETRY_MS } from './push';

// The outbox and the push, for real: PouchDB's indexeddb adapter on fake-indexeddb, one
// replication between two databases (the "server" is a second PouchDB: same protocol calls).

const input = { halves: 'both', channel: 'paper', kind: 'holder', source: 'checklist', practice: false } as const;
const now = Date.parse('2026-03-02T09:00:00Z');
let seq = 0;

async function count(ws = 'sportello-1'): Promise<OfficeDoc> {
  const db = await openQuotaDb();
  const record = newRecord({ ...input, requestId: crypto.randomUUID() }, now + seq++ * 1000, 'Sportello 1');
  const doc = requestDoc(ws, record);
  expect(await addRecord(db, record, doc)).toBe(true);
  return doc;
}

/**
 * The server with a validate_doc_update of its own: documents of another workstation get the
 * answer CouchDB gives (403 forbidden, the function's reason), in replication and direct writes.
 */
function refusingOther(server: OfficePouch, rules: { refuse: boolean; directWrites: number }): OfficePouch {
  const real = server as unknown as { bulkDocs(body: unknown, options?: unknown): Promise<PouchDocResult[]> };
  return new Proxy(server, {
    get(target, property, receiver) {
      if (property !== 'bulkDocs') return Reflect.get(target, property, receiver) as unknown;
      return async (body: OfficeDoc[] | { docs: OfficeDoc[]; new_edits?: boolean }, options?: unknown) => {
        const docs = Array.isArray(body) ? body : body.docs;
        if (Array.isArray(body)) rules.directWrites++;
        const refused = (doc: OfficeDoc) => rules.refuse && doc.workstation !== 'sportello-1';
        const taken = docs.filter((doc) => !refused(doc));
        const written = taken.length > 0 ? await real.bulkDocs(Array.isArray(body) ? taken : { ...body, docs: taken }, options) : [];
        const denied = docs.filter(refused).map((doc) => ({ id: doc._id, error: 'forbidden', name: 'forbidden', status: 403, reason: 'workstation must be the user' }));
        return [...written, ...denied];
      };
    },
  });
}

async function serverIds(server: OfficePouch): Promise<string[]> {
  const { rows } = await (server as unknown as { allDocs(): Promise<{ rows: { id: string }[] }> }).allDocs();
  return rows.map((row) => row.id).filter((id) => !id.startsWith('_'));
}

describe('the office outbox', () => {
  let local: OfficePouch;
  let server: OfficePouch;
  beforeEach(async () => {
    await closeQuotaDb();
    freshIndexedDb();
    local = localOfficeDb(`local-${seq}`);
    server = new PouchDB<OfficeDoc>(`server-${seq++}`, { adapter: 'indexeddb' });
  });

  it('gets the office document in the same transaction as the request, and only once per request', async () => {
    const doc = await count();
    const db = await openQuotaDb();
    expect(await db.getAll('outbox')).toEqual([doc]);
    // The same request again (second signal): neither stored nor queued twice.
    const again = newRecord({ ...input, requestId: doc._id.split(':')[2]! }, doc.time, 'Sportello 1');
    expect(await addRecord(db, again, requestDoc('sportello-1', again))).toBe(false);
    expect(await db.count('outbox')).toBe(1);
    // Without an office server nothing is queued.
    expect(await addRecord(db, newRecord({ ...input, requestId: crypto.randomUUID() }, now, 'Sportello 1'))).toBe(true);
    expect(await db.count('outbox')).toBe(1);
  });

  it('is emptied only of what the server confirms having', async () => {
    const docs = [await count(), await count(), await count()];
    const result = await pushOutbox(await openQuotaDb(), local, server);
    expect(result).toEqual({ confirmed: 3, pending: 0, refused: 0 });
    expect((await serverIds(server)).sort()).toEqual(docs.map((d) => d._id).sort());
    expect(await (await openQuotaDb()).count('outbox')).toBe(0);
  });

  it('keeps everything when the server cannot be reached, and sends it all once later', async () => {
    await count();
    await count();
    const unreachable = {
      ...server,
      allDocs: () => Promise.reject(new Error('offline')),
      bulkDocs: () => Promise.reject(new Error('offline')),
    } as unknown as OfficePouch;
    const failing = { ...local, replicate: { to: () => Promise.reject(new Error('offline')) } } as unknown as OfficePouch;
    await expect(pushOutbox(await openQuotaDb(), failing, unreachable)).rejects.toThrow('offline');
    expect(await (await openQuotaDb()).count('outbox')).toBe(2);
    expect(await pushOutbox(await openQuotaDb(), local, server)).toEqual({ confirmed: 2, pending: 0, refused: 0 });
    expect(await serverIds(server)).toHaveLength(2);
  });

  it('survives a push cut short after any step: run again, nothing lost, nothing doubled', async () => {
    const docs = [await count(), await count()];
    const db = await openQuotaDb();
    // Cut after step 1 (copied into the local replica, never replicated).
    await local.bulkDocs(await db.getAll('outbox'));
    // Cut after step 2 (replicated, outbox not cleared).
    await local.replicate.to(server);
    const third = await count();
    expect(await db.count('outbox')).toBe(3);
    expect(await pushOutbox(db, local, server)).toEqual({ confirmed: 3, pending: 0, refused: 0 });
    expect((await serverIds(server)).sort()).toEqual([...docs, third].map((d) => d._id).sort());
    // And once more with nothing waiting: nothing changes.
    expect(await pushOutbox(db, local, server)).toEqual({ confirmed: 0, pending: 0, refused: 0 });
    expect(await serverIds(server)).toHaveLength(3);
  });

  it('queues an undo as a new document in the undo transaction', async () => {
    const doc = await count();
    const db = await openQuotaDb();
    await pushOutbox(db, local, server);
    const result = await undoLast(db, now + 120_000, 'mistake', (record) => ({ _id: `${doc._id}:undo`, type: 'undo', time: now + 120_000, day: record.day, workstation: 'sportello-1' }));
    expect(result.undone).toBe(true);
    expect((await db.getAll('outbox')).map((d) => d._id)).toEqual([`${doc._id}:undo`]);
    await pushOutbox(db, local, server);
    expect((await serverIds(server)).sort()).toEqual([doc._id, `${doc._id}:undo`].sort());
  });

  it('sets aside what the server refuses (no longer "waiting"), offers it again hourly, and keeps it until taken', async () => {
    const mine = [await count(), await count()];
    const other = await count('other-counter');
    const db = await openQuotaDb();
    const rules = { refuse: true, directWrites: 0 };
    const refusing = refusingOther(server, rules);
    expect(await pushOutbox(db, local, refusing, now)).toEqual({ confirmed: 2, pending: 0, refused: 1 });
    expect(await db.count('outbox')).toBe(0);
    const [kept] = await db.getAll('refused');
    expect(kept).toEqual({ id: other._id, doc: other, at: now, reason: 'workstation must be the user' });
    // Within the hour it is not offered again: no write, nothing changes.
    expect(await pushOutbox(db, local, refusing, now + REFUSED_RETRY_MS - 1)).toEqual({ confirmed: 0, pending: 0, refused: 1 });
    expect(rules.directWrites).toBe(0);
    // Still refused an hour later: kept, with the new time.
    expect(await pushOutbox(db, local, refusing, now + REFUSED_RETRY_MS)).toEqual({ confirmed: 0, pending: 0, refused: 1 });
    expect(rules.directWrites).toBe(1);
    expect((await db.get('refused', other._id))?.at).toBe(now + REFUSED_RETRY_MS);
    // IT fixed the server: the next offer is taken, and it leaves the refused.
    rules.refuse = false;
    expect(await pushOutbox(db, local, refusing, now + 2 * REFUSED_RETRY_MS)).toEqual({ confirmed: 1, pending: 0, refused: 0 });
    expect((await serverIds(server)).sort()).toEqual([...mine, other].map((d) => d._id).sort());
  });
});
