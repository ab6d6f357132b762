import { z } from 'zod';
import { MAX_SNAPSHOT_TEXT, MAX_SNAPSHOTS, type PanelSnapshot, type SnapshotNode, type StoredPanelSnapshot } from './panel-snapshot';

// Bounds no panel of ours comes near: a larger tree is not a panel's first paint.
const MAX_DEPTH = 24;
const MAX_NODES = 4000;

const Node: z.ZodType<SnapshotNode> = z.lazy(() =>
  z.union([z.string().max(2000), z.tuple([z.string().regex(/^[a-z][a-z0-9]*$/), z.array(z.tuple([z.string().max(64), z.string().max(2000)])).max(32), z.array(Node).max(400)])]),
);

export const PanelSnapshotSchema = z
  .strictObject({
    key: z.string().min(1).max(1000),
    answer: z.string().regex(/^[0-9a-f]{24}$/),
    tree: z.array(Node).max(400),
  })
  .refine((snapshot) => withinBounds(snapshot.tree), 'snapshot too large');

function withinBounds(tree: readonly SnapshotNode[]): boolean {
  let nodes = 0;
  const walk = (list: readonly SnapshotNode[], depth: number): boolean =>
    depth <= MAX_DEPTH && list.every((node) => ++nodes <= MAX_NODES && (typeof node === 'string' || walk(node[2], depth + 1)));
  return walk(tree, 0);
}

/** A kept entry whose text is a snapshot the schema accepts. */
const StoredPanelSnapshotSchema = z
  .strictObject({ key: z.string(), answer: z.string(), tree: z.string().max(MAX_SNAPSHOT_TEXT) })
  .refine((stored) => PanelSnapshotSchema.safeParse({ ...stored, tree: parsedJson(stored.tree) }).success, 'not a panel snapshot');

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The stored list with `snapshot` first (unless its text is too long), replacing any of its key,
 * at most MAX_SNAPSHOTS (malformed entries dropped; the rest not even read).
 */
export function withSnapshot(stored: unknown, snapshot: PanelSnapshot): StoredPanelSnapshot[] {
  const text = JSON.stringify(snapshot.tree);
  const kept: StoredPanelSnapshot[] = text.length <= MAX_SNAPSHOT_TEXT ? [{ ...snapshot, tree: text }] : [];
  for (const entry of Array.isArray(stored) ? (stored as unknown[]) : []) {
    if (kept.length >= MAX_SNAPSHOTS) break;
    const parsed = StoredPanelSnapshotSchema.safeParse(entry);
    if (parsed.success && parsed.data.key !== snapshot.key) kept.push(parsed.data);
  }
  return kept;
}
