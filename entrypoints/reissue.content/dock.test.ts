import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { reserveSpace } from './dock';

function pageOfWidth(width: number): Document {
  const window = new Window({ width, height: 800 });
  window.document.documentElement.style.setProperty('margin-right', '5px');
  return window.document as unknown as Document;
}
const marginOf = (doc: Document): string => doc.documentElement.style.getPropertyValue('margin-right');

describe('room for the panel beside the portal', () => {
  it('takes room on a wide page, gives the page its own value back, and undoes only once', () => {
    const doc = pageOfWidth(1280);
    const undoEarly = reserveSpace(doc, { side: 'right', collapsed: false });
    expect(marginOf(doc)).toBe('372px');
    undoEarly();
    expect(marginOf(doc)).toBe('5px');
    const undo = reserveSpace(doc, { side: 'right', collapsed: false });
    undoEarly(); // a second undo of the first must not take away the room made since
    expect(marginOf(doc)).toBe('372px');
    undo();
    expect(marginOf(doc)).toBe('5px');
  });

  it('takes none when collapsed or when the page is too narrow to give any', () => {
    for (const [doc, collapsed] of [[pageOfWidth(1280), true], [pageOfWidth(700), false]] as const) {
      reserveSpace(doc, { side: 'right', collapsed });
      expect(marginOf(doc)).toBe('5px');
    }
  });
});
