/** A birthplace as the Belfiore dataset describes it, with the dates the code was in use. */
export interface BirthPlace {
  /** Official name, e.g. "Roma", "Brasile". */
  name: string;
  /** Two-letter province for a comune; absent for a foreign state. */
  province?: string;
  /** True for a foreign state (code Z...). */
  foreign: boolean;
  /** First and last day the code was in use (YYYY-MM-DD). */
  validFrom: string;
  validTo: string;
}

/**
 * A synchronous place lookup for parseCodiceFiscale: the place of a Belfiore code, null when
 * the dataset does not know the code, undefined when the answer is not available (yet).
 */
export type PlaceLookup = (belfiore: string) => BirthPlace | null | undefined;

/** True when the place's code was in use on the birth date (both YYYY-MM-DD). */
export function placeValidOn(place: BirthPlace, birthDate: string): boolean {
  return place.validFrom <= birthDate && birthDate <= place.validTo;
}

/** "ROMA (RM)" or "BRASILE": how the operator reads it on the ID document. */
export function placeLabel(place: BirthPlace): string {
  const name = place.name.toLocaleUpperCase('it-IT');
  return place.province ? `${name} (${place.province})` : name;
}
