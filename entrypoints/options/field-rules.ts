import { t } from '@/utils/i18n';
import { Settings } from '@/utils/settings';

/** The settings edited as a single form control on the options page. */
export const SIMPLE_FIELDS = ['comuneName', 'officeName', 'workstationLabel', 'dailyLimit', 'language', 'blockSubmitOnErrors'] as const;
export type SimpleField = (typeof SIMPLE_FIELDS)[number];

export type FieldCheck<K extends keyof Settings = keyof Settings> = { ok: true; value: Settings[K] } | { ok: false; message: string };

/**
 * Turns what a control holds (text or a checkbox) into a setting's value, validated with the
 * settings schema. A refusal carries the message shown beside the field. Never throws.
 */
export function checkField<K extends SimpleField>(key: K, input: string | boolean): FieldCheck<K> {
  let candidate: unknown = input;
  if (key === 'dailyLimit') {
    const text = String(input).trim();
    if (!/^\d{1,6}$/.test(text)) return { ok: false, message: rangeMessage(key) };
    candidate = Number(text);
  }
  return checkValue(key, candidate);
}

/** Validates a value for any setting with its own schema (used for policy and logo too). */
export function checkValue<K extends keyof Settings>(key: K, candidate: unknown): FieldCheck<K> {
  const parsed = Settings.shape[key].safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data as Settings[K] };
  const issue = parsed.error.issues[0];
  if (issue?.code === 'too_big' && issue.origin === 'string') {
    return { ok: false, message: t('optionsErrorTooLong', { max: Number(issue.maximum) }) };
  }
  if (key === 'dailyLimit' || key === 'webeidTimeoutSeconds') return { ok: false, message: rangeMessage(key) };
  return { ok: false, message: t('optionsErrorInvalid') };
}

/** The message for a refused value, naming the value that stays in force. */
export function keptOldMessage(problem: string, old?: unknown): string {
  if (old === undefined) return t('optionsKeptPrevious', { problem });
  const shown = typeof old === 'boolean' ? t(old ? 'optionsYes' : 'optionsNo') : typeof old === 'string' || typeof old === 'number' ? String(old) : '';
  return t('optionsKeptOld', { problem, old: shown === '' ? t('optionsEmptyValue') : shown });
}

// Bounds read from the schema itself, so the message never disagrees with the check.
function rangeMessage(key: 'dailyLimit' | 'webeidTimeoutSeconds'): string {
  const number = Settings.shape[key].unwrap();
  return t('optionsErrorRange', { min: number.minValue ?? 0, max: number.maxValue ?? 0 });
}
