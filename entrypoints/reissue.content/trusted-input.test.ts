import { describe, expect, it, vi } from 'vitest';
import { acceptOnlyTrustedActions, replayPress } from './trusted-input';

function panel(): { button: HTMLButtonElement; box: HTMLInputElement; clicked: ReturnType<typeof vi.fn>; changed: ReturnType<typeof vi.fn> } {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  acceptOnlyTrustedActions(shadow);
  const button = document.createElement('button');
  const box = document.createElement('input');
  box.type = 'checkbox';
  shadow.append(button, box);
  document.body.append(host);
  const clicked = vi.fn();
  const changed = vi.fn();
  button.addEventListener('click', clicked);
  box.addEventListener('change', changed);
  return { button, box, clicked, changed };
}

describe("the panel's guard against presses it did not get from the operator", () => {
  it("stops a page script's click and undoes its checkbox toggle", () => {
    const { button, box, clicked, changed } = panel();
    button.click();
    box.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(clicked).not.toHaveBeenCalled();
    expect(changed).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
  });

  it("lets our replay of the operator's press on the copy through, with a checkbox's change", () => {
    const { button, box, clicked, changed } = panel();
    replayPress(button);
    replayPress(box);
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(box.checked).toBe(true);
    expect(changed).toHaveBeenCalledTimes(1);
    // A change a page script makes afterwards is stopped again.
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('keeps the replayed click inside our shadow root: no page listener runs while it is dispatched', () => {
    const { button } = panel();
    const pageListener = vi.fn();
    document.addEventListener('click', pageListener, true);
    replayPress(button);
    document.removeEventListener('click', pageListener, true);
    expect(pageListener).not.toHaveBeenCalled();
  });
});
