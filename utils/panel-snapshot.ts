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

export const PANEL_SNAPSHOTS_KEY = 'panelSnapshots';
/** One per screen shape and language an office meets; the oldest goes first. */
export const MAX_SNAPSHOTS = 8;
