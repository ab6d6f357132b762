import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import type { PageStatus } from '@/utils/schemas';
import { PageStatusView } from './PageStatusView';

function show(status: PageStatus): HTMLElement {
  const root = document.createElement('div');
  render(<PageStatusView loaded={{ state: 'ready', status: { kind: 'reported', status } }} />, root);
  return root;
}

beforeEach(() => setLanguage('it'));

describe("the popup's word on the page", () => {
  it('says the function is recognised, and nothing more while the panel is on show', () => {
    const root = show({ recognised: true, missing: [] });
    expect(root.textContent).toBe('Pagina riconosciuta: Ristampa PIN/PUK');
    expect(root.querySelector('[data-testid=page-declined]')).toBeNull();
  });

  it('says why there is no panel on a page that kept taking it away, and how it comes back', () => {
    const root = show({ recognised: true, missing: [], declined: true });
    expect(root.querySelector('[data-testid=page-status]')?.getAttribute('data-recognised')).toBe('true');
    expect(root.querySelector('[data-testid=page-declined]')?.textContent).toContain('ha tolto il pannello più volte');
    setLanguage('de');
    expect(show({ recognised: true, missing: [], declined: true }).querySelector('[data-testid=page-declined]')?.textContent).toContain('mehrmals entfernt');
  });
});
