import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Settings } from '@/utils/settings';

type Property = { type: string; pattern?: string; minimum?: number; maximum?: number; enum?: string[]; items?: { type: string; pattern?: string } };
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
