import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensurePouchdbServer } from '../office-server/install';
import { startPortalServer } from '../portal/server';
import { BUILDS } from './builds';

declare module 'vitest' {
  export interface ProvidedContext {
    portal: { httpsPort: number; proxyPort: number };
  }
}

/** One demo portal server for the whole run; the builds must already exist. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const dir of Object.values(BUILDS)) {
    if (!existsSync(dir)) throw new Error(`Missing production build ${dir}: run npm run build && npm run build:firefox`);
  }
  await ensurePouchdbServer(); // the office server's tests (installed once into test-output/)
  const server = await startPortalServer();
  project.provide('portal', { httpsPort: server.httpsPort, proxyPort: server.proxyPort });
  return server.close;
}
