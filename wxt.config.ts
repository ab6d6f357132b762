import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CHROMIUM_PUBLIC_KEY, FIREFOX_ADDON_ID } from './utils/extension-ids';
import { PORTAL_MATCHES } from './utils/portal/origins';
import { manifestLocaleFiles } from './utils/manifest-locales';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // _locales is generated from locales/*.json so the manifest and the UI share one source.
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'it',
    action: { default_title: '__MSG_extActionTitle__' },
    permissions: ['storage', 'nativeMessaging'],
    host_permissions: [...PORTAL_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROMIUM_PUBLIC_KEY }),
  }),
});
