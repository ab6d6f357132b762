import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import type { ReadSigningCertificateResult } from '@/utils/webeid/messages';
import { formatDate, WebEidCheck } from './WebEidCheck';

beforeEach(() => setLanguage('it'));

async function clickAndWait(result: ReadSigningCertificateResult): Promise<HTMLElement> {
  const root = document.createElement('div');
  render(<WebEidCheck read={() => Promise.resolve(result)} />, root);
  (root.querySelector('[data-testid=webeid-check]') as HTMLButtonElement).click();
  const state = (): string | null | undefined => root.querySelector('[data-testid=webeid-status]')?.getAttribute('data-state');
  for (let i = 0; i < 100 && (state() === undefined || state() === 'reading'); i++) await new Promise((r) => setTimeout(r, 5));
  return root;
}

describe('WebEidCheck', () => {
  it('shows holder and expiry as DD/MM/YYYY, and the 30-day warning', async () => {
    const notAfter = new Date(2027, 2, 5, 12).toISOString();
    const root = await clickAndWait({
      ok: true,
      certificate: { holder: 'ROSSI MARIO', issuer: 'CA di prova', serial: '0A', notAfter, expiresSoon: true, expired: false },
    });
    const status = root.querySelector('[data-testid=webeid-status]')!;
    expect(status.getAttribute('data-state')).toBe('expires-soon');
    expect(status.textContent).toContain('ROSSI MARIO');
    expect(status.textContent).toContain('05/03/2027');
    expect(status.textContent).toMatch(/scade entro 30 giorni/);
  });

  it('shows the clear Italian message for an error code', async () => {
    const root = await clickAndWait({ ok: false, code: 'ERR_WEBEID_NATIVE_UNAVAILABLE' });
    const status = root.querySelector('[data-testid=webeid-status]')!;
    expect(status.getAttribute('data-code')).toBe('ERR_WEBEID_NATIVE_UNAVAILABLE');
    expect(status.textContent).toMatch(/App Web eID non trovata/);
  });

  it('formats dates with two-digit day and month', () => {
    expect(formatDate(new Date(2026, 0, 9, 10).toISOString())).toBe('09/01/2026');
  });
});
