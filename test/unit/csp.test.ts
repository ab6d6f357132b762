import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { expectExtensionCsp, parseCsp } from './csp-rules';

type ManifestFn = (env: { browser: string; manifestVersion: number }) => { content_security_policy?: string | { extension_pages?: string } };

// The manifests as the config makes them; test/e2e/csp.e2e.ts reads the built ones and tries
// the policy in both browsers.
describe('content security policy in the manifest config', () => {
  it('Chromium (MV3, extension_pages) and Firefox (MV2, a string) carry the same strict policy', () => {
    const chrome = (config.manifest as ManifestFn)({ browser: 'chrome', manifestVersion: 3 }).content_security_policy;
    const firefox = (config.manifest as ManifestFn)({ browser: 'firefox', manifestVersion: 2 }).content_security_policy;
    expect(typeof chrome).toBe('object');
    expectExtensionCsp((chrome as { extension_pages?: string }).extension_pages);
    expectExtensionCsp(firefox as string);
    expect(firefox).toBe((chrome as { extension_pages?: string }).extension_pages);
  });

  it('the rules would catch a looser policy', () => {
    expect(() => expectExtensionCsp("script-src 'self'; object-src 'none'")).toThrow();
    expect(() => expectExtensionCsp("default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self' https: http:")).toThrow();
    expect(() => expectExtensionCsp("default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self' blob: https: http://127.0.0.1:* http://localhost:* wss:")).toThrow();
    expect(() => expectExtensionCsp("default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self' blob: data: https: http://127.0.0.1:* http://localhost:*")).toThrow();
    expect(parseCsp("a 'x'; b").get('b')).toEqual([]);
  });
});
