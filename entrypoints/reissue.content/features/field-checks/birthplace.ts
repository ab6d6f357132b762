import type { BirthPlace, PlaceLookup } from '@/utils/codice-fiscale';
import { sendMessage } from '@/utils/messaging';
import type { BirthplaceAnswer } from '@/utils/schemas';

export type AskBirthplace = (belfiore: string) => Promise<unknown>;

/** Asks the background, where the Belfiore dataset lives (never bundled in the content script). */
export const askBackground: AskBirthplace = (belfiore) => sendMessage('lookupBirthplace', { belfiore });

/**
 * Places known to this page, in memory only (public data: Belfiore codes, not people). The
 * lookup is synchronous for parseCodiceFiscale; `load` asks once per code and says whether
 * something new is known.
 */
export function createPlaceCache(ask: AskBirthplace = askBackground): { lookup: PlaceLookup; load: (belfiore: string) => Promise<boolean> } {
  const known = new Map<string, BirthPlace | null>();
  const asked = new Set<string>();
  return {
    lookup: (belfiore) => (known.has(belfiore) ? known.get(belfiore) : undefined),
    async load(belfiore) {
      if (asked.has(belfiore)) return false;
      asked.add(belfiore);
      try {
        const answer = await ask(belfiore);
        if (!isBirthplaceAnswer(answer)) return false;
        known.set(belfiore, answer && onlyPlace(answer));
        return true;
      } catch {
        return false; // no background answer: the decoded line simply shows the code
      }
    },
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown, max: number): boolean => typeof value === 'string' && value.length >= 1 && value.length <= max;

/** BirthplaceAnswer's rules by hand (the content script carries no zod); a test holds the two equal. */
export function isBirthplaceAnswer(value: unknown): value is BirthplaceAnswer {
  if (value === null) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const place = value as Record<string, unknown>;
  return (
    text(place['name'], 200) &&
    (place['province'] === undefined || text(place['province'], 8)) &&
    typeof place['foreign'] === 'boolean' &&
    typeof place['validFrom'] === 'string' && ISO_DAY.test(place['validFrom']) &&
    typeof place['validTo'] === 'string' && ISO_DAY.test(place['validTo'])
  );
}

// What zod's (non-strict) object kept: the known keys only.
function onlyPlace({ name, province, foreign, validFrom, validTo }: NonNullable<BirthplaceAnswer>): NonNullable<BirthplaceAnswer> {
  return province === undefined ? { name, foreign, validFrom, validTo } : { name, province, foreign, validFrom, validTo };
}
