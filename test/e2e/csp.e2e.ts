import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectExtensionCsp } from '../unit/csp-rules';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BUILDS } from './builds';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel } from './page-objects';

const manifest = (dir: string): { content_security_policy?: string | { extension_pages?: string } } =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as never;

describe('the built manifests', () => {
  it('Chromium MV3: extension_pages CSP', () => {
    const csp = manifest(BUILDS.chromium).content_security_policy;
    expect(typeof csp).toBe('object');
    expectExtensionCsp((csp as { extension_pages?: string }).extension_pages);
  });

  it('Firefox MV2: the CSP string', () => {
    const csp = manifest(BUILDS.firefox).content_security_policy;
    expect(typeof csp).toBe('string');
    expectExtensionCsp(csp as string);
  });
});

/** In an extension page: which of these connections the browser's CSP lets start at all. */
async function tryConnections(page: E2EPage): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const blob = URL.createObjectURL(new Blob(['x']));
    const attempts: Record<string, () => Promise<unknown>> = {
      'http-remote': () => fetch('http://cieonline.interno.it/'),
      'data': () => fetch('data:text/plain,x'),
      'blob': () => fetch(blob),
      'ws': () =>
        new Promise((resolve, reject) => {
          try {
            const socket = new WebSocket('ws://127.0.0.1:9/');
            socket.onerror = () => resolve('error');
          } catch (error) {
            reject(error);
          }
        }),
    };
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.blockedURI));
    const out: Record<string, string> = {};
    for (const [name, run] of Object.entries(attempts)) {
      const before = seen.length;
      await run().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
      out[name] = seen.length > before ? 'blocked' : 'allowed';
    }
    return out;
  });
}

describe.each(BROWSERS)('the CSP at work in %s', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('blocks plain http, data: and ws: connections from an extension page; its own blob: URLs stay readable', async () => {
    const reprint = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(reprint);
    const popup = await browser.openPopupFor(reprint);
    await popup.waitFor(() => /\d+ \/ \d+/.test(document.querySelector('[data-testid=quota-today]')?.textContent ?? ''));
    const expected = { 'http-remote': 'blocked', data: 'blocked', blob: 'allowed', ws: 'blocked' };
    expect(await tryConnections(popup)).toEqual(expected);
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid=practice-section]') !== null);
    expect(await tryConnections(options)).toEqual(expected);
  });
});
