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
  it('recognises the demo portal by its footer, on every page', () => {
    for (const file of ['ristampa.html', 'index.html', 'pratica.html']) expect(isPracticePage(loadPortalPage(file))).toBe(true);
  });

  it('recognises the meta marker alone, and not a portal page without either', () => {
    const noFooter = (html: string) => html.replace(/<footer[\s\S]*<\/footer>/, '');
    expect(isPracticePage(loadPortalPage('ristampa.html', noFooter))).toBe(false);
    const withMeta = (html: string) => noFooter(html).replace('<head>', '<head><meta name="sportello-cie-demo" content="pratica">');
    expect(isPracticePage(loadPortalPage('ristampa.html', withMeta))).toBe(true);
  });

  it('does not trust the words anywhere but in the footer', () => {
    const moved = (html: string) =>
      html.replace(/<footer[\s\S]*<\/footer>/, '').replace('<main id="contenuto">', '<main id="contenuto"><p>Portale dimostrativo di Sportello CIE</p>');
    expect(isPracticePage(loadPortalPage('ristampa.html', moved))).toBe(false);
  });
});

describe('isPracticeContext', () => {
  it('is practice on the demo portal under the real host name, and not on a real page', () => {
    const demo = loadPortalPage('ristampa.html');
    expect(isPracticeContext('https://cieonline.interno.it/ristampa.html', demo)).toBe(true);
    const real = loadPortalPage('ristampa.html', (html) => html.replace(/<footer[\s\S]*<\/footer>/, ''));
    expect(isPracticeContext('https://cieonline.interno.it/ristampa.html', real)).toBe(false);
    expect(isPracticeContext('http://localhost:3000/ristampa.html', real)).toBe(true);
  });
});
