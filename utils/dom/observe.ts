/**
 * One MutationObserver for the whole content script. Its callback only marks the page dirty;
 * the work runs once per batch, a little later, so a page that re-renders a lot costs one read.
 */
export function observeDom(
  root: Node,
  onChange: () => void,
  signal: AbortSignal,
  options: { ignore?: (node: Node) => boolean; delayMs?: number } = {},
): void {
  const { ignore = () => false, delayMs = 30 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const relevant = records.some((record) =>
      record.type === 'attributes'
        ? !ignore(record.target)
        : [...record.addedNodes, ...record.removedNodes].some((node) => !ignore(node)) && !ignore(record.target),
    );
    if (!relevant || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, delayMs);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'disabled', 'type'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
