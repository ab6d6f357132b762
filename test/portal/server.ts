import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTestCertificate } from './certificate';

/** The hosts the demo portal answers for (mapped to this machine by the tests). */
export const PORTAL_HOST = 'cieonline.interno.it';
export const PORTAL_ORIGIN = `https://${PORTAL_HOST}`;
const HOSTS = [PORTAL_HOST, 'altro.interno.it', 'localhost'];

const ROOT = dirname(fileURLToPath(import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

export interface PortalServer {
  /** Port of the HTTPS server (Chromium maps the portal host here). */
  httpsPort: number;
  /** Port of an HTTP proxy that tunnels the portal hosts to it (Firefox's route there). */
  proxyPort: number;
  close: () => Promise<void>;
}

/**
 * Serves test/portal over HTTPS with a certificate made now, plus a CONNECT proxy that only
 * tunnels to our own demo hosts. Nothing leaves this machine.
 */
export async function startPortalServer(): Promise<PortalServer> {
  const { cert, key } = await makeTestCertificate(HOSTS);
  const https = createHttpsServer({ cert, key }, (request, response) => {
    void serveFile(request).then(({ status, type, body }) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      const slow = networkDelay(request);
      if (slow === 0 || !type.startsWith('text/html')) return void response.end(body);
      // ?rete=<ms>: a page from a remote portal arrives in parts. The head comes at once (the
      // content scripts start), the body `ms` later, so DOMContentLoaded comes that much later.
      const html = body.toString();
      const cut = Math.max(0, html.indexOf('<body'));
      response.write(html.slice(0, cut));
      setTimeout(() => response.end(html.slice(cut)), slow);
    });
  });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  const httpsPort = (https.address() as AddressInfo).port;

  const sockets = new Set<Socket>();
  const proxy = createHttpServer((_request, response) => response.writeHead(403).end());
  proxy.on('connect', (request: IncomingMessage, client: Socket) => {
    const host = (request.url ?? '').split(':')[0] ?? '';
    if (!HOSTS.includes(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    httpsPort,
    proxyPort,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      https.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => https.close(resolve)),
        new Promise((resolve) => proxy.close(resolve)),
      ]);
    },
  };
}

/** The `rete` query's delay in ms (at most 2 s), 0 without it. */
function networkDelay(request: IncomingMessage): number {
  const value = Number(new URL(request.url ?? '/', PORTAL_ORIGIN).searchParams.get('rete') ?? 0);
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 2000) : 0;
}

async function serveFile(request: IncomingMessage): Promise<{ status: number; type: string; body: Buffer | string }> {
  const path = new URL(request.url ?? '/', PORTAL_ORIGIN).pathname;
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
  const file = join(ROOT, relative);
  if (!file.startsWith(ROOT) || /\.ts$/.test(file)) return { status: 404, type: 'text/plain', body: 'Not found' };
  try {
    return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return { status: 404, type: 'text/plain; charset=utf-8', body: 'Pagina non trovata' };
  }
}
