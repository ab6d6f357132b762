import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { couchRequest, setupOfficeServer } from '../../utils/office/deploy/setup-office-server.mjs';
import { ensurePouchdbServer } from './install';

/**
 * A real pouchdb-server (CouchDB's protocol) on 127.0.0.1 for the tests and the bench, set up
 * by the same script and design document IT runs against CouchDB. It can be stopped and
 * started again on the same port and data (the office going offline and coming back).
 */
export const ADMIN = { username: 'admin', password: 'admin-secret' } as const;
export const DATABASE = 'sportello-cie';

export interface CouchAnswer {
  status: number;
  body: unknown;
}
type Auth = { username: string; password: string };
export type User = { name: string; password: string };

export interface OfficeTestServer {
  url: string;
  port: number;
  dir: string;
  /** Any request, as `auth` (the admin by default). */
  request(method: string, path: string, body?: unknown, auth?: Auth): Promise<CouchAnswer>;
  /** Every document of the office database (design and _local documents left out). */
  docs(): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface StartOptions {
  /** Users with their passwords, as the setup script takes them. */
  workstations?: User[];
  it?: User[];
  dailyLimit?: number;
  /** Data directory to reuse (the bench keeps a seeded one); a fresh temporary one otherwise. */
  dir?: string;
  /** Origins allowed by CORS; none by default (the extension reaches it through its host permission). */
  corsOrigins?: string[];
}

/** Starts pouchdb-server, creates the admin and runs the IT setup script against it. */
export async function startOfficeServer(options: StartOptions = {}): Promise<OfficeTestServer> {
  const bin = await ensurePouchdbServer();
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'sportello-couch-')));
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cors = options.corsOrigins ?? [];
  // pouchdb-server's CORS is on for every origin by default; CouchDB 3's is off.
  const config = {
    httpd: { enable_cors: cors.length > 0 },
    cors: { origins: cors.join(', ') || 'http://nowhere.invalid', credentials: false },
    log: { file: join(dir, 'log.txt'), level: 'error' },
  };
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  let child: ChildProcess | undefined;

  const request = async (method: string, path: string, body?: unknown, auth: Auth = ADMIN): Promise<CouchAnswer> =>
    (await couchRequest(url, auth, method, path, body));

  async function start(): Promise<void> {
    child = spawn(process.execPath, [bin, '--host', '127.0.0.1', '--port', String(port), '--dir', dir, '--config', join(dir, 'config.json'), '--no-stdout-logs'], {
      stdio: 'ignore',
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const up = await couchRequest(url, ADMIN, 'GET', '').catch(() => null);
      if (up && (up).status > 0) return;
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start');
      await sleep(100);
    }
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  }

  await start();
  // pouchdb-server starts with no admin (CouchDB 3 is given one at install): create it here.
  const admins = await request('GET', '_config/admins');
  if (!(typeof admins.body === 'object' && admins.body && ADMIN.username in admins.body)) {
    const made = (await couchRequest(url, null, 'PUT', `_config/admins/${ADMIN.username}`, ADMIN.password));
    if (made.status !== 200) throw new Error(`admin: HTTP ${made.status}`);
  }
  await setupOfficeServer({ url, admin: ADMIN, database: DATABASE, workstations: options.workstations ?? [], it: options.it ?? [], dailyLimit: options.dailyLimit });

  return {
    url,
    port,
    dir,
    request,
    async docs() {
      const all = await request('GET', `${DATABASE}/_all_docs?include_docs=true`);
      const rows = (all.body as { rows?: { id: string; doc: Record<string, unknown> }[] }).rows ?? [];
      return rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc);
    },
    stop,
    start,
  };
}
