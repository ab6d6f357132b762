import { useState } from 'preact/hooks';
import { SettingField } from '@/components/SettingField';
import { t, type MessageKey } from '@/utils/i18n';
import { checkField, keptOldMessage, type SimpleField } from './field-rules';
import { effective, isLocked, type OptionsState } from './options-state';

export interface SectionProps {
  state: OptionsState;
  errors: Partial<Record<string, string>>;
  /** Validates and saves; a refusal is shown beside the field by the caller. */
  commit: (key: SimpleField, value: unknown) => Promise<boolean>;
  refuse: (key: SimpleField, message: string) => void;
}

const TEXT_FIELDS: { key: 'comuneName' | 'officeName' | 'workstationLabel' | 'dailyLimit'; label: MessageKey; hint?: MessageKey }[] = [
  { key: 'comuneName', label: 'optionsComuneName' },
  { key: 'officeName', label: 'optionsOfficeName' },
  { key: 'workstationLabel', label: 'optionsWorkstationLabel', hint: 'optionsWorkstationHint' },
  { key: 'dailyLimit', label: 'optionsDailyLimit', hint: 'optionsDailyLimitHint' },
];

const LANGUAGE_LABELS = { auto: 'optionsLanguageAuto', it: 'optionsLanguageIt', en: 'optionsLanguageEn', de: 'optionsLanguageDe' } as const;

/** The office's identity, the daily limit, the language and the submit guard. */
export function GeneralSection(props: SectionProps) {
  const { state, errors, commit } = props;
  return (
    <section aria-labelledby="section-office">
      <h2 id="section-office">{t('optionsSectionOffice')}</h2>
      {TEXT_FIELDS.map((field) => (
        <TextSetting key={field.key} field={field} {...props} />
      ))}
      <SettingField id="language" label={t('optionsLanguage')} locked={isLocked(state, 'language')} error={errors['language']}>
        {(a11y) => (
          <select {...a11y} value={effective(state, 'language')} onChange={(e) => void commit('language', e.currentTarget.value)}>
            {Object.entries(LANGUAGE_LABELS).map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        )}
      </SettingField>
      <SettingField
        id="blockSubmitOnErrors"
        label={t('optionsBlockSubmit')}
        hint={t('optionsBlockSubmitHint')}
        inline
        locked={isLocked(state, 'blockSubmitOnErrors')}
        error={errors['blockSubmitOnErrors']}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="checkbox"
            checked={effective(state, 'blockSubmitOnErrors')}
            onChange={(e) => void commit('blockSubmitOnErrors', e.currentTarget.checked)}
          />
        )}
      </SettingField>
    </section>
  );
}

/** A text setting keeps what was typed while it is refused, so it can be corrected. */
function TextSetting({ field, state, errors, commit, refuse }: SectionProps & { field: (typeof TEXT_FIELDS)[number] }) {
  const stored = String(effective(state, field.key));
  const [draft, setDraft] = useState<string | null>(null);
  const onCommit = async (text: string): Promise<void> => {
    const check = checkField(field.key, text);
    if (!check.ok) return refuse(field.key, keptOldMessage(check.message, state.local[field.key]));
    if (await commit(field.key, check.value)) setDraft(null);
  };
  return (
    <SettingField
      id={field.key}
      label={t(field.label)}
      hint={field.hint ? t(field.hint) : undefined}
      locked={isLocked(state, field.key)}
      error={errors[field.key]}
    >
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          inputMode={field.key === 'dailyLimit' ? 'numeric' : undefined}
          value={draft ?? stored}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => void onCommit(e.currentTarget.value)}
        />
      )}
    </SettingField>
  );
}
