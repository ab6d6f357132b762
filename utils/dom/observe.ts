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
  options: {
    ignore?: (node: Node) => boolean;
    isStructural?: (record: MutationRecord) => boolean;
    /**
     * Our node among the ignored ones (the panel's host): a page script taking it out of the
     * page is still seen, as a structural change.
     */
    ours?: () => Node | null | undefined;
    delayMs?: number;
  } = {},
): void {
  const { ignore: ignoreOurs = () => false, isStructural = () => true, ours = () => null, delayMs = 30 } = options;
  const ignore = (node: Node): boolean => !isTakenAway(node, ours()) && ignoreOurs(node);
  const takesOursAway = (record: MutationRecord): boolean => record.type === 'childList' && [...record.removedNodes].some((node) => isTakenAway(node, ours()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let structural = false;
  const observer = new MutationObserver((records) => {
    const relevant = records.filter((record) =>
      record.type === 'childList'
        ? [...record.addedNodes, ...record.removedNodes].some((node) => !ignore(node)) && !ignore(record.target)
        : !ignore(record.target),
    );
    if (relevant.length === 0) return;
    structural ||= relevant.some((record) => isStructural(record) || takesOursAway(record));
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

/** True for `ours` once a page script took it out of the page. */
function isTakenAway(node: Node, ours: Node | null | undefined): boolean {
  return node === ours && !node.isConnected;
}
