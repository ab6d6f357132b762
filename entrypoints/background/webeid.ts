import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { assertOwnPage } from '@/utils/sender';
import { readSettings } from '@/utils/settings';
import { createWebEidBridge, type WebEidBridge } from '@/utils/webeid/bridge';
import {
  CancelWebEidRequest,
  ReadSigningCertificateRequest,
  SignPdfRequest,
  type ReadSigningCertificateResult,
  type SignPdfResult,
} from '@/utils/webeid/messages';
import { readSigningCertificate, signPdfMessage } from '@/utils/webeid/service';

type Sender = Browser.runtime.MessageSender;

// One bridge per worker life. Nothing in it needs saving: if the browser stops the worker,
// the open port closes, the app exits, and the next request builds a new bridge.
let bridge: WebEidBridge | undefined;

function currentBridge(): WebEidBridge {
  bridge ??= createWebEidBridge({
    connector: {
      connect: (host) => browser.runtime.connectNative(host),
      lastError: () => browser.runtime.lastError?.message,
    },
    timeoutMs: async () => (await readSettings()).webeidTimeoutSeconds * 1000,
  });
  return bridge;
}

/** Replaces the bridge (tests; `undefined` is what a worker restart amounts to). */
export function setWebEidBridge(next: WebEidBridge | undefined): void {
  bridge = next;
}

/** popup -> background: the signing certificate's summary, or an error code. */
export async function handleReadSigningCertificate(data: unknown, sender: Sender): Promise<ReadSigningCertificateResult> {
  assertOwnPage(sender);
  const request = ReadSigningCertificateRequest.safeParse(data);
  if (!request.success) return { ok: false, code: 'ERR_WEBEID_UNKNOWN_ERROR' };
  return readSigningCertificate(currentBridge(), request.data);
}

/** extension page -> background: the PDF signed with the card, or an error code. */
export async function handleSignPdf(data: unknown, sender: Sender): Promise<SignPdfResult> {
  assertOwnPage(sender);
  const request = SignPdfRequest.safeParse(data);
  if (!request.success) return { ok: false, code: 'ERR_WEBEID_BAD_PDF' };
  return signPdfMessage(currentBridge(), request.data);
}

/** extension page -> background: cancels the running operation; false when none runs. */
export function handleCancelWebEid(data: unknown, sender: Sender): boolean {
  assertOwnPage(sender);
  if (!CancelWebEidRequest.safeParse(data).success) return false;
  return bridge?.cancel() ?? false;
}

/** The Web eID service: signing certificate, signed PDFs, cancel. Extension pages only. */
export function registerWebEidHandlers(): void {
  onMessage('readSigningCertificate', ({ data, sender }) => handleReadSigningCertificate(data, sender));
  onMessage('signPdf', ({ data, sender }) => handleSignPdf(data, sender));
  onMessage('cancelWebEid', ({ data, sender }) => handleCancelWebEid(data, sender));
}
