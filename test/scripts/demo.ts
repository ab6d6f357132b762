import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/browsers/chromium';
import { startPortalServer } from '../portal/server';

// `npm run demo`: build the extension, serve the demo portal at https://cieonline.interno.it
// (mapped to this machine), and open Chromium with the extension on it. Without a display it
// runs headless, saves screenshots and says where.
execFileSync('npx', ['tsx', 'test/scripts/ensure-browsers.ts'], { stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const server = await startPortalServer();
const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');
const browser = await launchChromium({
  extensionDir: resolve('.output/chrome-mv3'),
  httpsPort: server.httpsPort,
  proxyPort: server.proxyPort,
  headless,
});
// The practice cases (fictitious citizens, counted apart) in one tab, the reprint page in front.
const practice = await browser.newPage('https://cieonline.interno.it/pratica.html');
const page = await browser.newPage('https://cieonline.interno.it/ristampa.html');

if (headless) {
  const out = resolve('test-output/demo');
  mkdirSync(out, { recursive: true });
  await page.waitFor(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=panel]') != null);
  await page.screenshot(`${out}/portale-con-pannello.png`);
  const popup = await browser.openPopupFor(page);
  await popup.waitFor(() => document.querySelector('[data-testid=page-status][data-recognised]') !== null && document.querySelector('[data-testid=week]:not([aria-busy])') !== null);
  await popup.screenshot(`${out}/popup.png`, 'main.popup'); // at its real size (360 px)
  await practice.waitFor(() => document.querySelector('[data-pratica-caso]') !== null);
  await practice.screenshot(`${out}/casi-di-esercitazione.png`);
  console.log(`Demo headless: nessuno schermo disponibile. Schermate salvate in ${out}/`);
  await browser.close();
  await server.close();
} else {
  console.log('Demo aperta in Chromium su https://cieonline.interno.it/ristampa.html, con i casi di esercitazione in una seconda scheda. Chiudere il browser o Ctrl+C per uscire.');
  const stop = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  browser.onClose(() => void stop());
}
