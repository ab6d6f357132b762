/**
 * Is this a practice session rather than real work? Requests completed there are counted apart
 * (`practice: true`) and never reach the office's figures. Practice is what a trainer starts
 * (the demo portal's "Casi di esercitazione", whose pages carry the meta marker, kept across
 * its in-page navigation) or a copy served from this machine. The plain demo reprint page
 * behaves like the real portal on purpose: it is what demos and outside tests exercise.
 */

/** `<meta name="sportello-cie-demo">`: the marker the demo portal's pages carry. */
export const PRACTICE_META_NAME = 'sportello-cie-demo';

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

/** True when the page declares a practice session: the meta marker in the document head. */
export function isPracticePage(root: Document): boolean {
  return root.querySelector(`head meta[name="${PRACTICE_META_NAME}"]`) !== null;
}

/** The flag for `recordRequest`: practice when either the origin or the page says so. */
export function isPracticeContext(url: string, root: Document): boolean {
  return isPracticeOrigin(url) || isPracticePage(root);
}
