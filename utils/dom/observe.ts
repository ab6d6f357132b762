/**
 * One MutationObserver for the whole content script. Its callback only marks the page dirty;
 * the work runs once per batch, a little later, so a page that re-renders a lot costs one read.
 * `structural` says whether any change of the batch passed `isStructural` (the caller reads
 * the page again only then).
 */
export function observeDom(
  root: Node,
  onChange: (structural: boolean) => void,
  signal: AbortSignal,
  options: { ignore?: (node: Node) => boolean; isStructural?: (record: MutationRecord) => boolean; delayMs?: number } = {},
): void {
  const { ignore = () => false, isStructural = () => true, delayMs = 30 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let structural = false;
  const observer = new MutationObserver((records) => {
    const relevant = records.filter((record) =>
      record.type === 'childList'
        ? [...record.addedNodes, ...record.removedNodes].some((node) => !ignore(node)) && !ignore(record.target)
        : !ignore(record.target),
    );
    if (relevant.length === 0) return;
    structural ||= relevant.some(isStructural);
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      const wasStructural = structural;
      structural = false;
      if (!signal.aborted) onChange(wasStructural);
    }, delayMs);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'disabled', 'type', 'aria-current', 'aria-selected'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/**
 * True for `ours` once a page script took it out of the page: a change an observer that
 * ignores our own nodes must still see.
 */
export function isTakenAway(node: Node, ours: Node | null | undefined): boolean {
  return node === ours && !node.isConnected;
}

/** A change that took `ours` out of the page. */
export function takesAway(record: MutationRecord, ours: Node | null | undefined): boolean {
  return record.type === 'childList' && [...record.removedNodes].some((node) => isTakenAway(node, ours));
}
