import { describe, expect, it } from 'vitest';
import { coerceSettings, Settings } from './settings';
import { checkPortalOrigin, originMatchPattern, PortalOrigin } from './settings-origin';

describe('checkPortalOrigin', () => {
  it('accepts an https origin and normalises it', () => {
    expect(checkPortalOrigin('  https://CIEonline.Comune.Example.it/ ')).toEqual({ ok: true, origin: 'https://cieonline.comune.example.it' });
  });

  it.each([
    ['cieonline.example.it', 'optionsOriginNotUrl'],
    ['not a url', 'optionsOriginNotUrl'],
    ['http://cieonline.example.it', 'optionsOriginNotHttps'],
    ['javascript:alert(1)', 'optionsOriginNotHttps'],
    ['https://cieonline.example.it/ristampa', 'optionsOriginHasPath'],
    ['https://cieonline.example.it/?a=1', 'optionsOriginHasPath'],
    ['https://user:pw@cieonline.example.it', 'optionsOriginHasPath'],
    ['https://cieonline.example.it:8443', 'optionsOriginHasPort'],
    ['https://localhost', 'optionsOriginNotHost'],
    ['https://192.168.1.10', 'optionsOriginNotHost'],
    ['https://*.example.it', 'optionsOriginNotHost'],
  ])('refuses %s (%s)', (input, problem) => {
    expect(checkPortalOrigin(input)).toEqual({ ok: false, problem });
  });

  it('gives the match pattern for host permissions and content scripts', () => {
    expect(originMatchPattern('https://a.example.it')).toBe('https://a.example.it/*');
  });
});

describe('extraOrigins in the settings schema', () => {
  it('accepts only normalised https origins', () => {
    expect(PortalOrigin.safeParse('https://a.example.it').success).toBe(true);
    expect(PortalOrigin.safeParse('https://A.example.it/').success).toBe(false);
    expect(Settings.shape.extraOrigins.safeParse(['http://a.example.it']).success).toBe(false);
  });

  it('falls back to no extra origins when storage holds a bad list, keeping other fields', () => {
    const settings = coerceSettings({ extraOrigins: ['<all_urls>'], comuneName: 'Bolzano' });
    expect(settings.extraOrigins).toEqual([]);
    expect(settings.comuneName).toBe('Bolzano');
  });
});
