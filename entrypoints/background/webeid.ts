import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { assertOwnPage } from '@/utils/sender';
import { readSettings } from '@/utils/settings';
import { createWebEidBridge, type WebEidBridge } from '@/utils/webeid/bridge';
import { CancelWebEidRequest, ReadSigningCertificateRequest, SignPdfRequest } from '@/utils/webeid/messages';
import type { NativePortLike } from '@/utils/webeid/port';
import { readSigningCertificate, signPdfMessage } from '@/utils/webeid/service';

// One bridge per worker life. Nothing in it needs saving: if the browser stops the worker,
// the open port closes, the app exits, and the next request builds a new bridge.
let bridge: WebEidBridge | undefined;

function currentBridge(): WebEidBridge {
  bridge ??= createWebEidBridge({
    connector: {
      connect: (host) => browser.runtime.connectNative(host) as unknown as NativePortLike,
      lastError: () => browser.runtime.lastError?.message,
    },
    timeoutMs: async () => (await readSettings()).webeidTimeoutSeconds * 1000,
  });
  return bridge;
}

/** The Web eID service: signing certificate, signed PDFs, cancel. Extension pages only. */
export function registerWebEidHandlers(): void {
  onMessage('readSigningCertificate', async ({ data, sender }) => {
    assertOwnPage(sender);
    const request = ReadSigningCertificateRequest.safeParse(data);
    if (!request.success) return { ok: false, code: 'ERR_WEBEID_UNKNOWN_ERROR' };
    return readSigningCertificate(currentBridge(), request.data);
  });

  onMessage('signPdf', async ({ data, sender }) => {
    assertOwnPage(sender);
    const request = SignPdfRequest.safeParse(data);
    if (!request.success) return { ok: false, code: 'ERR_WEBEID_BAD_PDF' };
    return signPdfMessage(currentBridge(), request.data);
  });

  onMessage('cancelWebEid', ({ data, sender }) => {
    assertOwnPage(sender);
    CancelWebEidRequest.parse(data);
    return bridge?.cancel() ?? false;
  });
}
