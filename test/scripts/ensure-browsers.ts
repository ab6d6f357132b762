import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The tests drive Debian's browsers and verify PDFs with poppler: install what is missing
// (as root), or say exactly what to install. Never downloads a browser of its own.
const NEEDED = [
  { path: '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { path: '/usr/bin/pdfsig', pkg: 'poppler-utils' },
  { path: '/usr/bin/openssl', pkg: 'openssl' },
] as const;

const missing = NEEDED.filter(({ path }) => !existsSync(path)).map(({ pkg }) => pkg);
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot) {
  console.error(`Missing Debian packages: ${missing.join(' ')}\nInstall them with: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Installing Debian packages: ${missing.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
