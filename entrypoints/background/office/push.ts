import type { PouchDocResult } from 'pouchdb-core';
import type { QuotaDb } from '@/utils/db';
import type { OfficeDoc } from '@/utils/office/doc';
import type { OfficePouch } from './pouch';

export interface PushResult {
  /** Documents the server confirmed having, now gone from the outbox (or from the refused). */
  confirmed: number;
  /** Still waiting in the outbox (the server did not answer for them). */
  pending: number;
  /** Kept aside because the server refused them (its validation or its role). */
  refused: number;
}

/**
 * A refused document is offered again this often: the server's validation may have been
 * updated by IT since (a newer extension's document meeting an older design document).
 */
export const REFUSED_RETRY_MS = 60 * 60_000;

/** The server's "no" for one document (403/401 from validate_doc_update or `_security`). */
const isRefusal = (result: unknown): result is PouchDocResult & { id: string; name?: string } => {
  const { id, name, error } = (result ?? {}) as { id?: unknown; name?: unknown; error?: unknown };
  const why = typeof name === 'string' ? name : error;
  return typeof id === 'string' && (why === 'forbidden' || why === 'unauthorized');
};

/**
 * Sends the outbox to the office server, safe to stop at any point and to run again:
 * 1. the outbox's documents are copied into the local replica (already there: a harmless
 *    conflict, the same immutable document);
 * 2. one-shot replication pushes what the server lacks (checkpointed, and `_revs_diff` skips
 *    what it has, so nothing is sent twice and nothing can be counted twice: ids are fixed);
 *    refused documents whose hour has come are offered again directly (replication's
 *    checkpoint is already past them);
 * 3. the server is asked which of those ids it now holds; only those leave the outbox (or the
 *    refused). What the server refused moves from the outbox to the refused, in one transaction.
 * A worker stopped between any two steps leaves the outbox as it was: the next push redoes it.
 * Throws when the server cannot be reached (the outbox is untouched).
 */
export async function pushOutbox(db: QuotaDb, local: OfficePouch, remote: OfficePouch, now = Date.now()): Promise<PushResult> {
  const waiting = await db.getAll('outbox');
  if (waiting.length > 0) await local.bulkDocs(waiting);
  const replication = await local.replicate.to(remote, { batch_size: 200, retry: false });
  if (!replication.ok && replication.doc_write_failures === 0) throw new Error(`replication ${replication.status}`);
  const due = (await db.getAll('refused')).filter((entry) => now - entry.at >= REFUSED_RETRY_MS).map((entry) => entry.doc);
  const retried = due.length > 0 ? await remote.bulkDocs(due) : [];
  const offered: OfficeDoc[] = [...waiting, ...due];
  if (offered.length === 0) return { confirmed: 0, pending: 0, refused: await db.count('refused') };

  const { rows } = await remote.allDocs({ keys: offered.map((doc) => doc._id) });
  const held = new Set(rows.filter((row) => row.value !== undefined && row.value.deleted !== true).map((row) => row.key));
  const refusals = new Map([...replication.errors, ...retried].filter(isRefusal).map((result) => [result.id, String(result.reason ?? result.name ?? 'forbidden').slice(0, 300)]));
  const tx = db.transaction(['outbox', 'refused'], 'readwrite');
  for (const doc of offered) {
    const reason = refusals.get(doc._id);
    if (held.has(doc._id)) {
      void tx.objectStore('outbox').delete(doc._id);
      void tx.objectStore('refused').delete(doc._id);
    } else if (reason !== undefined) {
      void tx.objectStore('outbox').delete(doc._id);
      void tx.objectStore('refused').put({ id: doc._id, doc, at: now, reason });
    }
  }
  await tx.done;
  return { confirmed: held.size, pending: await db.count('outbox'), refused: await db.count('refused') };
}
