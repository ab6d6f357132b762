#!/usr/bin/env node
// Prepares a comune's CouchDB 3 for Sportello CIE's office count. Node 18+, no dependencies.
// Safe to run again: what exists is kept (the design document and passwords are updated).
//
//   COUCHDB_ADMIN=admin:password node setup-office-server.mjs \
//     --url https://couch.comune.example:6984 --database sportello-cie --limit 20 \
//     --workstation sportello-1 --workstation sportello-2 --it responsabile
//
// Each --workstation / --it user's password is read from the environment variable
// SPORTELLO_PASSWORD_<NAME> (upper case, - and . as _), or asked on the terminal.
// What it does: creates the database; sets _security (members: role sportello, admins: role
// sportello-it); creates or updates each user in _users with its role; puts _design/office
// (the daily count view and the validation); writes the office's daily limit (office-settings).
import http from 'node:http';
import https from 'node:https';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { IT_ROLE, OFFICE_DESIGN, SETTINGS_DOC_ID, WORKSTATION_ROLE } from './office-design.mjs';

/** One HTTP request with basic auth and a JSON body; resolves { status, body } and never follows redirects. */
export function couchRequest(base, auth, method, path, body) {
  const url = new URL(path, base.endsWith('/') ? base : `${base}/`);
  const client = url.protocol === 'https:' ? https : http;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers = { Accept: 'application/json' };
  if (auth?.username) headers.Authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  if (payload !== undefined) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method, headers, timeout: 30_000 }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        let parsed = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: kept as text
        }
        resolve({ status: response.statusCode ?? 0, body: parsed });
      });
    });
    request.on('timeout', () => request.destroy(new Error(`timeout: ${method} ${url.pathname}`)));
    request.on('error', reject);
    if (payload !== undefined) request.write(payload);
    request.end();
  });
}

function must(result, what, ok = [200, 201, 202]) {
  if (!ok.includes(result.status)) throw new Error(`${what}: HTTP ${result.status} ${JSON.stringify(result.body)}`);
  return result;
}

/** Creates or updates a document, keeping its current revision. */
async function putDoc(call, path, doc, what) {
  const current = await call('GET', path);
  const rev = current.status === 200 ? current.body._rev : undefined;
  must(await call('PUT', path, rev ? { ...doc, _rev: rev } : doc), what);
}

/**
 * Sets up the office database. `admin` is a CouchDB server admin; `workstations` and `it`
 * are `{ name, password }`; `dailyLimit` (optional) is the office's limit, readable by every
 * workstation and writable only by IT.
 */
export async function setupOfficeServer({ url, admin, database, workstations = [], it = [], dailyLimit, log = () => undefined }) {
  const call = (method, path, body) => couchRequest(url, admin, method, path, body);
  const db = encodeURIComponent(database);
  must(await call('PUT', db), `create database ${database}`, [201, 202, 412]);
  log(`database ${database}: ok`);
  // CouchDB 3 creates _users at setup; pouchdb-server on first use.
  must(await call('PUT', '_users'), 'create _users', [201, 202, 412]);
  must(
    await call('PUT', `${db}/_security`, { admins: { names: [], roles: [IT_ROLE] }, members: { names: [], roles: [WORKSTATION_ROLE, IT_ROLE] } }),
    'security',
  );
  log('security: members sportello, sportello-it; admins sportello-it');
  const users = [...workstations.map((u) => ({ ...u, role: WORKSTATION_ROLE })), ...it.map((u) => ({ ...u, role: IT_ROLE }))];
  for (const user of users) {
    const id = `org.couchdb.user:${user.name}`;
    await putDoc(call, `_users/${encodeURIComponent(id)}`, { _id: id, name: user.name, password: user.password, roles: [user.role], type: 'user' }, `user ${user.name}`);
    log(`user ${user.name} (${user.role}): ok`);
  }
  await putDoc(call, `${db}/_design/office`, OFFICE_DESIGN, 'design document');
  log('design document _design/office: ok');
  if (dailyLimit !== undefined) {
    await putDoc(call, `${db}/${SETTINGS_DOC_ID}`, { _id: SETTINGS_DOC_ID, type: 'settings', dailyLimit }, 'office limit');
    log(`office daily limit: ${dailyLimit}`);
  }
}

async function passwordFor(name, ask) {
  const key = `SPORTELLO_PASSWORD_${name.toUpperCase().replace(/[-.]/g, '_')}`;
  return process.env[key] || (await ask(`Password for ${name}: `));
}

async function main(argv) {
  const args = { workstation: [], it: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!key || value === undefined) throw new Error(`missing value after ${argv[i]}`);
    if (key === 'workstation' || key === 'it') args[key].push(value);
    else args[key] = value;
  }
  const [adminName, ...rest] = (process.env.COUCHDB_ADMIN ?? '').split(':');
  if (!args.url || !args.database || !adminName || rest.length === 0) {
    throw new Error('usage: COUCHDB_ADMIN=user:password node setup-office-server.mjs --url URL --database NAME [--limit N] [--workstation NAME]... [--it NAME]...');
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const ask = (question) => terminal.question(question);
    const toUsers = async (names) => {
      const users = [];
      for (const name of names) users.push({ name, password: await passwordFor(name, ask) });
      return users;
    };
    await setupOfficeServer({
      url: args.url,
      admin: { username: adminName, password: rest.join(':') },
      database: args.database,
      workstations: await toUsers(args.workstation),
      it: await toUsers(args.it),
      dailyLimit: args.limit === undefined ? undefined : Number(args.limit),
      log: (line) => console.log(line),
    });
  } finally {
    terminal.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  });
}
