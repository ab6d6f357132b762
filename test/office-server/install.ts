import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * pouchdb-server (CouchDB's HTTP and replication protocol on PouchDB) for the tests and the
 * bench, installed by the project itself into test-output/ (git-ignored), never by hand:
 * `--ignore-scripts` skips an optional sqlite3 that would compile for ~90 s (leveldown ships
 * prebuilt binaries). A lock file keeps parallel callers from installing twice.
 */
export const POUCHDB_SERVER_VERSION = '4.2.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER_DIR = join(root, 'test-output', 'pouchdb-server');
export const SERVER_BIN = join(SERVER_DIR, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
const DONE = join(SERVER_DIR, `installed-${POUCHDB_SERVER_VERSION}`);
const LOCK = join(SERVER_DIR, '..', 'pouchdb-server.lock');

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Installs pouchdb-server once; later calls return at once. Returns the path of its bin. */
export async function ensurePouchdbServer(): Promise<string> {
  if (existsSync(DONE)) return SERVER_BIN;
  await mkdir(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      const lock = await open(LOCK, 'wx');
      await lock.close();
      break;
    } catch {
      if (existsSync(DONE)) return SERVER_BIN;
      // A lock older than 5 minutes was left by a killed install.
      const age = Date.now() - (await stat(LOCK).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 300_000) await rm(LOCK, { force: true });
      await sleep(500);
    }
  }
  try {
    if (existsSync(DONE)) return SERVER_BIN;
    await mkdir(SERVER_DIR, { recursive: true });
    await writeFile(join(SERVER_DIR, 'package.json'), JSON.stringify({ name: 'sportello-test-couch', private: true }));
    await promisify(execFile)(
      'npm',
      ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `pouchdb-server@${POUCHDB_SERVER_VERSION}`],
      { cwd: SERVER_DIR, timeout: 600_000 },
    );
    await writeFile(DONE, new Date().toISOString());
    return SERVER_BIN;
  } finally {
    await rm(LOCK, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await ensurePouchdbServer());
}
