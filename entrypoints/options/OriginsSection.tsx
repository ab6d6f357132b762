import { useEffect, useState } from 'preact/hooks';
import { SettingField } from '@/components/SettingField';
import { t } from '@/utils/i18n';
import { checkNewOrigin, hasOriginAccess, releaseOriginAccess, requestOriginAccess } from './origin-permissions';
import { effective, isLocked, type OptionsState } from './options-state';

export interface OriginsSectionProps {
  state: OptionsState;
  /** Saves the new list; resolves to an error message, or null when saved. */
  save: (origins: string[]) => Promise<string | null>;
}

/** Extra portal origins: https only, each asking the browser for access when added. */
export function OriginsSection({ state, save }: OriginsSectionProps) {
  const origins = effective(state, 'extraOrigins');
  const locked = isLocked(state, 'extraOrigins');
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [access, setAccess] = useState<Record<string, boolean>>({});

  const refreshAccess = async (): Promise<void> => {
    const entries = await Promise.all(origins.map(async (o) => [o, await hasOriginAccess(o)] as const));
    setAccess(Object.fromEntries(entries));
  };
  useEffect(() => void refreshAccess(), [origins.join(' ')]);

  const add = async (): Promise<void> => {
    const check = checkNewOrigin(draft, origins);
    if (!check.ok) return setError(check.message);
    // The permission request comes first, while the click still counts as a user gesture.
    if (!(await requestOriginAccess(check.origin))) return setError(t('optionsOriginDenied'));
    const problem = await save([...origins, check.origin]);
    if (problem) {
      await releaseOriginAccess(check.origin);
      return setError(problem);
    }
    setDraft('');
    setError(undefined);
  };
  const remove = async (origin: string): Promise<void> => {
    const problem = await save(origins.filter((o) => o !== origin));
    if (problem) return setError(problem);
    await releaseOriginAccess(origin);
  };
  const grant = async (origin: string): Promise<void> => {
    if (!(await requestOriginAccess(origin))) setError(t('optionsOriginDenied'));
    await refreshAccess();
  };

  return (
    <section aria-labelledby="section-origins">
      <h2 id="section-origins">{t('optionsSectionOrigins')}</h2>
      <p>{t('optionsOriginsIntro')}</p>
      {origins.length === 0 ? (
        <p data-testid="origins-empty">{t('optionsOriginsEmpty')}</p>
      ) : (
        <ul class="origins" data-testid="origins">
          {origins.map((origin) => (
            <li key={origin} data-origin={origin}>
              <span class="origins__name">{origin}</span>{' '}
              <span class="origins__state">{access[origin] ? t('optionsOriginActive') : t('optionsOriginNoPermission')}</span>
              {!access[origin] && (
                <button type="button" onClick={() => void grant(origin)}>
                  {t('optionsOriginGrant', { origin })}
                </button>
              )}
              {!locked && (
                <button type="button" onClick={() => void remove(origin)}>
                  {t('optionsOriginRemove', { origin })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <SettingField id="extraOrigin" label={t('optionsOriginInput')} locked={locked} error={error}>
        {(a11y) => (
          <div class="origins__add">
            <input
              {...a11y}
              type="url"
              inputMode="url"
              autocomplete="off"
              spellcheck={false}
              value={draft}
              onInput={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && void add()}
            />
            <button type="button" disabled={locked} onClick={() => void add()} data-testid="origin-add">
              {t('optionsOriginAdd')}
            </button>
          </div>
        )}
      </SettingField>
    </section>
  );
}
