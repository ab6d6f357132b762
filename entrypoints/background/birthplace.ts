import type { BelfiorePlace } from '@marketto/belfiore-connector-embedded';
import { BirthplaceAnswer } from '@/utils/schemas';
import { handler, listen } from './handle';

type Connector = { findByCode(code: string): Promise<BelfiorePlace | null> };
let connector: Promise<Connector> | undefined;

// The dataset (~220 kB) is loaded on the first question only, and never in the content script.
function loadConnector(): Promise<Connector> {
  connector ??= import('@marketto/belfiore-connector-embedded').then((m) => m.belfioreConnector);
  return connector;
}

/** The place of a Belfiore code (comune or foreign state) with its validity dates, or null. */
export async function lookupBirthplace(belfiore: string): Promise<BirthplaceAnswer> {
  const place = await (await loadConnector()).findByCode(belfiore);
  if (!place) return null;
  return BirthplaceAnswer.parse({
    name: place.name,
    province: place.province?.trim() || undefined,
    foreign: belfiore.startsWith('Z'),
    validFrom: place.creationDate.toISOString().slice(0, 10),
    validTo: place.expirationDate.toISOString().slice(0, 10),
  });
}

/** Answers the content script's birthplace questions; only our own content scripts may ask. */
export function registerBirthplaceHandlers(): void {
  listen(handler('lookupBirthplace', ({ belfiore }) => lookupBirthplace(belfiore)));
}
