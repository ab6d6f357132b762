import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assertOwnContentScript, assertOwnExtension, assertOwnPage, ForeignSenderError } from './sender';

const ownId = (): string => fakeBrowser.runtime.id;

describe('message sender checks', () => {
  it('accepts our own extension and rejects any other', () => {
    expect(() => assertOwnExtension({ id: ownId() })).not.toThrow();
    expect(() => assertOwnExtension({ id: 'another-extension' })).toThrow(ForeignSenderError);
    expect(() => assertOwnExtension({})).toThrow(ForeignSenderError);
  });

  it('takes the tab of a content script and refuses messages without one', () => {
    expect(assertOwnContentScript({ id: ownId(), tab: { id: 7 } as never })).toBe(7);
    expect(() => assertOwnContentScript({ id: ownId() })).toThrow(ForeignSenderError);
    expect(() => assertOwnContentScript({ id: 'evil', tab: { id: 7 } as never })).toThrow(ForeignSenderError);
  });

  it('accepts extension pages by URL, not web pages that claim our id', () => {
    const base = fakeBrowser.runtime.getURL('/');
    expect(() => assertOwnPage({ id: ownId(), url: `${base}popup.html` })).not.toThrow();
    expect(() => assertOwnPage({ id: ownId(), url: 'https://cieonline.interno.it/ristampa.html' })).toThrow(ForeignSenderError);
  });
});
