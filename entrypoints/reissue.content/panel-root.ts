import { ROOT_ID } from './our-root';
import { PANEL_CSS } from './panel-css';
import { acceptOnlyTrustedActions } from './trusted-input';

/**
 * Our shadow host, built by hand (not WXT's createShadowRootUi, which fetches the CSS file
 * first): the styles ship inside the script, so the panel is drawn in the task that mounts it.
 * The first paint's copy and the live panel are drawn in the same kind of root.
 */
export function createPanelRoot(): { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement } {
  const host = document.createElement('sportello-cie');
  // Open, so the operator's assistive tools and our tests reach the real UI; a page script
  // that reaches it too can press nothing (see trusted-input.ts).
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  // Our keystrokes are not the portal's business (it may have shortcuts of its own).
  for (const type of ['keydown', 'keyup', 'keypress']) body.addEventListener(type, (event) => event.stopPropagation());
  acceptOnlyTrustedActions(shadow);
  host.id = ROOT_ID;
  host.setAttribute('data-sportello-owned', '');
  return { host, shadow, container: body };
}
