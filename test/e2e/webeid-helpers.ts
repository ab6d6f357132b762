import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import it from '../../locales/it.json';
import { WEBEID_ERROR_KEYS, type WebEidErrorCode } from '../../utils/webeid/errors';
import { SignPdfResult } from '../../utils/webeid/messages';
import type { InstalledSimulator } from '../native-host/install-host';
import type { E2EPage } from './browsers/types';

/** What `[data-testid=webeid-status]` showed after one click on the check. */
export interface WebEidStatus {
  state: string;
  code: string | null;
  text: string;
  holder: string;
  expiry: string;
}

/** Clicks the popup's certificate check and waits for a new answer (not the previous one). */
export async function checkCertificate(popup: E2EPage, timeoutMs = 20_000): Promise<WebEidStatus> {
  await popup.evaluate(() => document.querySelector('[data-testid=webeid-status]')?.setAttribute('data-e2e-old', ''));
  await popup.waitFor(() => document.querySelector<HTMLButtonElement>('[data-testid=webeid-check]')?.disabled === false);
  await popup.click('[data-testid=webeid-check]');
  await popup.waitFor(
    () => {
      const el = document.querySelector('[data-testid=webeid-status]');
      return el !== null && !el.hasAttribute('data-e2e-old') && el.getAttribute('data-state') !== 'reading';
    },
    undefined,
    timeoutMs,
  );
  return popup.evaluate(() => {
    const el = document.querySelector('[data-testid=webeid-status]')!;
    const text = (id: string): string => el.querySelector(`[data-testid=${id}]`)?.textContent?.trim() ?? '';
    return {
      state: el.getAttribute('data-state') ?? '',
      code: el.getAttribute('data-code'),
      text: el.textContent?.trim() ?? '',
      holder: text('webeid-holder'),
      expiry: text('webeid-expiry'),
    };
  });
}

/** The Italian message the popup must show for a failure (from the shipped catalogue). */
export function italianMessage(code: WebEidErrorCode): string {
  return (it as Record<string, string>)[WEBEID_ERROR_KEYS[code]]!;
}

/** The certificate's holder (CN) and expiry as DD/MM/YYYY, read by Node's own X.509 parser. */
export function expectedIdentity(sim: Pick<InstalledSimulator, 'certificateDer'>): { holder: string; expiry: string } {
  const cert = new X509Certificate(Buffer.from(sim.certificateDer));
  const holder = /CN=([^\n,]+)/.exec(cert.subject)?.[1] ?? '';
  const d = new Date(cert.validTo);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { holder, expiry: `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}` };
}

/** Hides the host manifest (the app "not installed"); returns the undo. */
export function hideHostManifest(sim: InstalledSimulator): () => void {
  const hidden = `${sim.manifestPath}.hidden`;
  renameSync(sim.manifestPath, hidden);
  return () => renameSync(hidden, sim.manifestPath);
}

/** Rewrites the host manifest so it allows another extension only; returns the undo. */
export function disallowInManifest(sim: InstalledSimulator): () => void {
  const original = readFileSync(sim.manifestPath, 'utf8');
  const manifest = JSON.parse(original) as Record<string, unknown>;
  if ('allowed_origins' in manifest) manifest['allowed_origins'] = [`chrome-extension://${'a'.repeat(32)}/`];
  else manifest['allowed_extensions'] = ['someone-else@example.org'];
  writeFileSync(sim.manifestPath, JSON.stringify(manifest));
  return () => writeFileSync(sim.manifestPath, original);
}

/** A one-page PDF made here, in the test. */
export async function makePdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 50, y: 780, size: 16, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

/**
 * Sends `signPdf` from an extension page, in @webext-core/messaging's envelope
 * (`{id, type, data, timestamp}` -> `{res}` or `{err}`), as the print page would.
 */
export async function signThroughExtension(page: E2EPage, pdf: Uint8Array, reason = 'Prova end-to-end'): Promise<SignPdfResult> {
  const reply = await page.evaluate(
    async (data: { pdf: string; reason: string }): Promise<{ res?: unknown; err?: unknown }> => {
      const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
      return api.runtime.sendMessage({ id: 4242, type: 'signPdf', data, timestamp: Date.now() });
    },
    { pdf: Buffer.from(pdf).toString('base64'), reason },
  );
  if (reply.err !== undefined) throw new Error(`signPdf failed: ${JSON.stringify(reply.err)}`);
  return SignPdfResult.parse(reply.res);
}

/** `pdfsig` (poppler, NSS): the independent verifier; its report is on stdout even on exit 1. */
export function pdfsig(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sportello-signed-')), 'signed.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

/** Sets the Web eID timeout in the office settings from an extension page (see the report). */
export async function setWebEidTimeout(page: E2EPage, seconds: number): Promise<void> {
  await page.evaluate(async (value: number) => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    const stored = (await api.storage.local.get('settings'))['settings'] as Record<string, unknown> | undefined;
    await api.storage.local.set({ settings: { ...stored, webeidTimeoutSeconds: value } });
  }, seconds);
}
