// The static copy of our panel that the bench's peers draw (content-script.bench.ts bundles
// this into them): the same host, shadow root, styles, markup and room beside the page that
// this build drew, put there by plain DOM calls.

/** Our panel as drawn, read from this build's shadow root: markup, styles, the page's margin. */
export interface DrawnPanel {
  hostAttributes: [string, string][];
  css: string;
  markup: string;
  rootStyle: string | null;
}

/** Draws the copy at once, in the task that calls it. */
export function drawPanelCopy(panel: DrawnPanel): void {
  if (panel.rootStyle) document.documentElement.setAttribute('style', panel.rootStyle);
  const host = document.createElement('sportello-cie');
  for (const [name, value] of panel.hostAttributes) host.setAttribute(name, value);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = panel.css;
  head.append(style);
  // eslint-disable-next-line no-restricted-properties -- a bench peer: our own panel's markup, read from this build
  body.innerHTML = panel.markup;
  html.append(head, body);
  shadow.append(html);
  document.body.append(host);
}
