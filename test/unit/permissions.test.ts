import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: number }) => { permissions?: string[] };
const readme = readFileSync('README.md', 'utf8');

describe('permissions', () => {
  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ])('every permission the %s build asks for has its row in the README, saying why', (browser, manifestVersion) => {
    const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion });
    const permissions = manifest.permissions ?? [];
    expect(permissions).toContain('storage');
    for (const permission of permissions) expect(readme).toMatch(new RegExp(`^\\| \`${permission}\` \\|.+\\|.+\\| \\S.{20,}\\|$`, 'm'));
    expect(permissions).not.toContain('<all_urls>');
    expect(permissions).not.toContain('tabs');
  });
});
