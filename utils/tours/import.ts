import type { z } from 'zod';
import { t, type MessageKey } from '../i18n';
import { BUILTIN_TOURS } from './builtin';
import { TourFile, type Tour } from './schema';
import { idOf, valueAt } from '../import-path';

/** Largest tour file accepted (characters of text). */
export const MAX_TOUR_FILE_CHARS = 100_000;

export type TourImportResult = { ok: true; tours: Tour[] } | { ok: false; errors: string[] };

/**
 * Validates a trainer's tour file (JSON text, `{ "version": 1, "tours": [...] }`). Returns the
 * tours, or every problem as a sentence naming the tour, the step (id and number) and the
 * field at fault. Ids may not reuse a built-in tour's: the built-in tours always stay. Never throws.
 */
export function importTours(text: string, builtIn: readonly Tour[] = BUILTIN_TOURS): TourImportResult {
  if (text.length > MAX_TOUR_FILE_CHARS) {
    return { ok: false, errors: [sentence('', t('tourImportTooLarge', { max: Math.round(MAX_TOUR_FILE_CHARS / 1000) }))] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [sentence('', t('tourImportNotJson'))] };
  }
  const parsed = TourFile.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, 20).map((issue) => sentence(where(issue.path, raw), what(issue, raw))) };
  }
  const taken = new Set(builtIn.map((tour) => tour.id));
  const clashes = parsed.data.tours.flatMap((tour, i) =>
    taken.has(tour.id) ? [sentence(where(['tours', i, 'id'], raw), t('tourImportBuiltinId'))] : [],
  );
  return clashes.length > 0 ? { ok: false, errors: clashes } : { ok: true, tours: parsed.data.tours };
}

function sentence(place: string, problem: string): string {
  return t('tourImportError', { where: place || t('tourImportFile'), problem });
}

/** "tour «minor», passo «sign» (n. 3), campo «target»" from an issue's path. */
function where(path: readonly PropertyKey[], raw: unknown): string {
  const parts: string[] = [];
  let rest = [...path];
  if (rest[0] === 'tours' && typeof rest[1] === 'number') {
    const tour = valueAt(raw, rest.slice(0, 2));
    parts.push(t('tourImportTour', { tour: idOf(tour, rest[1]) }));
    rest = rest.slice(2);
    if (rest[0] === 'steps' && typeof rest[1] === 'number') {
      parts.push(t('tourImportStep', { step: idOf(valueAt(tour, rest.slice(0, 2)), rest[1]), number: rest[1] + 1 }));
      rest = rest.slice(2);
    }
  }
  if (rest.length > 0) parts.push(t('tourImportField', { field: rest.map(String).join('.') }));
  return parts.join(', ');
}

function what(issue: z.core.$ZodIssue, raw: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(raw, issue.path) === undefined ? t('tourImportMissing') : t('tourImportWrongType', { expected: issue.expected });
    case 'invalid_value':
      return t('tourImportBadValue', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return t('tourImportUnknownKeys', { keys: issue.keys.join(', ') });
    case 'too_small':
      return t('tourImportTooSmall');
    case 'too_big':
      return t('tourImportTooBig');
    case 'invalid_format':
      return t('tourImportBadFormat');
    case 'custom':
      return issue.message.startsWith('tourImport') ? t(issue.message as MessageKey) : t('tourImportInvalid');
    default:
      return t('tourImportInvalid');
  }
}
