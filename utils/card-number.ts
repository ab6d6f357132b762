import { t, type MessageKey } from './i18n';

/** Why a card number is rejected: stable codes, each with a message in the locales. */
export const CARD_REASONS = [
  'empty',
  'invalid-characters',
  'can-not-card-number',
  'old-format',
  'too-short',
  'too-long',
  'letter-digit-confusion',
  'wrong-shape',
] as const;
export type CardNumberReason = (typeof CARD_REASONS)[number];
export const CARD_WARNINGS = ['unusual-first-letter'] as const;
export type CardNumberWarning = (typeof CARD_WARNINGS)[number];

export type CardNumberResult =
  | { valid: true; number: string; warnings: CardNumberWarning[] }
  | { valid: false; reason: CardNumberReason; suggestion?: string };

const NUN = /^[A-Z]{2}\d{5}[A-Z]{2}$/;
// Paper cards and CIE before 3.0: two letters and seven digits (or the reverse).
const OLD = /^([A-Z]{2}\d{7}|\d{7}[A-Z]{2})$/;
const AS_DIGIT: Record<string, string> = { O: '0', Q: '0', D: '0', I: '1', L: '1', Z: '2', S: '5', B: '8', G: '6' };
const AS_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S', '8': 'B', '6': 'G' };

/**
 * Checks the CIE 3.0 card number ("numero unico nazionale", e.g. CA00000AA: 2 letters, 5
 * digits, 2 letters; no check digit). Lower case, spaces and hyphens are accepted. Tells a
 * CAN (6 digits) and older card numbers apart with their own reasons. Never throws.
 */
export function parseCardNumber(input: string): CardNumberResult {
  if (typeof input !== 'string') return { valid: false, reason: 'empty' };
  const number = input.replace(/[\s-]+/g, '').toUpperCase();
  if (number === '') return { valid: false, reason: 'empty' };
  if (!/^[A-Z0-9]+$/.test(number)) return { valid: false, reason: 'invalid-characters' };
  if (/^\d{6}$/.test(number)) return { valid: false, reason: 'can-not-card-number' };
  if (OLD.test(number)) return { valid: false, reason: 'old-format' };
  if (number.length < 9) return { valid: false, reason: 'too-short' };
  if (number.length > 9) return { valid: false, reason: 'too-long' };
  if (!NUN.test(number)) {
    const fixed = swapLookAlikes(number);
    return NUN.test(fixed)
      ? { valid: false, reason: 'letter-digit-confusion', suggestion: fixed }
      : { valid: false, reason: 'wrong-shape' };
  }
  return { valid: true, number, warnings: number[0] === 'C' ? [] : ['unusual-first-letter'] };
}

/** Letters where digits belong (O for 0) and the reverse: the usual misreadings of a card. */
function swapLookAlikes(number: string): string {
  return [...number]
    .map((char, i) => (i >= 2 && i < 7 ? (AS_DIGIT[char] ?? char) : (AS_LETTER[char] ?? char)))
    .join('');
}

const REASON_KEYS: Record<CardNumberReason, MessageKey> = {
  empty: 'fieldChecksCardEmpty',
  'invalid-characters': 'fieldChecksCardInvalidCharacters',
  'can-not-card-number': 'fieldChecksCardCan',
  'old-format': 'fieldChecksCardOldFormat',
  'too-short': 'fieldChecksCardTooShort',
  'too-long': 'fieldChecksCardTooLong',
  'letter-digit-confusion': 'fieldChecksCardConfusion',
  'wrong-shape': 'fieldChecksCardWrongShape',
};
const WARNING_KEYS: Record<CardNumberWarning, MessageKey> = {
  'unusual-first-letter': 'fieldChecksCardUnusualFirstLetter',
};

/** The localized message of a result: the reason, or "format correct" followed by the warnings. */
export function cardNumberMessage(result: CardNumberResult): string {
  if (!result.valid) return t(REASON_KEYS[result.reason], { suggestion: result.suggestion ?? '' });
  return [t('fieldChecksCardValid'), ...result.warnings.map((w) => t(WARNING_KEYS[w]))].join(' ');
}
