import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '@/utils/extension-ids';
import { NATIVE_HOSTS } from '@/utils/webeid/protocol';
import { createSimulatorIdentity, type SimKeyType, type SimMode, type SimRsaPadding, type SimulatorIdentity } from './identity';
import { SIMULATOR_PATH } from './node-port';

export interface InstalledSimulator extends SimulatorIdentity {
  manifestPath: string;
  launcherPath: string;
}

/**
 * Installs the simulator as a native host for a throwaway browser profile.
 * - chromium: `dir` is the `--user-data-dir`; manifest in `<dir>/NativeMessagingHosts/`,
 *   `allowed_origins: ["chrome-extension://<id>/"]`.
 * - firefox: `dir` is the browser's HOME; manifest in `<dir>/.mozilla/native-messaging-hosts/`,
 *   `allowed_extensions: ["<addon id>"]`.
 * `allowed: false` writes a manifest that lists another extension (the "not allowed" case).
 * Change the mode later with writeSimulatorConfig(result.configPath, { ...result.config, mode }).
 */
export async function installSimulatorHost(options: {
  browser: 'chromium' | 'firefox';
  dir: string;
  mode?: SimMode;
  keyType?: SimKeyType;
  padding?: SimRsaPadding;
  hostName?: string;
  extensionId?: string;
  allowed?: boolean;
  logFile?: string;
}): Promise<InstalledSimulator> {
  const hostName = options.hostName ?? NATIVE_HOSTS[0];
  const simDir = join(options.dir, 'webeid-sim');
  const identity = await createSimulatorIdentity({
    dir: simDir,
    keyType: options.keyType ?? 'ECC',
    ...(options.padding ? { padding: options.padding } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
    ...(options.logFile ? { logFile: options.logFile } : {}),
  });
  const launcherPath = join(simDir, 'web-eid-sim.sh');
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  writeFileSync(
    launcherPath,
    `#!/bin/sh\nWEBEID_SIM_CONFIG=${quote(identity.configPath)}\nexport WEBEID_SIM_CONFIG\nexec ${quote(process.execPath)} ${quote(SIMULATOR_PATH)} "$@"\n`,
  );
  chmodSync(launcherPath, 0o755);

  const allowed = options.allowed ?? true;
  const manifest =
    options.browser === 'chromium'
      ? { allowed_origins: [`chrome-extension://${allowed ? (options.extensionId ?? CHROMIUM_EXTENSION_ID) : 'a'.repeat(32)}/`] }
      : { allowed_extensions: [allowed ? (options.extensionId ?? FIREFOX_ADDON_ID) : 'someone-else@example.org'] };
  const manifestDir =
    options.browser === 'chromium'
      ? join(options.dir, 'NativeMessagingHosts')
      : join(options.dir, '.mozilla', 'native-messaging-hosts');
  mkdirSync(manifestDir, { recursive: true });
  const manifestPath = join(manifestDir, `${hostName}.json`);
  const body = { name: hostName, description: 'Web eID simulator (test)', path: launcherPath, type: 'stdio', ...manifest };
  writeFileSync(manifestPath, JSON.stringify(body, null, 2));
  return { ...identity, manifestPath, launcherPath };
}
