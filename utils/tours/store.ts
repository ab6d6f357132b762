import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { BUILTIN_TOURS } from './builtin';
import { importTours, type TourImportResult } from './import';
import { Tour } from './schema';

// A trainer's tours only: steps and texts, never anything about a citizen.
const storedTours = storage.defineItem<unknown>('local:tourImports');
const StoredTours = z.array(Tour).max(20);

/** The trainer's imported tours, or none when nothing (valid) is stored. Never throws. */
export async function loadImportedTours(): Promise<Tour[]> {
  try {
    const parsed = StoredTours.safeParse(await storedTours.getValue());
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Every tour on offer: the built-in ones first, then the trainer's. Never throws. */
export async function loadTours(): Promise<Tour[]> {
  return [...BUILTIN_TOURS, ...(await loadImportedTours())];
}

/**
 * Imports a trainer's file (the options page's upload). Stored only when valid, replacing
 * the previous import; on errors what was stored stays and the errors say what to fix.
 */
export async function saveImportedTours(text: string): Promise<TourImportResult> {
  const result = importTours(text);
  if (result.ok) await storedTours.setValue(result.tours);
  return result;
}

/** Removes the trainer's tours; the built-in ones stay. */
export async function resetImportedTours(): Promise<void> {
  await storedTours.removeValue();
}
