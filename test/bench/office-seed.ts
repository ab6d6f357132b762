import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestDoc, type OfficeRequestDoc } from '../../utils/office/doc';
import { addDays, dayKey } from '../../utils/quota/day';
import { CASE_KINDS, CHANNELS, HALVES } from '../../utils/quota/schema';
import { POUCHDB_SERVER_VERSION } from '../office-server/install';
import { ADMIN, DATABASE, startOfficeServer, type OfficeTestServer } from '../office-server/server';

/**
 * A year of an office's data on pouchdb-server for the office bench: 20 counters x 40 requests
 * a day x 365 days, written once as the admin through `_bulk_docs` (the design document's
 * validation runs on every document), the views built, then the data directory kept under
 * node_modules/.cache/ keyed by the design document's file, the seed's shape and the server's version.
 * Each run starts a copy of it, so nothing a run writes reaches the cache.
 */
export const COUNTERS = 20;
export const PER_DAY = 40;
export const DAYS = 365;
export const FIRST_DAY = '2025-01-01';
export const WORKSTATIONS = Array.from({ length: COUNTERS }, (_, i) => ({ name: `sportello-${i + 1}`, password: `bench-${i + 1}` }));
export const LIMIT = 800;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = join(root, 'node_modules', '.cache', 'sportello-office-bench');
const DAYS_PER_BATCH = 10;

export interface SeededServer {
  server: OfficeTestServer;
  /** What seeding took when this run had to seed (no cached copy yet). */
  seeded?: { docsMs: number; viewsMs: number; docs: number };
  /** Stops the server and removes this run's copy of the data. */
  close(): Promise<void>;
}

const DESIGN_FILE = join(root, 'utils', 'office', 'deploy', 'office-design.mjs');
const VIEWS = ['requests', 'undone'];

function cacheKey(): string {
  const shape = { design: readFileSync(DESIGN_FILE, 'utf8'), POUCHDB_SERVER_VERSION, COUNTERS, PER_DAY, DAYS, FIRST_DAY, WORKSTATIONS, LIMIT };
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}

/** One day's documents: each counter's 40 requests between 08:00 and about 14:30 (Rome). */
function dayDocs(day: string): OfficeRequestDoc[] {
  const docs: OfficeRequestDoc[] = [];
  for (const { name } of WORKSTATIONS) {
    for (let i = 0; i < PER_DAY; i++) {
      const time = Date.parse(`${day}T07:00:00Z`) + i * 600_000 + Math.floor(Math.random() * 60_000);
      const record = { id: crypto.randomUUID(), time, day: dayKey(time), halves: HALVES[i % 3]!, channel: CHANNELS[i % 2]!, kind: CASE_KINDS[i % 3]!, workstation: name, source: 'checklist', practice: false } as const;
      docs.push(requestDoc(name, record));
    }
  }
  return docs;
}

/** A GET with no client timeout (a view's first build on a year of data takes minutes). */
function slowGet(url: string): Promise<number> {
  const auth = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { Authorization: auth } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

async function seed(dir: string, log: (line: string) => void): Promise<NonNullable<SeededServer['seeded']>> {
  const server = await startOfficeServer({ dir, workstations: WORKSTATIONS, dailyLimit: LIMIT });
  try {
    let docsMs = 0;
    let viewsMs = 0;
    let docs = 0;
    for (let d = 0; d < DAYS; d += DAYS_PER_BATCH) {
      const batch: OfficeRequestDoc[] = [];
      for (let k = d; k < Math.min(DAYS, d + DAYS_PER_BATCH); k++) batch.push(...dayDocs(addDays(FIRST_DAY, k)));
      let start = performance.now();
      const answer = await server.request('POST', `${DATABASE}/_bulk_docs`, { docs: batch });
      const refused = Array.isArray(answer.body) ? answer.body.filter((row: { error?: string }) => row.error) : [answer.body];
      if (answer.status !== 201 || refused.length > 0) throw new Error(`seeding: HTTP ${answer.status} ${JSON.stringify(refused.slice(0, 2))}`);
      docsMs += performance.now() - start;
      docs += batch.length;
      // The views follow each batch, so no single request waits for the whole year's index.
      start = performance.now();
      for (const view of VIEWS) {
        const status = await slowGet(`${server.url}/${DATABASE}/_design/office/_view/${view}?limit=0`);
        if (status !== 200) throw new Error(`view ${view}: HTTP ${status}`);
      }
      viewsMs += performance.now() - start;
      if ((d / DAYS_PER_BATCH) % 6 === 5) log(`  seeding: ${docs} documents (${((docsMs + viewsMs) / 1000).toFixed(0)} s)`);
    }
    return { docsMs, viewsMs, docs };
  } finally {
    await server.stop();
  }
}

/**
 * The seeded server on 127.0.0.1 (seeding first when no cached copy exists). Progress goes to
 * stderr: each line `npm run bench` prints to stdout is a result with its ratio (contract.md).
 */
export async function seededOfficeServer(log: (line: string) => void = console.error): Promise<SeededServer> {
  const cached = join(CACHE, cacheKey());
  let seeded: SeededServer['seeded'];
  if (!existsSync(join(cached, 'complete'))) {
    const partial = `${cached}.partial`;
    await rm(partial, { recursive: true, force: true });
    log(`  seeding ${COUNTERS * PER_DAY * DAYS} documents once into ${cached} (later runs reuse it)`);
    seeded = await seed(partial, log);
    await writeFile(join(partial, 'complete'), new Date().toISOString());
    await rm(cached, { recursive: true, force: true });
    await rename(partial, cached);
  }
  const dir = await mkdtemp(join(tmpdir(), 'sportello-office-bench-'));
  await cp(cached, dir, { recursive: true });
  const server = await startOfficeServer({ dir, workstations: WORKSTATIONS, dailyLimit: LIMIT });
  return {
    server,
    seeded,
    async close() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
