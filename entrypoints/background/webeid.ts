import { browser } from 'wxt/browser';
import { readSettings } from '@/utils/settings';
import { createWebEidBridge, type WebEidBridge } from '@/utils/webeid/bridge';
import { readSigningCertificate, signPdfMessage } from '@/utils/webeid/service';
import { handler, listen } from './handle';

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
export const handleReadSigningCertificate = handler('readSigningCertificate', (request) => readSigningCertificate(currentBridge(), request), {
  refuse: () => ({ ok: false, code: 'ERR_WEBEID_UNKNOWN_ERROR' }) as const,
});

/** extension page -> background: the PDF signed with the card, or an error code. */
export const handleSignPdf = handler('signPdf', (request) => signPdfMessage(currentBridge(), request), {
  refuse: () => ({ ok: false, code: 'ERR_WEBEID_BAD_PDF' }) as const,
});

/** extension page -> background: cancels the running operation; false when none runs. */
export const handleCancelWebEid = handler('cancelWebEid', () => bridge?.cancel() ?? false, { refuse: () => false });

/** The Web eID service: signing certificate, signed PDFs, cancel. Extension pages only. */
export function registerWebEidHandlers(): void {
  listen(handleReadSigningCertificate, handleSignPdf, handleCancelWebEid);
}
