import type { BirthPlace, PlaceLookup } from '@/utils/codice-fiscale';
import { sendMessage } from '@/utils/messaging';
import { BirthplaceAnswer } from '@/utils/schemas';

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
        const answer = BirthplaceAnswer.safeParse(await ask(belfiore));
        if (!answer.success) return false;
        known.set(belfiore, answer.data);
        return true;
      } catch {
        return false; // no background answer: the decoded line simply shows the code
      }
    },
  };
}
