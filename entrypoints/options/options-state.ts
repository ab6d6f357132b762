import { coerceSettings, readManagedSettingsReport, saveSettings, type PolicyProblem, type Settings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { storage } from 'wxt/utils/storage';
import { checkValue, keptOldMessage } from './field-rules';

/** What the options page shows: the local values, and the ones policy fixes (locked). */
export interface OptionsState {
  local: Settings;
  managed: Partial<Settings>;
  /** Policy values, or entries of policy lists, that were ignored (shown to the IT). */
  policyProblems?: PolicyProblem[];
}

export type CommitResult = { ok: true; state: OptionsState } | { ok: false; message: string };

/** Loads local settings (validated field by field) and managed policy. */
export async function loadOptions(): Promise<OptionsState> {
  const [raw, report] = await Promise.all([storage.getItem<unknown>('local:settings'), readManagedSettingsReport()]);
  return { local: coerceSettings(raw), managed: report.values, policyProblems: report.problems };
}

/** The value in force for a field: policy wins over the office's own choice. */
export function effective<K extends keyof Settings>(state: OptionsState, key: K): Settings[K] {
  return (key in state.managed ? state.managed[key] : state.local[key]) as Settings[K];
}

export function isLocked(state: OptionsState, key: keyof Settings): boolean {
  return key in state.managed;
}

/**
 * Saves one setting after validating it; a locked or bad value is refused with a message and
 * the stored value stays as it was. Never throws.
 */
export async function commitSetting<K extends keyof Settings>(state: OptionsState, key: K, value: unknown): Promise<CommitResult> {
  if (isLocked(state, key)) return { ok: false, message: t('optionsErrorLocked') };
  const check = checkValue(key, value);
  // Lists and images are not worth repeating in a sentence.
  const old = key === 'logoDataUrl' || key === 'extraOrigins' ? undefined : state.local[key];
  if (!check.ok) return { ok: false, message: keptOldMessage(check.message, old) };
  try {
    const local = await saveSettings({ [key]: check.value });
    return { ok: true, state: { ...state, local } };
  } catch {
    return { ok: false, message: keptOldMessage(t('optionsErrorSave'), old) };
  }
}
