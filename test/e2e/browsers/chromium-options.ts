/** Debian's Chromium, never a downloaded one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launch options shared by the e2e tests and the benchmark: the demo hosts mapped to our
 * server, an Italian browser, quiet on this closed network; the extension when one is given.
 */
export function chromiumLaunchOptions(httpsPort: number, extensionDir: string | null, headless = true, uiLanguage: 'it' | 'en' = 'it') {
  const hosts = ['cieonline.interno.it', 'altro.interno.it'].map((h) => `MAP ${h} 127.0.0.1:${httpsPort}`);
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  return {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    locale: 'it-IT',
    args: [
      ...extension,
      `--host-resolver-rules=${hosts.join(', ')}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      uiLanguage === 'en' ? '--lang=en-US' : '--lang=it-IT',
      // Pages' navigator.language from the browser itself: headless Chromium otherwise says
      // en-US, and Playwright's locale override can reach a tab the extension opened only after
      // its document_start script read the language (an English panel, under load).
      '--accept-lang=it-IT,it',
    ],
  };
}
