import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '@/entrypoints/reissue.content/feature-registry';

const FEATURES_DIR = 'entrypoints/reissue.content/features';

describe('feature registry', () => {
  it('lists the one feature of every folder under features/ exactly once, with unique ids', async () => {
    const folders = readdirSync(FEATURES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.length).toBeGreaterThanOrEqual(8);
    for (const folder of folders) {
      // A feature folder declares its feature in the file of the folder's name.
      const file = readdirSync(`${FEATURES_DIR}/${folder}`).find((name) => name === `${folder}.ts` || name === `${folder}.tsx`);
      expect(file, `${folder}/ has no ${folder}.ts(x)`).toBeDefined();
      const declared = [...readFileSync(`${FEATURES_DIR}/${folder}/${file}`, 'utf8').matchAll(/export const (\w+): Feature = \{/g)].map((m) => m[1]!);
      expect(declared, `${folder}/${file}`).toHaveLength(1);
      const module = (await import(`@/${FEATURES_DIR}/${folder}/${file!.replace(/\.tsx?$/, '')}`)) as Record<string, unknown>;
      expect(FEATURES.filter((feature) => feature === module[declared[0]!]).length, folder).toBe(1);
    }
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
    expect(FEATURES.length).toBe(folders.length);
  });

  it('keeps a feature to its folder: no feature imports another feature', () => {
    const crossings: string[] = [];
    for (const folder of readdirSync(FEATURES_DIR)) {
      for (const file of readdirSync(`${FEATURES_DIR}/${folder}`)) {
        if (!/\.tsx?$/.test(file)) continue;
        const source = readFileSync(`${FEATURES_DIR}/${folder}/${file}`, 'utf8');
        for (const [, spec] of source.matchAll(/from '(\.\.\/(?!\.\.\/)[^']+)'/g)) crossings.push(`${folder}/${file} -> ${spec}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
