import type { QuotaDb } from '@/utils/db';
import type { OfficePouch } from './pouch';

export interface PushResult {
  /** Documents the server confirmed having, now gone from the outbox. */
  confirmed: number;
  /** Still waiting in the outbox (the server refused them, or did not answer for them). */
  pending: number;
}

/**
 * Sends the outbox to the office server, safe to stop at any point and to run again:
 * 1. the outbox's documents are copied into the local replica (already there: a harmless
 *    conflict, the same immutable document);
 * 2. one-shot replication pushes what the server lacks (checkpointed, and `_revs_diff` skips
 *    what it has, so nothing is sent twice and nothing can be counted twice: ids are fixed);
 * 3. the server is asked which of the outbox's ids it now holds; only those leave the outbox.
 * A worker stopped between any two steps leaves the outbox as it was: the next push redoes it.
 * Throws when the server cannot be reached (the outbox is untouched).
 */
export async function pushOutbox(db: QuotaDb, local: OfficePouch, remote: OfficePouch): Promise<PushResult> {
  const waiting = await db.getAll('outbox');
  if (waiting.length > 0) await local.bulkDocs(waiting);
  const replication = await local.replicate.to(remote, { batch_size: 200, retry: false });
  if (!replication.ok && replication.doc_write_failures === 0) throw new Error(`replication ${replication.status}`);
  if (waiting.length === 0) return { confirmed: 0, pending: 0 };
  const { rows } = await remote.allDocs({ keys: waiting.map((doc) => doc._id) });
  const held = rows.filter((row) => row.value !== undefined && row.value.deleted !== true).map((row) => row.key);
  const tx = db.transaction('outbox', 'readwrite');
  for (const id of held) void tx.store.delete(id);
  await tx.done;
  return { confirmed: held.length, pending: await db.count('outbox') };
}
