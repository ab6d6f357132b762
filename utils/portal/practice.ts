/**
 * Is this the demo portal (practice) rather than the Ministry's? Requests completed there are
 * counted apart (`practice: true`) and never reach the office's figures. The demo portal may be
 * served under the real host name in tests, so the page's own marker decides, not only the URL.
 */

/** `<meta name="sportello-cie-demo">`: the marker the demo portal's pages carry. */
export const PRACTICE_META_NAME = 'sportello-cie-demo';
/** The demo portal's footer says so in words, on every page. */
export const PRACTICE_FOOTER_TEXT = /portale\s+dimostrativo\s+di\s+sportello\s+cie/i;

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$|\.(localhost|test|example|invalid)$/i;

/**
 * True for origins that can only be a practice copy: this machine and the reserved test
 * domains. Anything else (including *.interno.it) needs the page's marker. Never throws.
 */
export function isPracticeOrigin(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'file:') return true;
    return (protocol === 'https:' || protocol === 'http:') && LOCAL_HOSTS.test(hostname);
  } catch {
    return false;
  }
}

/** True when the page declares itself the demo portal: the meta tag, or the footer's words. */
export function isPracticePage(root: Document): boolean {
  if (root.querySelector(`meta[name="${PRACTICE_META_NAME}"]`)) return true;
  const footers = root.querySelectorAll('footer, [role="contentinfo"]');
  return [...footers].some((footer) => PRACTICE_FOOTER_TEXT.test(footer.textContent ?? ''));
}

/** The flag for `recordRequest`: practice when either the origin or the page says so. */
export function isPracticeContext(url: string, root: Document): boolean {
  return isPracticeOrigin(url) || isPracticePage(root);
}
