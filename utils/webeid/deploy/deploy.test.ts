// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEPLOY_TARGETS, hostManifest, type DeployTarget } from './manifests';

const here = dirname(fileURLToPath(import.meta.url));
const targets = Object.keys(DEPLOY_TARGETS) as DeployTarget[];

describe('native-host deployment', () => {
  it.each(targets)('the committed %s manifest matches our IDs and host name', (target) => {
    const committed = JSON.parse(readFileSync(join(here, target, 'it.sportellocie.webeid.json'), 'utf8')) as unknown;
    expect(committed).toEqual(hostManifest(target));
  });

  it('install.sh puts every manifest in place with this machine\'s binary, and removes them', () => {
    const root = mkdtempSync(join(tmpdir(), 'deploy-'));
    mkdirSync(join(root, 'opt/webeid'), { recursive: true });
    writeFileSync(join(root, 'opt/webeid/web-eid'), '#!/bin/sh\n');
    chmodSync(join(root, 'opt/webeid/web-eid'), 0o755);
    execFileSync('sh', [join(here, 'install.sh'), '--web-eid', '/opt/webeid/web-eid'], { env: { ...process.env, DESTDIR: root } });
    for (const target of targets) {
      const file = join(root, DEPLOY_TARGETS[target], 'it.sportellocie.webeid.json');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(hostManifest(target, '/opt/webeid/web-eid'));
    }
    execFileSync('sh', [join(here, 'install.sh'), '--uninstall'], { env: { ...process.env, DESTDIR: root } });
    expect(targets.some((t) => existsSync(join(root, DEPLOY_TARGETS[t], 'it.sportellocie.webeid.json')))).toBe(false);
  });

  it('install.sh refuses when the app is not installed', () => {
    const root = mkdtempSync(join(tmpdir(), 'deploy-'));
    expect(() => execFileSync('sh', [join(here, 'install.sh'), '--web-eid', '/nope/web-eid'], { env: { ...process.env, DESTDIR: root }, stdio: 'pipe' })).toThrow(/non trovata/);
  });
});
