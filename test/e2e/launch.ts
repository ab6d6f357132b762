import { inject } from 'vitest';
import { launchChromium } from './browsers/chromium';
import { launchFirefox } from './browsers/firefox';
import type { E2EBrowser, LaunchOptions } from './browsers/types';
import { BUILDS } from './builds';

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** Launches one browser with the production build, pointed at the demo portal server. */
export function launch(name: BrowserName, extra: Partial<LaunchOptions> = {}): Promise<E2EBrowser> {
  const { httpsPort, proxyPort } = inject('portal');
  const options: LaunchOptions = { extensionDir: BUILDS[name], httpsPort, proxyPort, ...extra };
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

export const PORTAL = 'https://cieonline.interno.it';
