import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '@/utils/extension-ids';
import { NATIVE_HOSTS } from '../protocol';

/** Browsers a comune may use, with where their system-wide host manifests live on Linux. */
export const DEPLOY_TARGETS = {
  chromium: '/etc/chromium/native-messaging-hosts',
  chrome: '/etc/opt/chrome/native-messaging-hosts',
  edge: '/etc/opt/edge/native-messaging-hosts',
  firefox: '/usr/lib/mozilla/native-messaging-hosts',
} as const;
export type DeployTarget = keyof typeof DEPLOY_TARGETS;

/** Where the Web eID packages install the app on Linux (Debian/Ubuntu/Fedora packages). */
export const WEB_EID_BINARY_LINUX = '/usr/bin/web-eid';

/**
 * Our host manifest: our host name, the installed `web-eid` binary, our extension's ID.
 * The committed JSON files next to this are generated from it (a test keeps them in step).
 */
export function hostManifest(target: DeployTarget, binaryPath: string = WEB_EID_BINARY_LINUX): Record<string, unknown> {
  const base = {
    name: NATIVE_HOSTS[0],
    description: 'Web eID per Sportello CIE (stessa app, manifesto con gli ID dell\'estensione)',
    path: binaryPath,
    type: 'stdio',
  };
  return target === 'firefox'
    ? { ...base, allowed_extensions: [FIREFOX_ADDON_ID] }
    : { ...base, allowed_origins: [`chrome-extension://${CHROMIUM_EXTENSION_ID}/`] };
}
