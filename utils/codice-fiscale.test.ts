import { describe, expect, it } from 'vitest';
import {
  ageFromBirthDate,
  codiceFiscaleDecoded,
  holderLetters,
  holderMismatches,
  isValidCodiceFiscale,
  parseCodiceFiscale,
  type BirthPlace,
} from './codice-fiscale';
import { checkCharacter } from './codice-fiscale/tables';
import { setLanguage } from './i18n';

const today = new Date(2026, 0, 15);

// Published examples from public libraries' test suites and docs (python-stdnum,
// python-codicefiscale, itax_code, kamaladafrica/codice-fiscale): [code, birth date, sex, belfiore].
const VECTORS: [string, string, 'M' | 'F', string][] = [
  ['RCCMNL83S18D969H', '1983-11-18', 'M', 'D969'],
  ['CNTCHR83T41D969D', '1983-12-01', 'F', 'D969'],
  ['CCCFBA85D03L219P', '1985-04-03', 'M', 'L219'],
  ['THDSDA95P08Z330H', '1995-09-08', 'M', 'Z330'],
  ['BLSLGS84C22Z145O', '1984-03-22', 'M', 'Z145'],
  ['BRNGNN71B26L219T', '1971-02-26', 'M', 'L219'],
  ['GMBLSN84A05G674H', '1984-01-05', 'M', 'G674'],
  ['MRTMRA83T56A269B', '1983-12-16', 'F', 'A269'],
  ['PNLMHL79R27I158P', '1979-10-27', 'M', 'I158'],
  ['QTRDRA71P13G388J', '1971-09-13', 'M', 'G388'],
  ['TKKYKU87B68L219F', '1987-02-28', 'F', 'L219'],
  ['RSSMRA68A01H501Y', '1968-01-01', 'M', 'H501'],
  ['RSSMRA50B17A558W', '1950-02-17', 'M', 'A558'],
  ['RSSMRA80A41F205B', '1980-01-01', 'F', 'F205'],
  ['BRRDRN70M41Z602D', '1970-08-01', 'F', 'Z602'],
  ['RSSMRA75C22H501I', '1975-03-22', 'M', 'H501'],
  ['RSSMRA85T10A562S', '1985-12-10', 'M', 'A562'],
];
// Omocodes of CCCFBA85D03L219P published by python-codicefiscale (digits replaced right to left).
const OMOCODES = ['CCCFBA85D03L21VE', 'CCCFBA85D03L2MVP', 'CCCFBA85D03LNMVE', 'CCCFBA85D0PLNMVA', 'CCCFBA85DLPLNMVL', 'CCCFBA8RDLPLNMVX', 'CCCFBAURDLPLNMVU'];

describe('parseCodiceFiscale on published vectors', () => {
  it.each(VECTORS)('%s decodes to %s %s %s', (code, birthDate, sex, belfiore) => {
    expect(parseCodiceFiscale(code, { today })).toEqual({ valid: true, code, birthDate, sex, belfiore, omocode: false, warnings: [] });
  });

  it.each(OMOCODES)('omocode %s decodes like the original', (code) => {
    const result = parseCodiceFiscale(code, { today });
    expect(result).toMatchObject({ valid: true, omocode: true, birthDate: '1985-04-03', belfiore: 'L219', warnings: [] });
  });

  it('computes the published check characters', () => {
    for (const [code] of VECTORS) expect(checkCharacter(code)).toBe(code[15]);
  });

  it('isValidCodiceFiscale says yes to every published code, typed any way, and no to near misses', () => {
    for (const code of [...VECTORS.map(([c]) => c), ...OMOCODES]) {
      expect(isValidCodiceFiscale(code)).toBe(true);
      expect(isValidCodiceFiscale(` ${code.slice(0, 6).toLowerCase()} ${code.slice(6, 11)}-${code.slice(11)} `)).toBe(true);
      const typo = code.slice(0, 15) + (code[15] === 'A' ? 'B' : 'A');
      expect(isValidCodiceFiscale(typo)).toBe(false);
    }
    // A right check character on a day that never was (30 February), and a non-ASCII look-alike.
    expect(isValidCodiceFiscale(`CCCFBA85B30L219${checkCharacter('CCCFBA85B30L219')}`)).toBe(false);
    expect(isValidCodiceFiscale('RCCMNL83S18D969\u0148')).toBe(false);
    expect(isValidCodiceFiscale(42 as unknown as string)).toBe(false);
  });
});

describe('parseCodiceFiscale rejects with a reason', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['RSSMRA85T10A562$', 'invalid-characters'],
    ['00743110157', 'numeric-code'],
    ['RCCMNL83S18D969', 'too-short'],
    ['CCCFBA85D03L219PP', 'too-long'],
    ['CC0FBA85X03L219P', 'name-letters'],
    ['CCCFBA8XD03L219S', 'year'],
    ['CCCFBA85X03L219P', 'month'],
    ['CCCFBA85D00L219P', 'day'],
    ['CCCFBA85D35L219P', 'day'],
    ['CCCFBA85D72L219P', 'day'],
    ['CCCFBA85D03K219P', 'place-letter'],
    ['CCCFBA85D03L000P', 'place-number'],
    ['CCCFBA85B30L219P', 'impossible-date'],
    ['CCCFBA85D31L219P', 'impossible-date'],
    ['CCCFBA85D03L219B', 'check-character'],
  ])('%j -> %s', (input, reason) => {
    expect(parseCodiceFiscale(input, { today })).toEqual({ valid: false, reason });
  });

  it('knows leap years: 29 February 1984 exists, 1983 does not', () => {
    const leap = 'XXXXXX84B29H501';
    expect(parseCodiceFiscale(leap + checkCharacter(leap), { today })).toMatchObject({ valid: true, birthDate: '1984-02-29' });
    const common = 'XXXXXX83B29H501';
    expect(parseCodiceFiscale(common + checkCharacter(common), { today })).toEqual({ valid: false, reason: 'impossible-date' });
  });
});

describe('input normalisation, century and warnings', () => {
  it('accepts lower case, spaces and hyphens', () => {
    expect(parseCodiceFiscale(' rss mra-85t10 a562s ', { today })).toMatchObject({ valid: true, code: 'RSSMRA85T10A562S' });
  });

  it('picks the latest date not in the future and flags a possible centenarian', () => {
    const child = 'XXXXXX20A01H501';
    const result = parseCodiceFiscale(child + checkCharacter(child), { today });
    expect(result).toMatchObject({ valid: true, birthDate: '2020-01-01', warnings: ['century-ambiguous'] });
    const future = 'XXXXXX27A01H501'; // 2027 is in the future on `today`: 1927
    expect(parseCodiceFiscale(future + checkCharacter(future), { today })).toMatchObject({ birthDate: '1927-01-01', warnings: [] });
  });

  it('warns about omocodia letters out of the usual right-to-left order', () => {
    expect(parseCodiceFiscale('CCCFBAU5D03L219M', { today })).toMatchObject({ valid: true, warnings: ['omocode-pattern'] });
  });

  it('fills the place from a lookup and warns when the code was not in use on the birth date', () => {
    const porretta: BirthPlace = { name: 'Porretta Terme', province: 'BO', foreign: false, validFrom: '1882-12-08', validTo: '2016-01-01' };
    const ok = parseCodiceFiscale('RSSMRA50B17A558W', { today, lookupPlace: () => porretta });
    expect(ok).toMatchObject({ valid: true, place: porretta, warnings: [] });
    const late = { ...porretta, validFrom: '1960-01-01' };
    expect(parseCodiceFiscale('RSSMRA50B17A558W', { today, lookupPlace: () => late })).toMatchObject({ warnings: ['place-not-valid-on-date'] });
    expect(parseCodiceFiscale('RSSMRA50B17A558W', { today, lookupPlace: () => null })).toMatchObject({ warnings: ['place-unknown'] });
    const throwing = () => {
      throw new Error('broken');
    };
    expect(parseCodiceFiscale('RSSMRA50B17A558W', { today, lookupPlace: throwing })).toMatchObject({ valid: true, warnings: [] });
  });
});

describe('decoded line, holder letters, age', () => {
  it('reads like the ID document', () => {
    setLanguage('it');
    const roma: BirthPlace = { name: 'Roma', province: 'RM', foreign: false, validFrom: '1884-09-11', validTo: '9999-12-31' };
    const code = 'RSSMRA80A41H501';
    const result = parseCodiceFiscale(code + checkCharacter(code), { today, lookupPlace: () => roma });
    expect(result.valid).toBe(true);
    if (result.valid) expect(codiceFiscaleDecoded(result)).toBe('nato/a il 01/01/1980 a ROMA (RM), F');
  });

  it('computes surname and name letters (consonants, vowels, X; 1st, 3rd, 4th consonant of a long name)', () => {
    expect(holderLetters('Rossi', 'surname')).toBe('RSS');
    expect(holderLetters("D'Amico", 'surname')).toBe('DMC');
    expect(holderLetters('Fo', 'surname')).toBe('FOX');
    expect(holderLetters('Gianfranco', 'name')).toBe('GFR');
    expect(holderLetters('Niccolò', 'name')).toBe('NCL');
    expect(holderMismatches('RSSMRA85T10A562S', 'Rossi', 'Mario')).toEqual([]);
    expect(holderMismatches('RSSMRA85T10A562S', 'Russo', 'Maria')).toEqual([]); // same letters: it cannot tell
    expect(holderMismatches('RSSMRA85T10A562S', 'Bianchi', 'Mario')).toEqual(['holder-surname-mismatch']);
  });

  it('counts completed years', () => {
    expect(ageFromBirthDate('2008-01-16', today)).toBe(17);
    expect(ageFromBirthDate('2008-01-15', today)).toBe(18);
  });
});
