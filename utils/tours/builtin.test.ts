import { describe, expect, it } from 'vitest';
import { BUILTIN_TOURS } from './builtin';
import { importTours } from './import';
import { Tour } from './schema';

describe('built-in tours', () => {
  it('cover the four standard cases', () => {
    expect(BUILTIN_TOURS.map((t) => t.id)).toEqual(['holder-email', 'no-email-delega', 'minor', 'delegate']);
  });

  it('have every title and explanation in Italian, English and German', () => {
    for (const tour of BUILTIN_TOURS) {
      for (const text of [tour.title, ...tour.steps.flatMap((s) => [s.title, s.body])]) {
        expect([text.it, text.en, text.de].every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
      }
    }
  });

  it('pass the same validation as a trainer file (with fresh ids)', () => {
    const tours = BUILTIN_TOURS.map((t) => ({ ...t, id: `copia-${t.id}` }));
    expect(importTours(JSON.stringify({ version: 1, tours })).ok).toBe(true);
  });

  it('are exactly what the schema makes of them (they ship without a run-time parse)', () => {
    for (const tour of BUILTIN_TOURS) expect(Tour.parse(tour)).toEqual(tour);
  });

  it('point the delega tour at the upload and the e-mail tour away from it', () => {
    const targets = (id: string) => BUILTIN_TOURS.find((t) => t.id === id)?.steps.map((s) => s.target) ?? [];
    expect(targets('no-email-delega')).toContain('delegaUpload');
    expect(targets('holder-email')).not.toContain('delegaUpload');
  });
});
