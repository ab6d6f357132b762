import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkPracticeUrl, DEMO_PRACTICE_URL, PracticeUrl } from './practice-portal';
import { probePracticePage } from './practice-probe';
import { DEFAULT_SETTINGS } from './settings';

// Stylesheet links dropped: happy-dom would try to load them, a browser's DOMParser does not.
const page = (file: string): string => readFileSync(`test/portal/${file}`, 'utf8').replace(/<link[^>]*>/g, '');

/** A fetch that answers like a server holding the given pages, and records its calls. */
function serving(pages: Record<string, string>) {
  return vi.fn(async (input: string | URL, _init?: RequestInit) => {
    const body = pages[input.toString()];
    return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body, { headers: { 'content-type': 'text/html' } });
  });
}

describe('checkPracticeUrl', () => {
  it('takes an https page of a plain host, any path, and drops the fragment', () => {
    expect(checkPracticeUrl(' https://formazione.comune.esempio.it/corsi/pratica.html?aula=2#casi ')).toEqual({
      ok: true,
      url: 'https://formazione.comune.esempio.it/corsi/pratica.html?aula=2',
      origin: 'https://formazione.comune.esempio.it',
    });
    expect(checkPracticeUrl(DEMO_PRACTICE_URL)).toMatchObject({ ok: true, origin: 'https://cieonline.interno.it' });
  });

  it('refuses what could not be a practice page, saying why', () => {
    expect(checkPracticeUrl('pratica.html')).toEqual({ ok: false, problem: 'optionsOriginNotUrl' });
    expect(checkPracticeUrl('javascript:alert(1)')).toEqual({ ok: false, problem: 'optionsOriginNotUrl' });
    expect(checkPracticeUrl('https://user:pw@cieonline.interno.it/pratica.html')).toEqual({ ok: false, problem: 'optionsOriginNotUrl' });
    expect(checkPracticeUrl('http://cieonline.interno.it/pratica.html')).toEqual({ ok: false, problem: 'optionsOriginNotHttps' });
    expect(checkPracticeUrl('https://cieonline.interno.it:8443/pratica.html')).toEqual({ ok: false, problem: 'optionsOriginHasPort' });
    expect(checkPracticeUrl('https://192.168.1.10/pratica.html')).toEqual({ ok: false, problem: 'optionsOriginNotHost' });
  });

  it('is the default practice address, and the schema stores addresses normalised', () => {
    expect(DEFAULT_SETTINGS.practiceUrl).toBe(DEMO_PRACTICE_URL);
    expect(PracticeUrl.parse('https://formazione.comune.esempio.it/pratica.html')).toBe('https://formazione.comune.esempio.it/pratica.html');
    expect(PracticeUrl.parse('https://Formazione.Comune.Esempio.it/pratica.html#x')).toBe('https://formazione.comune.esempio.it/pratica.html');
    expect(PracticeUrl.parse('https://formazione.comune.esempio.it')).toBe('https://formazione.comune.esempio.it/');
    expect(PracticeUrl.safeParse('http://formazione.comune.esempio.it/').success).toBe(false);
  });
});

describe('probePracticePage', () => {
  it("finds the demo portal's practice page by its marker, asking without cookies", async () => {
    const fetchPage = serving({ [DEMO_PRACTICE_URL]: page('pratica.html') });
    expect(await probePracticePage(DEMO_PRACTICE_URL, fetchPage as typeof fetch)).toBe('practice');
    expect(fetchPage.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
  });

  it('will not call the reprint page practice: it looks exactly like the real portal', async () => {
    const url = 'https://cieonline.interno.it/ristampa.html';
    expect(await probePracticePage(url, serving({ [url]: page('ristampa.html') }) as typeof fetch)).toBe('not-practice');
  });

  it('takes the marker only from the head, as the content script does', async () => {
    const inBody = '<html><head><title>Ristampa</title></head><body><meta name="sportello-cie-demo"></body></html>';
    expect(await probePracticePage(DEMO_PRACTICE_URL, serving({ [DEMO_PRACTICE_URL]: inBody }) as typeof fetch)).toBe('not-practice');
  });

  it('follows no redirect and gives up on a server that does not answer', async () => {
    const fetchPage = serving({ [DEMO_PRACTICE_URL]: page('pratica.html') });
    await probePracticePage(DEMO_PRACTICE_URL, fetchPage);
    const init = fetchPage.mock.calls[0]?.[1];
    expect(init?.redirect).toBe('error');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    // What fetch does on a redirect it must not follow, or on the timeout: it rejects.
    const refusing = vi.fn(() => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')));
    expect(await probePracticePage(DEMO_PRACTICE_URL, refusing as typeof fetch)).toBe('unreachable');
  });

  it('says unreachable for an error answer or a network failure', async () => {
    expect(await probePracticePage(DEMO_PRACTICE_URL, serving({}) as typeof fetch)).toBe('unreachable');
    const failing = vi.fn(() => Promise.reject(new TypeError('NetworkError')));
    expect(await probePracticePage(DEMO_PRACTICE_URL, failing as typeof fetch)).toBe('unreachable');
  });
});
