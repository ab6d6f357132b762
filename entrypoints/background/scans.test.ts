import { describe, expect, it } from 'vitest';
import { makeClaimingPng, makePng } from '@/test/fixtures/scans';
import { contentSender } from '@/test/unit/quota-harness';
import { mergeScansFor } from './scans';

const request = (name: string, bytes: Buffer): unknown => ({ files: [{ name, type: 'image/png', base64: bytes.toString('base64') }] });

describe('the background merging scans', () => {
  it('answers a crafted PNG with its message, and the next normal merge still works', async () => {
    const started = performance.now();
    const refused = await mergeScansFor(request('bomba.png', makeClaimingPng(20_000, 20_000)), contentSender(7));
    // Decoded, this 69-byte file took pdf-lib 30 s and 3 GB; read by its header it is instant.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(refused).toEqual({ ok: false, messageKey: 'docScanImageTooLarge', vars: { name: 'bomba.png', size: '400.0', max: '25.0' } });

    const merged = await mergeScansFor(request('delega.png', makePng()), contentSender(7));
    expect(merged).toMatchObject({ ok: true, pages: 1 });
  });
});
