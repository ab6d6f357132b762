// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorIdentity, type SimulatorIdentity } from '@/test/native-host/identity';
import { encodeFrame, SIMULATOR_PATH } from '@/test/native-host/node-port';

// The simulator as a real child process, spoken to with raw frames (no bridge in between).
let ecc: SimulatorIdentity;
beforeAll(async () => {
  ecc = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'sim-')), keyType: 'ECC' });
});

/** Writes `input` to a fresh simulator, returns the frames it answered and its exit code. */
function talk(input: Buffer, mode = 'normal'): Promise<{ frames: unknown[]; raw: Buffer; code: number | null }> {
  const child = spawn(process.execPath, [SIMULATOR_PATH], {
    env: { ...process.env, WEBEID_SIM_CONFIG: ecc.configPath, WEBEID_SIM_MODE: mode },
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stdin.end(input);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const raw = Buffer.concat(chunks);
      const frames: unknown[] = [];
      for (let at = 0; at + 4 <= raw.length; ) {
        const length = raw.readUInt32LE(at);
        if (at + 4 + length > raw.length) break;
        frames.push(JSON.parse(raw.subarray(at + 4, at + 4 + length).toString('utf8')));
        at += 4 + length;
      }
      resolve({ frames, raw, code });
    }),
  );
}

const origin = 'https://sportellocie.it';

describe('web-eid simulator over real stdio framing', () => {
  it('sends the version first, answers get-signing-certificate once and exits 0', async () => {
    const { frames, code } = await talk(encodeFrame({ command: 'get-signing-certificate', arguments: { origin } }));
    expect(frames).toHaveLength(2);
    expect(frames[0]).toEqual({ version: (expect.stringMatching(/^2\.\d+\.\d+\+\d+$/) as unknown) });
    expect(frames[1]).toMatchObject({ certificate: ecc.config.certificate });
    expect(code).toBe(0);
  });

  it('reads only one command: a second one is ignored', async () => {
    const two = Buffer.concat([encodeFrame({ command: 'quit', arguments: {} }), encodeFrame({ command: 'quit', arguments: {} })]);
    const { frames } = await talk(two);
    expect(frames).toEqual([{ version: (expect.any(String) as unknown) }, {}]);
  });

  it('rejects argument sets that are not exact', async () => {
    const extra = await talk(encodeFrame({ command: 'get-signing-certificate', arguments: { origin, extra: 1 } }));
    expect(extra.frames[1]).toMatchObject({ error: { code: 'ERR_WEBEID_NATIVE_FATAL' } });
    const missing = await talk(encodeFrame({ command: 'sign', arguments: { origin, hash: 'AAAA' } }));
    expect(missing.frames[1]).toMatchObject({ error: { code: 'ERR_WEBEID_NATIVE_FATAL', message: (expect.stringContaining('missing') as unknown) } });
  });

  it('signs a SHA-256 hash with raw 64-byte R||S that verifies', async () => {
    const hash = Buffer.from(await crypto.subtle.digest('SHA-256', Buffer.from('ciao')));
    const { frames } = await talk(
      encodeFrame({ command: 'sign', arguments: { origin, hash: hash.toString('base64'), hashFunction: 'SHA-256', certificate: ecc.config.certificate } }),
    );
    const reply = frames[1] as { signature: string; signatureAlgorithm: unknown };
    const signature = Buffer.from(reply.signature, 'base64');
    expect(signature).toHaveLength(64);
    expect(reply.signatureAlgorithm).toEqual({ cryptoAlgorithm: 'ECC', hashFunction: 'SHA-256', paddingScheme: 'NONE' });
    const { X509Certificate } = await import('node:crypto');
    const key = await crypto.subtle.importKey('spki', new X509Certificate(Buffer.from(ecc.certificateDer)).publicKey.export({ type: 'spki', format: 'der' }), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, Buffer.from('ciao'))).toBe(true);
  });

  it('refuses an incoming message over 8 KiB', async () => {
    const { frames } = await talk(encodeFrame({ command: 'get-signing-certificate', arguments: { origin: `https://${'a'.repeat(9000)}.it` } }));
    expect(frames[1]).toMatchObject({ error: { message: (expect.stringContaining('exceeds 8192') as unknown) } });
  });

  it('misbehaves on request', async () => {
    const cmd = encodeFrame({ command: 'get-signing-certificate', arguments: { origin } });
    expect((await talk(cmd, 'wrong-version')).frames[0]).toEqual({ version: '3.0.0+1' });
    expect((await talk(cmd, 'silent')).raw.length).toBe(0);
    expect((await talk(cmd, 'user-cancelled')).frames[1]).toMatchObject({ error: { code: 'ERR_WEBEID_USER_CANCELLED' } });
    expect((await talk(cmd, 'no-reader')).frames[1]).toMatchObject({ error: { code: 'ERR_WEBEID_NATIVE_FATAL', message: (expect.stringMatching(/reader/) as unknown) } });
    const crash = await talk(cmd, 'crash-mid-reply');
    expect(crash.code).not.toBe(0);
    expect(crash.frames).toHaveLength(1); // the version, then a truncated frame
    const oversize = await talk(cmd, 'oversize');
    expect(oversize.raw.readUInt32LE(oversize.raw.readUInt32LE(0) + 4)).toBeGreaterThan(8192);
  });
});
