import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulatorIdentity } from '../native-host/identity';
import { encodeFrame, nodeConnector, SIMULATOR_PATH } from '../native-host/node-port';
import { createWebEidBridge } from '@/utils/webeid/bridge';
import { app, fakeConnector } from '@/utils/webeid/fake-port.test-helper';
import { median, nsPerOp, type BenchResult } from './harness';

const origin = 'https://sportellocie.it';
const command = { command: 'get-signing-certificate', arguments: { origin } };

/** The peer: spawn the host, read the version frame, send one frame, read the reply. No checks. */
function bareRoundTrip(env: Record<string, string>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SIMULATOR_PATH], { env: { ...process.env, ...env } });
    let buffer = Buffer.alloc(0);
    let frames = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 4 && buffer.length >= 4 + buffer.readUInt32LE(0)) {
        const length = buffer.readUInt32LE(0);
        const message: unknown = JSON.parse(buffer.subarray(4, 4 + length).toString('utf8'));
        buffer = buffer.subarray(4 + length);
        if (++frames === 1) child.stdin.write(encodeFrame(command));
        else return resolve(message);
      }
    });
    child.on('error', reject);
  });
}

/** Bridge (handshake, version check, zod, size caps, lock) vs bare framing, same simulator. */
export default async function (): Promise<BenchResult[]> {
  const identity = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'bench-sim-')), keyType: 'ECC' });
  const env = { WEBEID_SIM_CONFIG: identity.configPath };
  const bridge = createWebEidBridge({ connector: nodeConnector(env), timeoutMs: () => 10_000 });
  const viaBridge = (): Promise<unknown> => bridge.exclusive((ops) => ops.getSigningCertificate(origin));
  await viaBridge();
  await bareRoundTrip(env); // warm both paths once

  // Interleaved rounds, so load from other processes hits both sides alike.
  const bridgeSamples: number[] = [];
  const bareSamples: number[] = [];
  for (let round = 0; round < 9; round++) {
    bridgeSamples.push(await nsPerOp(viaBridge, 2, 1));
    bareSamples.push(await nsPerOp(() => bareRoundTrip(env), 2, 1));
  }
  const bridgeNs = median(bridgeSamples);
  const bareNs = median(bareSamples);

  // The bridge's own cost without a process: in-memory port vs an in-memory echo.
  const reply = { certificate: identity.config.certificate, supportedSignatureAlgorithms: [{ cryptoAlgorithm: 'ECC', hashFunction: 'SHA-256', paddingScheme: 'NONE' }] };
  const memoryBridge = createWebEidBridge({ connector: fakeConnector(app(() => reply)), timeoutMs: () => 10_000 });
  const memoryNs = await nsPerOp(() => memoryBridge.exclusive((ops) => ops.getSigningCertificate(origin)), 2000);
  const echoNs = await nsPerOp(async () => {
    await Promise.resolve({ version: '2.5.0+700' });
    return JSON.parse(JSON.stringify(reply)) as unknown;
  }, 2000);

  return [
    { name: 'bridge getSigningCertificate (spawned simulator)', value: bridgeNs / 1e6, unit: 'ms', peer: 'bare spawn+framing round trip', peerValue: bareNs / 1e6 },
    { name: 'bridge logic, in-memory port', value: memoryNs / 1e3, unit: 'µs', peer: 'in-memory JSON echo', peerValue: echoNs / 1e3 },
  ];
}
