import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '@/entrypoints/reissue.content/features';

describe('feature registry', () => {
  it('lists every feature file of the content script exactly once, with unique ids', async () => {
    const dir = 'entrypoints/reissue.content';
    const declared = readdirSync(dir)
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
      .flatMap((file) => [...readFileSync(`${dir}/${file}`, 'utf8').matchAll(/export const (\w+): Feature = \{/g)].map((m) => ({ file, name: m[1]! })));
    expect(declared.length).toBeGreaterThanOrEqual(6);
    for (const { file, name } of declared) {
      const module = (await import(`@/${dir}/${file.replace(/\.tsx?$/, '')}`)) as Record<string, unknown>;
      expect(FEATURES.filter((feature) => feature === module[name]).length, `${file}: ${name}`).toBe(1);
    }
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
    expect(FEATURES.length).toBe(declared.length);
  });
});
