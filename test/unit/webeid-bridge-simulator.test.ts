// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorIdentity, simFaults, type SimMode, type SimulatorIdentity } from '@/test/native-host/identity';
import { nodeConnector } from '@/test/native-host/node-port';
import { createWebEidBridge } from '@/utils/webeid/bridge';
import { readSigningCertificate } from '@/utils/webeid/service';

// The bridge, unchanged, against the simulator as a real process with real framing.
let identity: SimulatorIdentity;
beforeAll(async () => {
  identity = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'sim-')), keyType: 'RSA', holder: 'VERDI ANNA' });
});

const bridgeIn = (mode: SimMode) =>
  createWebEidBridge({
    connector: nodeConnector({ WEBEID_SIM_CONFIG: identity.configPath, WEBEID_SIM_MODE: mode }),
    timeoutMs: () => 1500,
    handshakeTimeoutMs: 1500,
  });

describe('bridge against the simulator process', () => {
  it('reads the certificate summary', async () => {
    const result = await readSigningCertificate(bridgeIn('normal'), {});
    expect(result).toMatchObject({ ok: true, certificate: { holder: 'VERDI ANNA', expiresSoon: false } });
  });

  it.each(simFaults())('%s gives %s', async (mode, code) => {
    expect(await readSigningCertificate(bridgeIn(mode), {})).toEqual({ ok: false, code });
  });

  it('a missing binary is "not installed"', async () => {
    const bridge = createWebEidBridge({ connector: nodeConnector({}, '/nonexistent/web-eid'), timeoutMs: () => 1000 });
    expect(await readSigningCertificate(bridge, {})).toEqual({ ok: false, code: 'ERR_WEBEID_NATIVE_UNAVAILABLE' });
  });
});
