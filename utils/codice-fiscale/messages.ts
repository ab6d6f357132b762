import { t, type MessageKey } from '../i18n';
import type { CodiceFiscaleReason, CodiceFiscaleResult, CodiceFiscaleValid, CodiceFiscaleWarning } from '../codice-fiscale';
import { fromIsoDate } from './birth-date';
import type { HolderMismatch } from './holder';
import { placeLabel, type BirthPlace } from './place';

// Typed as complete records: a new reason or warning without a message fails the type check.
const REASON_KEYS: Record<CodiceFiscaleReason, MessageKey> = {
  empty: 'fieldChecksCfEmpty',
  'invalid-characters': 'fieldChecksCfInvalidCharacters',
  'numeric-code': 'fieldChecksCfNumericCode',
  'too-short': 'fieldChecksCfTooShort',
  'too-long': 'fieldChecksCfTooLong',
  'name-letters': 'fieldChecksCfNameLetters',
  year: 'fieldChecksCfYear',
  month: 'fieldChecksCfMonth',
  day: 'fieldChecksCfDay',
  'place-letter': 'fieldChecksCfPlaceLetter',
  'place-number': 'fieldChecksCfPlaceNumber',
  'impossible-date': 'fieldChecksCfImpossibleDate',
  'check-character': 'fieldChecksCfCheckCharacter',
};

const WARNING_KEYS: Record<CodiceFiscaleWarning | HolderMismatch, MessageKey> = {
  'century-ambiguous': 'fieldChecksCfCenturyAmbiguous',
  'omocode-pattern': 'fieldChecksCfOmocodePattern',
  'place-unknown': 'fieldChecksCfPlaceUnknown',
  'place-not-valid-on-date': 'fieldChecksCfPlaceNotValidOnDate',
  'holder-surname-mismatch': 'fieldChecksCfHolderSurnameMismatch',
  'holder-name-mismatch': 'fieldChecksCfHolderNameMismatch',
};

/** DD/MM/YYYY from YYYY-MM-DD: how dates read on Italian documents. */
export function displayDate(iso: string): string {
  const { year, month, day } = fromIsoDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** The localized message of a rejected code. */
export function codiceFiscaleReasonMessage(reason: CodiceFiscaleReason): string {
  return t(REASON_KEYS[reason]);
}

/** The localized message of one warning on a valid code (holder checks need the page's names). */
export function codiceFiscaleWarningMessage(
  result: CodiceFiscaleValid,
  warning: CodiceFiscaleWarning | HolderMismatch,
  holder: { surnameLetters?: string; nameLetters?: string } = {},
): string {
  return t(WARNING_KEYS[warning], {
    year: Number(result.birthDate.slice(0, 4)) - 100,
    belfiore: result.belfiore,
    place: result.place ? placeLabel(result.place) : result.belfiore,
    letters: warning === 'holder-surname-mismatch' ? result.code.slice(0, 3) : result.code.slice(3, 6),
    expected: (warning === 'holder-surname-mismatch' ? holder.surnameLetters : holder.nameLetters) ?? '',
  });
}

/** "nato/a il 12/03/1980 a ROMA (RM), M": what the operator compares with the ID document. */
export function codiceFiscaleDecoded(result: CodiceFiscaleValid): string {
  const date = displayDate(result.birthDate);
  const sex = t(result.sex === 'F' ? 'fieldChecksSexF' : 'fieldChecksSexM');
  const place: BirthPlace | undefined = result.place;
  const line = place
    ? t(place.foreign ? 'fieldChecksCfDecodedAbroad' : 'fieldChecksCfDecoded', { date, place: placeLabel(place), sex })
    : t('fieldChecksCfDecodedNoPlace', { date, sex, belfiore: result.belfiore });
  return result.omocode ? `${line} (${t('fieldChecksCfOmocode')})` : line;
}

/** One localized text for any result: the reason, or the decoded line followed by the warnings. */
export function codiceFiscaleMessage(result: CodiceFiscaleResult): string {
  if (!result.valid) return codiceFiscaleReasonMessage(result.reason);
  return [codiceFiscaleDecoded(result), ...result.warnings.map((w) => codiceFiscaleWarningMessage(result, w))].join(' ');
}
