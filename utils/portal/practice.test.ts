import { describe, expect, it } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { isPracticeContext, isPracticeOrigin, isPracticePage } from './practice';

describe('isPracticeOrigin', () => {
  it('knows this machine and the reserved test domains', () => {
    for (const url of ['http://localhost:5173/ristampa.html', 'https://127.0.0.1:8443/', 'http://[::1]/', 'https://cie.test/', 'file:///tmp/ristampa.html']) {
      expect(isPracticeOrigin(url)).toBe(true);
    }
  });

  it('never takes a Ministry host, a look-alike or garbage for practice', () => {
    for (const url of ['https://cieonline.interno.it/ristampa.html', 'https://www.interno.gov.it/', 'https://localhost.interno.it/', 'https://test.example.com/', 'not a url', '']) {
      expect(isPracticeOrigin(url)).toBe(false);
    }
  });
});

describe('isPracticePage', () => {
  it('recognises a practice session by the meta marker of the practice pages', () => {
    expect(isPracticePage(loadPortalPage('pratica.html'))).toBe(true);
    const withMeta = (html: string) => html.replace('<head>', '<head><meta name="sportello-cie-demo" content="pratica">');
    expect(isPracticePage(loadPortalPage('ristampa.html', withMeta))).toBe(true);
  });

  it('treats the plain demo reprint page like the real portal, whatever its words say', () => {
    for (const file of ['ristampa.html', 'index.html']) expect(isPracticePage(loadPortalPage(file))).toBe(false);
    const inBody = (html: string) => html.replace('<main id="contenuto">', '<main id="contenuto"><meta name="sportello-cie-demo">');
    expect(isPracticePage(loadPortalPage('ristampa.html', inBody))).toBe(false);
  });
});

describe('isPracticeContext', () => {
  it('is practice in a practice session or on this machine, and not on the reprint page under the real host', () => {
    const practice = loadPortalPage('pratica.html');
    const plain = loadPortalPage('ristampa.html');
    expect(isPracticeContext('https://cieonline.interno.it/pratica.html', practice)).toBe(true);
    expect(isPracticeContext('https://cieonline.interno.it/ristampa.html', plain)).toBe(false);
    expect(isPracticeContext('http://localhost:3000/ristampa.html', plain)).toBe(true);
  });
});
