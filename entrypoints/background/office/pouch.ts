import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import { guardedFetch } from '@/utils/net/guarded-fetch';
import { databaseUrl, type OfficeServer } from '@/utils/office/config';
import type { OfficeDoc } from '@/utils/office/doc';

// PouchDB with only what the office count needs: the indexeddb adapter (never the older idb
// one: it cannot read the other's data), the HTTP adapter and one-shot replication.
// Once per PouchDB: a module loaded again (tests reset modules) must not add them twice.
const plugged = PouchDB as unknown as { sportelloPlugged?: boolean };
if (!plugged.sportelloPlugged) {
  PouchDB.plugin(indexedDbAdapter).plugin(httpAdapter).plugin(replication);
  plugged.sportelloPlugged = true;
}

export type OfficePouch = PouchDatabase<OfficeDoc>;

/** No answer in this time: the server counts as unreachable (an MV3 worker lives ~30 s idle). */
export const OFFICE_TIMEOUT_MS = 10_000;

/** The local replica: every office document made here, the source the server is filled from. */
export function localOfficeDb(name = 'sportello-office'): OfficePouch {
  return new PouchDB<OfficeDoc>(name, { adapter: 'indexeddb', auto_compaction: false });
}

/** The office database on the server, reached only through the guarded door, with a timeout. */
export function remoteOfficeDb(server: OfficeServer): OfficePouch {
  return new PouchDB<OfficeDoc>(databaseUrl(server), {
    adapter: 'http',
    skip_setup: true, // never create the database: that is IT's job (setup script)
    auth: { username: server.username, password: server.password },
    fetch: (url: string | Request, init?: RequestInit) =>
      guardedFetch('office-server', typeof url === 'string' ? url : url.url, { ...init, signal: init?.signal ?? AbortSignal.timeout(OFFICE_TIMEOUT_MS) }),
  });
}
