import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Settings } from '@/utils/settings';

type Property = {
  type: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  enum?: string[];
  items?: Property;
  properties?: Record<string, Property>;
  required?: string[];
};
const schema = JSON.parse(readFileSync(resolve(__dirname, '../../public/managed-schema.json'), 'utf8')) as {
  type: string;
  properties: Record<string, Property>;
};

describe('managed storage schema (Chromium policy)', () => {
  it('describes exactly the settings, no more and no fewer', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(Settings.shape).sort());
  });

  it('uses the same bounds and choices as the zod schema', () => {
    for (const key of ['dailyLimit', 'webeidTimeoutSeconds'] as const) {
      const number = Settings.shape[key].unwrap();
      expect(schema.properties[key]).toMatchObject({ type: 'integer', minimum: number.minValue, maximum: number.maxValue });
    }
    expect(schema.properties['language']?.enum).toEqual(Settings.shape.language.unwrap().options);
    expect(schema.properties['blockSubmitOnErrors']?.type).toBe('boolean');
  });

  it("lets through policy origins the settings accept, and Chromium's pattern refuses http", () => {
    const pattern = new RegExp(schema.properties['extraOrigins']?.items?.pattern ?? '$^');
    expect(pattern.test('https://cieonline.comune.example.it')).toBe(true);
    expect(Settings.shape.extraOrigins.safeParse(['https://cieonline.comune.example.it']).success).toBe(true);
    expect(pattern.test('http://cieonline.comune.example.it')).toBe(false);
  });

  it('lets a policy practice address through only when https, as the settings want it', () => {
    const pattern = new RegExp(schema.properties['practiceUrl']?.pattern ?? '$^');
    const url = 'https://formazione.comune.esempio.it/pratica.html';
    expect(pattern.test(url)).toBe(true);
    expect(Settings.shape.practiceUrl.safeParse(url).success).toBe(true);
    expect(pattern.test('http://formazione.comune.esempio.it/pratica.html')).toBe(false);
    // What the pattern lets through unnormalised, the settings normalise rather than drop.
    expect(pattern.test('https://formazione.comune.esempio.it')).toBe(true);
    expect(Settings.shape.practiceUrl.parse('https://formazione.comune.esempio.it')).toBe('https://formazione.comune.esempio.it/');
  });
});

/** The part of JSON Schema Chromium's policy validator applies to these properties. */
function schemaAccepts(property: Property, value: unknown): boolean {
  switch (property.type) {
    case 'string':
      return (
        typeof value === 'string' &&
        value.length <= (property.maxLength ?? Infinity) &&
        value.length >= (property.minLength ?? 0) &&
        (property.pattern === undefined || new RegExp(property.pattern).test(value)) &&
        (property.enum === undefined || property.enum.includes(value))
      );
    case 'integer':
      return Number.isInteger(value) && (value as number) >= (property.minimum ?? -Infinity) && (value as number) <= (property.maximum ?? Infinity);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const entries = Object.entries(value as Record<string, unknown>);
      if ((property.required ?? []).some((key) => !(key in value))) return false;
      return entries.every(([key, item]) => property.properties?.[key] === undefined || schemaAccepts(property.properties[key], item));
    }
    case 'array':
      return Array.isArray(value) && value.length <= (property.maxItems ?? Infinity) && value.every((item) => schemaAccepts(property.items!, item));
    default:
      return false;
  }
}

const zodAccepts = (key: keyof Settings, value: unknown): boolean => Settings.shape[key].safeParse(value).success;
const property = (key: keyof Settings): Property => schema.properties[key]!;

// Hosts built from the characters that matter: letters, digits, hyphens, dots, and the odd
// capital, port, slash or @.
const hostish = fc
  .array(fc.constantFrom('a', 'b', 'z', '0', '9', '-', '.', '.', 'A', ':', '/', '@', '_'), { minLength: 0, maxLength: 24 })
  .map((chars) => chars.join(''));

describe('managed schema and zod agree', () => {
  it('on extra origins, entry by entry, exactly', () => {
    const item = property('extraOrigins').items!;
    const samples = [
      'https://cieonline.comune.example.it',
      'https://a.b.c',
      'https://a.b',
      'https://Cieonline.comune.example.it',
      'https://cieonline.comune.example.it/',
      'https://cieonline.comune.example.it:8443',
      'https://-a.example.it',
      'https://a-.example.it',
      'https://a.example.it.',
      'https://1.2.3.4',
      'https://example.1t',
      'http://cieonline.comune.example.it',
      'https://user@cieonline.comune.example.it',
      `https://${'a'.repeat(63)}.it`,
      `https://${'a'.repeat(64)}.it`,
      `https://${Array.from({ length: 60 }, () => 'abcd').join('.')}.it`,
    ];
    for (const sample of samples) expect(schemaAccepts(item, sample), sample).toBe(zodAccepts('extraOrigins', [sample]));
    fc.assert(
      fc.property(hostish, (host) => {
        const sample = `https://${host}`;
        expect(schemaAccepts(item, sample), sample).toBe(zodAccepts('extraOrigins', [sample]));
      }),
      { numRuns: 2000 },
    );
    // What a pattern cannot say: whether an xn-- label is valid punycode. The settings refuse a
    // bad one (reported on the options page), and accept a real one.
    expect([schemaAccepts(item, 'https://xn--zzzzzz-d2a.example.it'), zodAccepts('extraOrigins', ['https://xn--zzzzzz-d2a.example.it'])]).toEqual([true, false]);
    const idn = new URL('https://comuné.example.it').origin;
    expect([schemaAccepts(item, idn), zodAccepts('extraOrigins', [idn])]).toEqual([true, true]);
  });

  it('on the number of extra origins', () => {
    const list = (n: number): string[] => Array.from({ length: n }, (_, i) => `https://c${i}.example.it`);
    expect(property('extraOrigins').maxItems).toBe(50);
    for (const n of [0, 1, 50, 51]) expect(schemaAccepts(property('extraOrigins'), list(n)), String(n)).toBe(zodAccepts('extraOrigins', list(n)));
  });

  it('on practice addresses: what the schema lets through, the settings accept', () => {
    const accepted = [
      'https://cieonline.interno.it/pratica.html',
      'https://formazione.comune.esempio.it',
      'https://formazione.comune.esempio.it/a/b?x=1',
      'https://a.bc/',
    ];
    for (const url of accepted) expect([schemaAccepts(property('practiceUrl'), url), zodAccepts('practiceUrl', url)], url).toEqual([true, true]);
    const refusedBySchema = [
      'http://formazione.comune.esempio.it/pratica.html',
      'https://formazione.comune.esempio.it:8443/pratica.html',
      'https://user:pw@formazione.comune.esempio.it/',
      'https://1.2.3.4/pratica.html',
      'https://Formazione.comune.esempio.it/',
      'https://formazione.comune.esempio.it/#frammento',
      'https://formazione.comune.esempio.it/con spazio',
      `https://formazione.comune.esempio.it/${'x'.repeat(500)}`,
    ];
    for (const url of refusedBySchema) expect(schemaAccepts(property('practiceUrl'), url), url).toBe(false);
    fc.assert(
      fc.property(hostish, fc.constantFrom('', '/', '/pratica.html', '?a=1', '/a b', '#x'), (host, rest) => {
        const url = `https://${host}${rest}`;
        if (schemaAccepts(property('practiceUrl'), url)) expect(zodAccepts('practiceUrl', url), url).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // What a pattern cannot say: a host over 253 characters. The settings refuse it (and the
    // options page reports it as an ignored policy value).
    const longHost = `https://${Array.from({ length: 60 }, () => 'abcd').join('.')}.it/`;
    expect([schemaAccepts(property('practiceUrl'), longHost), zodAccepts('practiceUrl', longHost)]).toEqual([true, false]);
  });

  it('on names, labels and the logo: the same maximum lengths', () => {
    for (const [key, max] of [['comuneName', 120], ['officeName', 120], ['workstationLabel', 60]] as const) {
      expect(property(key).maxLength).toBe(max);
      for (const length of [0, max, max + 1]) expect(schemaAccepts(property(key), 'x'.repeat(length)), `${key} ${length}`).toBe(zodAccepts(key, 'x'.repeat(length)));
    }
    const logo = (n: number): string => `data:image/png;base64,${'A'.repeat(n)}`;
    for (const n of [4, 400_000 - 22, 400_000 - 21]) expect(schemaAccepts(property('logoDataUrl'), logo(n)), String(n)).toBe(zodAccepts('logoDataUrl', logo(n)));
    for (const bad of ['data:image/gif;base64,AAAA', 'data:image/png;base64,<svg>', 'https://evil.example/logo.png']) {
      expect([schemaAccepts(property('logoDataUrl'), bad), zodAccepts('logoDataUrl', bad)], bad).toEqual([false, false]);
    }
  });

  it('on numbers, the language and switches', () => {
    for (const value of [0, 1, 20, 10_000, 10_001, 1.5, '20']) expect(schemaAccepts(property('dailyLimit'), value), String(value)).toBe(zodAccepts('dailyLimit', value));
    for (const value of [9, 10, 600, 601]) expect(schemaAccepts(property('webeidTimeoutSeconds'), value)).toBe(zodAccepts('webeidTimeoutSeconds', value));
    for (const value of ['auto', 'it', 'fr', 'IT']) expect(schemaAccepts(property('language'), value)).toBe(zodAccepts('language', value));
    for (const value of [true, false, 1, 'true']) expect(schemaAccepts(property('blockSubmitOnErrors'), value)).toBe(zodAccepts('blockSubmitOnErrors', value));
  });

  it('on the office server: what the schema lets through, the settings accept; http only on this computer', () => {
    const server = (url: string, over: Record<string, unknown> = {}): Record<string, unknown> => ({ url, database: 'sportello-cie', username: 'sportello-1', password: 'x', ...over });
    const accepted = ['https://couch.comune.example.it', 'https://couch.comune.example.it:6984', 'https://couch.example.it/couchdb', 'http://127.0.0.1:5984', 'http://localhost:5984'];
    for (const url of accepted) expect([schemaAccepts(property('officeServer'), server(url)), zodAccepts('officeServer', server(url))], url).toEqual([true, true]);
    const refused = [
      'http://couch.comune.example.it',
      'http://10.0.0.5:5984',
      'https://user:pw@couch.example.it',
      'https://couch.example.it/',
      'https://couch.example.it?x=1',
      'https://couch.example.it#x',
      'ftp://couch.example.it',
    ];
    for (const url of refused) expect([schemaAccepts(property('officeServer'), server(url)), zodAccepts('officeServer', server(url))], url).toEqual([false, false]);
    // Chromium's policy schema has no `additionalProperties: false`: an extra key is refused by the settings alone.
    expect(zodAccepts('officeServer', server('https://c.example.it', { extra: 1 }))).toBe(false);
    for (const over of [{ database: 'Sportello' }, { username: 'a b' }, { password: '' }]) {
      expect([schemaAccepts(property('officeServer'), server('https://c.example.it', over)), zodAccepts('officeServer', server('https://c.example.it', over))], JSON.stringify(over)).toEqual([false, false]);
    }
    const missing = server('https://c.example.it');
    delete missing.password;
    expect([schemaAccepts(property('officeServer'), missing), zodAccepts('officeServer', missing)]).toEqual([false, false]);
  });
});
