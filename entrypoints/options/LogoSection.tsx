import { useState } from 'preact/hooks';
import { SettingField } from '@/components/SettingField';
import { t } from '@/utils/i18n';
import { MAX_LOGO_BYTES, readLogoFile } from './logo-file';
import { effective, isLocked, type OptionsState } from './options-state';

export interface LogoSectionProps {
  state: OptionsState;
  /** Saves the logo (undefined removes it); resolves to an error message, or null. */
  save: (dataUrl: string | undefined) => Promise<string | null>;
}

/** The letterhead logo printed on the documents: a small PNG or JPEG. */
export function LogoSection({ state, save }: LogoSectionProps) {
  const logo = effective(state, 'logoDataUrl');
  const locked = isLocked(state, 'logoDataUrl');
  const [error, setError] = useState<string | undefined>();

  const pick = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readLogoFile(file);
    setError(read.ok ? ((await save(read.dataUrl)) ?? undefined) : read.message);
  };

  return (
    <section aria-labelledby="section-logo">
      <h2 id="section-logo">{t('optionsSectionLogo')}</h2>
      {logo ? (
        <img class="logo-preview" src={logo} alt={t('optionsLogoPreview')} data-testid="logo-preview" />
      ) : (
        <p>{t('optionsLogoNone')}</p>
      )}
      <SettingField id="logo" label={t('optionsLogoInput', { max: MAX_LOGO_BYTES / 1024 })} locked={locked} error={error}>
        {(a11y) => <input {...a11y} type="file" accept="image/png,image/jpeg" onChange={(e) => void pick(e.currentTarget)} />}
      </SettingField>
      {logo && !locked && (
        <button type="button" onClick={() => void save(undefined).then((problem) => setError(problem ?? undefined))}>
          {t('optionsLogoRemove')}
        </button>
      )}
    </section>
  );
}
