import { cardNumberMessage, parseCardNumber } from '@/utils/card-number';
import {
  ageFromBirthDate,
  codiceFiscaleDecoded,
  holderLetters,
  holderMismatches,
  isValidCodiceFiscale,
  parseCodiceFiscale,
  type CodiceFiscaleValid,
  type PlaceLookup,
} from '@/utils/codice-fiscale';
import { codiceFiscaleReasonMessage, codiceFiscaleWarningMessage } from '@/utils/codice-fiscale/messages';
import { checkEmail, emailMessage } from '@/utils/email';
import { t } from '@/utils/i18n';
import type { FieldName } from '@/utils/portal/adapter';
import type { MinorStatus } from '../../holder-age';
import type { FieldState } from './message-elements';

/** What one check says about a field: its state (null = nothing to say yet) and the message lines. */
export interface FieldVerdict {
  state: FieldState | null;
  lines: string[];
  /** For the codice fiscale: the decoded result, to ask the background for its place. */
  codiceFiscale?: CodiceFiscaleValid;
  minor?: MinorStatus;
}

export interface VerdictContext {
  lookupPlace: PlaceLookup;
  holder: { surname: string; name: string };
  today?: Date;
}

const EMPTY: FieldVerdict = { state: null, lines: [] };

/**
 * Checks one field's value. Empty fields have no state while the operator types; at submit
 * (`submitting`) an empty codice fiscale or card number is invalid, an empty e-mail is not.
 */
export function verdictFor(field: FieldName, value: string, context: VerdictContext, submitting = false): FieldVerdict {
  if (value.trim() === '') {
    if (submitting && field !== 'email') {
      const lines = [field === 'codiceFiscale' ? t('fieldChecksCfEmpty') : t('fieldChecksCardEmpty')];
      return { state: 'invalid', lines, ...(field === 'codiceFiscale' ? { minor: null } : {}) };
    }
    return field === 'codiceFiscale' ? { ...EMPTY, minor: null } : EMPTY;
  }
  if (field === 'numeroCarta') {
    const result = parseCardNumber(value);
    return { state: !result.valid ? 'invalid' : result.warnings.length ? 'warning' : 'valid', lines: [cardNumberMessage(result)] };
  }
  if (field === 'email') {
    const result = checkEmail(value);
    return { state: !result.valid ? 'invalid' : result.warnings.length ? 'warning' : 'valid', lines: [emailMessage(result, value)] };
  }
  return codiceFiscaleVerdict(value, context);
}

function codiceFiscaleVerdict(value: string, context: VerdictContext): FieldVerdict {
  const options = context.today ? { today: context.today, lookupPlace: context.lookupPlace } : { lookupPlace: context.lookupPlace };
  const result = parseCodiceFiscale(value, options);
  if (!result.valid) return { state: 'invalid', lines: [codiceFiscaleReasonMessage(result.reason)], minor: null };
  const { surname, name } = context.holder;
  const letters = { surnameLetters: holderLetters(surname, 'surname'), nameLetters: holderLetters(name, 'name') };
  const warnings = [...result.warnings, ...holderMismatches(result.code, surname, name)];
  const age = ageFromBirthDate(result.birthDate, context.today);
  const lines = [codiceFiscaleDecoded(result), ...warnings.map((w) => codiceFiscaleWarningMessage(result, w, letters))];
  if (age < 18) lines.push(t('fieldChecksCfMinor', { age }));
  return {
    state: warnings.length ? 'warning' : 'valid',
    lines,
    codiceFiscale: result,
    minor: { minor: age < 18, age },
  };
}

/** True when this value would stop the submit (with blocking on). */
export function blocksSubmit(field: FieldName, value: string, context: VerdictContext): boolean {
  // The submit only needs a yes or no: the codice fiscale is not decoded for it.
  if (field === 'codiceFiscale') return !isValidCodiceFiscale(value);
  return verdictFor(field, value, context, true).state === 'invalid';
}
