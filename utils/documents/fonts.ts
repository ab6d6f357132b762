import fontkit, { type Font } from '@pdf-lib/fontkit';
import { guardedFetch } from '../net/guarded-fetch';
import { woffToSfnt } from './woff';

/**
 * Font files and how they are loaded. The same WOFF files (Titillium Web, SIL OFL) ship under
 * `public/fonts/`: the extension fetches them from its own package, Node reads them from disk.
 * The `latin` files cover Italian and German; `latin-ext` ones are embedded only when a name
 * needs them (č, ł, ő ...).
 */
export type FontFaceName = 'regular' | 'bold' | 'regularExt' | 'boldExt';

export const FONT_FILES: Record<FontFaceName, string> = {
  regular: 'titillium-web-latin-400-normal.woff',
  bold: 'titillium-web-latin-700-normal.woff',
  regularExt: 'titillium-web-latin-ext-400-normal.woff',
  boldExt: 'titillium-web-latin-ext-700-normal.woff',
};

/** Returns the bytes of one file of `FONT_FILES`. */
export type FontLoader = (file: string) => Promise<Uint8Array>;

/** Loader for a page of the extension: fetches `${baseUrl}${file}` from our own package. */
export function fetchFontLoader(baseUrl: string): FontLoader {
  return async (file) => {
    const response = await guardedFetch('package', `${baseUrl}${file}`);
    if (!response.ok) throw new Error(`font ${file}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** Loader for Node (tests, bench): reads `public/fonts/` next to this source tree. */
export const nodeFontLoader: FontLoader = async (file) => {
  // A computed specifier keeps bundlers from pulling node:fs into the extension.
  const fsModule = 'node:fs/promises';
  const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
  // Not `new URL(literal, import.meta.url)`: Vite would rewrite that into a bundled asset.
  const here = import.meta.url;
  return new Uint8Array(await readFile(new URL(`../../public/fonts/${file}`, here)));
};

interface RuntimeLike {
  runtime?: { getURL?: (path: string) => string; id?: string };
}

/** Node when running under Node, else the extension's own `/fonts/` folder. */
export const defaultFontLoader: FontLoader = (file) => {
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  if (isNode) return nodeFontLoader(file);
  const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const runtime = g.browser?.runtime?.getURL ? g.browser.runtime : g.chrome?.runtime;
  const base = runtime?.getURL ? runtime.getURL('/fonts/') : '/fonts/';
  return fetchFontLoader(base)(file);
};

// Bytes are loaded once per loader and file; the same Uint8Array is reused so the parsed
// fontkit font below can be cached by identity.
const byteCache = new WeakMap<FontLoader, Map<string, Promise<Uint8Array>>>();

/** The bytes of a face (WOFF unpacked to TrueType), loaded once per loader. A failed load is not cached. */
export function loadFontBytes(loader: FontLoader, face: FontFaceName): Promise<Uint8Array> {
  let files = byteCache.get(loader);
  if (!files) byteCache.set(loader, (files = new Map<string, Promise<Uint8Array>>()));
  const file = FONT_FILES[face];
  let bytes = files.get(file);
  if (!bytes) {
    bytes = loader(file).then(woffToSfnt);
    files.set(file, bytes);
    bytes.catch(() => files.delete(file));
  }
  return bytes;
}

export type ParsedFont = Font;
const parsedCache = new WeakMap<Uint8Array, ParsedFont>();

/** Parses a font once per byte array: parsing a WOFF dominates the cost of a small PDF. */
export function parseFont(bytes: Uint8Array): ParsedFont {
  let font = parsedCache.get(bytes);
  if (!font) parsedCache.set(bytes, (font = fontkit.create(bytes)));
  return font;
}

const unshapedCache = new WeakMap<ParsedFont, ParsedFont>();

/**
 * The font with `layout` reduced to a plain character-to-glyph map. Latin text needs no
 * OpenType shaping, fontkit's shaping costs about a millisecond per drawText, and without it
 * drawn widths are exactly the sum of advance widths (what the line breaker measures).
 */
function unshaped(font: ParsedFont): ParsedFont {
  let proxy = unshapedCache.get(font);
  if (!proxy) {
    const layout = (text: string) => ({ glyphs: font.glyphsForString(text) });
    proxy = new Proxy(font, {
      get: (target, prop): unknown => (prop === 'layout' ? layout : Reflect.get(target, prop, target)),
    });
    unshapedCache.set(font, proxy);
  }
  return proxy;
}

/** A fontkit for `PDFDocument.registerFontkit`: parsed fonts reused across documents, unshaped. */
export const cachingFontkit = {
  create: (buffer: Uint8Array, postscriptName?: string): ParsedFont =>
    unshaped(postscriptName ? fontkit.create(buffer, postscriptName) : parseFont(buffer)),
};
