/**
 * The panel's first paint, kept so the next page draws it before the panel's code is loaded
 * (entrypoints/reissue.content/snapshot.ts). It holds what the panel showed on a page with
 * nothing of a citizen on it: headings, buttons, the day's counts. Stored in storage.local by
 * the background only, after checking it (panel-snapshot-schema.ts).
 */

/** Text, or an element: [tag, attributes, children]. */
export type SnapshotNode = string | [string, [string, string][], SnapshotNode[]];

export interface PanelSnapshot {
  /** Language, place, portal host and the screen's shape (snapshotKey). */
  key: string;
  /** Digest of the start answer it was drawn with. */
  answer: string;
  tree: SnapshotNode[];
}

/**
 * As kept in storage: the tree as JSON text. Every page's first part reads all the kept copies
 * (it learns which one is its own only once the page is parsed): as text each is one string to
 * hand over, not hundreds of small arrays, and only its own is parsed.
 */
export type StoredPanelSnapshot = Omit<PanelSnapshot, 'tree'> & { tree: string };

/** Far above any panel of ours (10.5 kB of text on the demo's reprint page): a longer text is neither kept nor parsed. */
export const MAX_SNAPSHOT_TEXT = 200_000;

export const PANEL_SNAPSHOTS_KEY = 'panelSnapshots';
/** One per screen shape and language an office meets; the oldest goes first. */
export const MAX_SNAPSHOTS = 8;
