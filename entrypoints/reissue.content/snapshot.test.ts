import { describe, expect, it } from 'vitest';
import type { ContentStart } from '@/utils/messaging/protocol';
import { PanelSnapshotSchema, withSnapshot } from '@/utils/panel-snapshot-schema';
import { MAX_SNAPSHOT_TEXT, type PanelSnapshot, type SnapshotNode, type StoredPanelSnapshot } from '@/utils/panel-snapshot';
import { readPortalPage, type PortalPage } from '@/utils/portal/adapter';
import { elementAt, pathOf } from './live-handoff';
import { answerDigest, drawSnapshot, firstPaintData, snapshotKey, snapshotOf, storedSnapshot } from './snapshot';

function body(markup: string): HTMLElement {
  const element = document.createElement('body');
  // eslint-disable-next-line no-restricted-properties -- a test's own fixed markup
  element.innerHTML = markup;
  return element;
}

const PANEL = `<aside class="panel" data-testid="panel" aria-label="Sportello CIE"><header><h2>Sportello CIE</h2><button type="button" data-testid="panel-toggle" aria-expanded="true">−</button></header><p>Oggi: <strong>3</strong> di 20</p><label><input type="checkbox" name="step">Documento</label></aside>`;

describe('the panel copy', () => {
  it('draws back exactly what was kept: elements, attributes, text, a ticked box', () => {
    const live = body(PANEL);
    live.querySelector('input')!.checked = true;
    const tree = snapshotOf(live)!;
    const copy = document.createElement('body');
    drawSnapshot(JSON.parse(JSON.stringify(tree)) as SnapshotNode[], copy);
    expect(copy.querySelector('input')!.checked).toBe(true);
    copy.querySelector('input')!.removeAttribute('checked');
    expect(copy.outerHTML).toBe(body(PANEL).outerHTML);
  });

  it('keeps no handler, script source or outside link, and keeps nothing that is not a panel element', () => {
    const tree = snapshotOf(body('<button onclick="alert(1)" formaction="https://x" data-testid="b">x</button><a href="https://evil.example">y</a><a href="#here">z</a>'))!;
    expect(JSON.stringify(tree)).not.toMatch(/onclick|formaction|evil/);
    expect(JSON.stringify(tree)).toContain('#here');
    expect(snapshotOf(body('<p>a</p><img src="x">'))).toBeNull();
    expect(snapshotOf(body('<p>a</p><iframe></iframe>'))).toBeNull();
  });

  it('draws nothing from a tree that is not ours: a script, a handler, a link out', () => {
    for (const tree of [
      [['script', [], ['alert(1)']]],
      [['p', [], ['ok']], ['button', [['onclick', 'alert(1)']], ['x']]],
      [['a', [['href', 'javascript:alert(1)']], ['x']]],
      [['p', [[1, 2]], []]],
    ] as unknown as SnapshotNode[][]) {
      const container = document.createElement('body');
      expect(() => drawSnapshot(tree, container)).toThrow();
      expect(container.childNodes).toHaveLength(0);
    }
  });

  it('finds a pressed element of the copy again in the live panel, only if it is the same one', () => {
    const copy = body(PANEL);
    const live = body(PANEL);
    const toggle = copy.querySelector('[data-testid=panel-toggle]')!;
    const pressed = { path: pathOf(toggle, copy), localName: 'button', text: '−' };
    expect(elementAt(live, pressed)).toBe(live.querySelector('[data-testid=panel-toggle]'));
    live.querySelector('[data-testid=panel-toggle]')!.textContent = '+';
    expect(elementAt(live, pressed)).toBeNull();
  });
});

describe('which copy fits the page', () => {
  const page = (markup: string): PortalPage => {
    document.body.replaceChildren(body(markup));
    const reading = readPortalPage(document);
    if (!reading.recognised) throw new Error('fixture not recognised');
    return reading.page;
  };
  const FORM = '<h1>Ristampa PIN/PUK</h1><label for="cf">Codice fiscale</label><input id="cf">';

  it('keys by language, place and the screen shape, never by what is typed', () => {
    const empty = snapshotKey({ build: '1.0', language: 'it', side: 'right', collapsed: false, page: page(FORM) });
    const typed = page(FORM);
    typed.fields.codiceFiscale!.value = 'RSSMRA80A01H501U';
    expect(snapshotKey({ build: '1.0', language: 'it', side: 'right', collapsed: false, page: typed })).toBe(empty);
    expect(empty).not.toContain('RSSMRA');
    expect(snapshotKey({ build: '1.0', language: 'de', side: 'right', collapsed: false, page: page(FORM) })).not.toBe(empty);
    expect(snapshotKey({ build: '1.0', language: 'it', side: 'left', collapsed: false, page: page(FORM) })).not.toBe(empty);
    const withCard = page(`${FORM}<label for="n">Numero carta</label><input id="n">`);
    expect(snapshotKey({ build: '1.0', language: 'it', side: 'right', collapsed: false, page: withCard })).not.toBe(empty);
  });

  it('picks the stored copy of the key, and ignores malformed entries', () => {
    const kept: PanelSnapshot = { key: 'k', answer: 'a'.repeat(24), tree: [['p', [['class', 'x']], ['x']]] };
    const stored = withSnapshot([], kept);
    expect(stored[0]!.tree).toBe('[["p",[["class","x"]],["x"]]]'); // kept as text
    expect(storedSnapshot([{ key: 'other' }, null, 'x', ...stored], 'k')).toEqual(kept);
    expect(storedSnapshot([{ key: 'k', answer: 1, tree: '[]' }], 'k')).toBeNull();
    expect(storedSnapshot([{ key: 'k', answer: 'a', tree: '[' }], 'k')).toBeNull();
    expect(storedSnapshot([{ key: 'k', answer: 'a', tree: '{}' }], 'k')).toBeNull();
    expect(storedSnapshot({ k: stored[0] }, 'k')).toBeNull();
    // Kept by an older version (the tree as arrays), or a text too long to be a panel's: not drawn.
    expect(storedSnapshot([{ ...kept }], 'k')).toBeNull();
    expect(storedSnapshot([{ ...stored[0], tree: `[${'"x",'.repeat(MAX_SNAPSHOT_TEXT / 4)}"x"]` }], 'k')).toBeNull();
  });
});

describe("the start answer's first paint", () => {
  const start = (count: number, level: 'ok' | 'near' | 'full' = 'ok'): ContentStart => ({
    blockSubmitOnErrors: false,
    checklistDefinition: null,
    importedTours: [],
    quotaToday: { day: '2026-12-06', count, limit: 20, level, practice: 0, notices: [] } as unknown as ContentStart['quotaToday'],
    officeToday: { configured: false },
    officeLines: null,
    requestUnderWay: false,
  });

  it('is the same after a request counted below the limit, and changes near it', () => {
    expect(answerDigest(firstPaintData(start(3)))).toBe(answerDigest(firstPaintData(start(4))));
    expect(answerDigest(firstPaintData(start(17, 'near')))).not.toBe(answerDigest(firstPaintData(start(18, 'near'))));
    expect(answerDigest(firstPaintData(start(3)))).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('what the background keeps', () => {
  const snapshot = (key: string): PanelSnapshot => ({ key, answer: '0'.repeat(24), tree: [['p', [], ['x']]] });

  it('keeps the newest first, one per key, at most eight', () => {
    let stored: unknown = undefined;
    for (const key of ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) stored = withSnapshot(stored, snapshot(key));
    expect((stored as StoredPanelSnapshot[]).map((s) => s.key)).toEqual(['i', 'h', 'g', 'f', 'e', 'd', 'c', 'a']);
    expect(withSnapshot('garbage', snapshot('z'))).toEqual([{ ...snapshot('z'), tree: '[["p",[],["x"]]]' }]);
    // One malformed entry does not take the others with it; nor does a kept text that is not a panel's tree.
    const [a, c] = [withSnapshot([], snapshot('a'))[0], withSnapshot([], snapshot('c'))[0]];
    const notAPanel = { key: 'd', answer: '0'.repeat(24), tree: '[["<script>",[],["x"]]]' };
    const broken = { key: 'e', answer: '0'.repeat(24), tree: '[["p"' };
    expect(withSnapshot([a, { key: 'b', tree: 'x' }, c, notAPanel, broken, snapshot('f')], snapshot('z')).map((s) => s.key)).toEqual(['z', 'a', 'c']);
    // A first paint whose text is too long is not kept; the others stay.
    const huge: PanelSnapshot = { key: 'h', answer: '0'.repeat(24), tree: Array.from({ length: 400 }, () => ['p', [['title', 'x'.repeat(600)]], []]) };
    expect(JSON.stringify(huge.tree).length).toBeGreaterThan(MAX_SNAPSHOT_TEXT);
    expect(withSnapshot([a, c], huge).map((s) => s.key)).toEqual(['a', 'c']);
  });

  it('refuses a tree too deep, a tag that is not a tag, an extra key', () => {
    let deep: SnapshotNode = 'x';
    for (let i = 0; i < 30; i++) deep = ['div', [], [deep]];
    expect(PanelSnapshotSchema.safeParse({ ...snapshot('k'), tree: [deep] }).success).toBe(false);
    expect(PanelSnapshotSchema.safeParse({ ...snapshot('k'), tree: [['<script>', [], []]] }).success).toBe(false);
    expect(PanelSnapshotSchema.safeParse({ ...snapshot('k'), extra: 1 }).success).toBe(false);
    expect(PanelSnapshotSchema.safeParse(snapshot('k')).success).toBe(true);
  });
});
