import { describe, expect, it } from 'vitest';
import { isRoomPage, MAX_ROOM_PAGES, roomPageOf, withRoomPage } from './room-pages';

describe('the pages whose room is made before they are parsed', () => {
  it('stand for a page by its origin and path: never its query or fragment', () => {
    expect(roomPageOf('https://cieonline.interno.it/ristampa.html?cf=RSSMRA80A01H501U#passo-2')).toBe('https://cieonline.interno.it/ristampa.html');
    // A Java portal's session in the path is not the page.
    expect(roomPageOf('https://cieonline.interno.it/cie/ristampa.jsf;jsessionid=A1B2C3?x=1')).toBe('https://cieonline.interno.it/cie/ristampa.jsf');
    expect(roomPageOf(`https://cieonline.interno.it/${'a'.repeat(3000)}`)).toBeNull();
    expect(roomPageOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(roomPageOf('not an address')).toBeNull();
    expect(roomPageOf(undefined)).toBeNull();
  });

  it('list a page once it showed the function, drop it once it did not, and write nothing when nothing changes', () => {
    const page = 'https://cieonline.interno.it/ristampa.html';
    const listed = withRoomPage(undefined, page, true);
    expect(listed).toEqual([page]);
    expect(withRoomPage(listed, page, true)).toBeNull();
    expect(withRoomPage(listed, page, false)).toEqual([]);
    expect(withRoomPage([], page, false)).toBeNull();
    // Anything else storage holds there is not a page.
    expect(withRoomPage([7, null, page], 'https://cieonline.interno.it/passo2.html', true)).toEqual([page, 'https://cieonline.interno.it/passo2.html']);
  });

  it('are at most a bound, the first listed going first', () => {
    let pages: unknown = [];
    for (let i = 0; i < MAX_ROOM_PAGES + 3; i++) pages = withRoomPage(pages, `https://cieonline.interno.it/p${i}.html`, true) ?? pages;
    expect(pages).toHaveLength(MAX_ROOM_PAGES);
    expect((pages as string[])[0]).toBe('https://cieonline.interno.it/p3.html');
  });

  it('find the page of an address, whatever its query', () => {
    const stored = ['https://cieonline.interno.it/ristampa.html'];
    expect(isRoomPage(stored, 'https://cieonline.interno.it/ristampa.html?conferma=pagina')).toBe(true);
    expect(isRoomPage(stored, 'https://cieonline.interno.it/emissione.html')).toBe(false);
    expect(isRoomPage('https://cieonline.interno.it/ristampa.html', 'https://cieonline.interno.it/ristampa.html')).toBe(false);
  });
});
