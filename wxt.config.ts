import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CHROMIUM_PUBLIC_KEY, FIREFOX_ADDON_ID } from './utils/extension-ids';
import { PORTAL_MATCHES } from './utils/portal/origins';
import { manifestLocaleFiles } from './utils/manifest-locales';

// Every extension page (and Firefox's background page, Chromium's worker): only our own files;
// no inline or remote scripts, no plugins. Network: the extension itself, any https origin
// and http only on this machine (an office server on 127.0.0.1/localhost). The manifest cannot
// know the origins an office configures at run time (practice portal, office server), so
// utils/net/guarded-fetch.ts, the one function that sends requests, checks each URL against
// what is configured now. No ws: or data: connections. blob: is listed because a page may read
// back only the blob: URLs its own origin made (nothing leaves the machine); Chromium already
// counts those as 'self', Firefox needs them named (the tests read the shown PDF that way).
// blob:/data: are shown only where a document is (the print page's PDF frame, the logo preview).
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self' blob: https: http://127.0.0.1:* http://localhost:*",
  "img-src 'self' data:",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const EXTRA_ORIGINS = 'https://*/*';
// The office server (issue #19) is https (covered by EXTRA_ORIGINS) or http on this computer;
// asked for at run time, never at install. No port: Firefox refuses one, Chrome then allows any.
const LOCAL_SERVERS = ['http://127.0.0.1/*', 'http://localhost/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  // The sources zip AMO reviewers rebuild from (with package-lock.json): no build output,
  // no test output. WXT already leaves out node_modules, hidden files and *.test.* files.
  zip: { excludeSources: ['test-output/**', '**/*.log', 'stats.html'] },
  hooks: {
    // _locales is generated from locales/*.json so the manifest and the UI share one source.
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
    },
    // No web_accessible_resources: the panel's CSS is carried in the content script, so no
    // page (of the Ministry or an extra origin) can reach or probe a file of ours.
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'it',
    action: { default_title: '__MSG_extActionTitle__' },
    // scripting: Chromium registers the content script for extra origins with it.
    // alarms: the toolbar badge turns to the new day's count at midnight.
    permissions: ['storage', 'nativeMessaging', 'alarms', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: [...PORTAL_MATCHES],
    ...(browser === 'firefox'
      ? {
          // Extra portal origins, asked for at run time from the options page.
          optional_permissions: [EXTRA_ORIGINS, ...LOCAL_SERVERS],
          content_security_policy: EXTENSION_PAGES_CSP,
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android gained data_collection_permissions in 142 (web-ext lint checks it).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: CHROMIUM_PUBLIC_KEY,
          optional_host_permissions: [EXTRA_ORIGINS, ...LOCAL_SERVERS],
          content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
