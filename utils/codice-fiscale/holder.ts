/**
 * The three letters of a surname or a name in a codice fiscale: consonants, then vowels, then
 * X (a name with four or more consonants takes the 1st, 3rd and 4th). Accents are dropped;
 * spaces, apostrophes and other signs are ignored.
 */
export function holderLetters(text: string, kind: 'surname' | 'name'): string {
  const letters = text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  if (letters === '') return '';
  const consonants = letters.replace(/[AEIOU]/g, '');
  const vowels = letters.replace(/[^AEIOU]/g, '');
  if (kind === 'name' && consonants.length >= 4) return consonants[0]! + consonants[2]! + consonants[3]!;
  return (consonants + vowels + 'XXX').slice(0, 3);
}

export type HolderMismatch = 'holder-surname-mismatch' | 'holder-name-mismatch';

/**
 * Compares the first six letters of a (normalised, valid) code with the holder's surname and
 * name as the page shows them. Empty fields are not compared.
 */
export function holderMismatches(code: string, surname: string, name: string): HolderMismatch[] {
  const found: HolderMismatch[] = [];
  const s = holderLetters(surname, 'surname');
  if (s !== '' && s !== code.slice(0, 3)) found.push('holder-surname-mismatch');
  const n = holderLetters(name, 'name');
  if (n !== '' && n !== code.slice(3, 6)) found.push('holder-name-mismatch');
  return found;
}
