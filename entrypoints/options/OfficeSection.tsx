import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { checkOfficeUrl, OfficeServer, officePermissionPattern } from '@/utils/office/config';
import type { Settings } from '@/utils/settings';
import { effective, isLocked, type OptionsState } from './options-state';

type Props = { state: OptionsState; save: (value: Settings['officeServer']) => Promise<string | null> };

const FIELDS = [
  { key: 'url', label: 'officeSettingsUrl', type: 'url', placeholder: 'https://couch.comune.example.it:6984' },
  { key: 'database', label: 'officeSettingsDatabase', type: 'text', placeholder: 'sportello-cie' },
  { key: 'username', label: 'officeSettingsUsername', type: 'text', placeholder: 'sportello-1' },
  { key: 'password', label: 'officeSettingsPassword', type: 'password', placeholder: '' },
] as const;

/**
 * The office server (issue #19): editable here unless IT fixed it by policy. Saving asks the
 * browser for the server's host permission first (straight from the click: a user gesture),
 * so the worker reaches it without CORS; no host is asked for at install. A policy cannot grant
 * the permission, so a server set by policy (or one whose permission was refused or taken back)
 * gets its own "allow access" button here.
 */
export function OfficeSection({ state, save }: Props) {
  const current = effective(state, 'officeServer');
  const locked = isLocked(state, 'officeServer');
  const [draft, setDraft] = useState({ url: current?.url ?? '', database: current?.database ?? 'sportello-cie', username: current?.username ?? '', password: current?.password ?? '' });
  const [message, setMessage] = useState('');
  const pattern = current ? officePermissionPattern(current) : undefined;
  const [access, setAccess] = useState<boolean | undefined>();
  useEffect(() => {
    setAccess(undefined);
    if (pattern) void browser.permissions.contains({ origins: [pattern] }).then(setAccess, () => setAccess(false));
  }, [pattern]);

  async function grant(): Promise<void> {
    if (!pattern) return;
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    setAccess(granted);
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const url = checkOfficeUrl(draft.url);
    if (!url.ok) return setMessage(t('officeSettingsInvalid', { message: t(url.problem) }));
    const parsed = OfficeServer.safeParse({ ...draft, url: url.url });
    if (!parsed.success) return setMessage(t('officeSettingsInvalid', { message: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }));
    const granted = await browser.permissions.request({ origins: [officePermissionPattern(parsed.data)] }).catch(() => false);
    const refused = await save(parsed.data);
    if (!refused) setAccess(granted);
    setMessage(refused ?? (granted ? t('officeSettingsSaved') : t('officeSettingsNoPermission')));
  }

  return (
    <section aria-labelledby="section-office-server" data-testid="office-settings">
      <h2 id="section-office-server">{t('officeSettingsTitle')}</h2>
      <p>{t('officeSettingsHelp')}</p>
      {locked ? (
        <p data-testid="office-settings-locked">
          {t('optionsLocked')}: {current?.url} · {current?.database} · {current?.username}
        </p>
      ) : null}
      {current && access !== undefined && (
        <p data-testid="office-access" data-granted={String(access)}>
          {access ? t('optionsOriginActive') : t('optionsOriginNoPermission')}{' '}
          {!access && (
            <button type="button" data-testid="office-grant" onClick={() => void grant()}>
              {t('optionsOriginGrant', { origin: new URL(current.url).origin })}
            </button>
          )}
        </p>
      )}
      {locked ? null : (
        <form onSubmit={(e) => void submit(e)}>
          {FIELDS.map((field) => (
            <p key={field.key}>
              <label for={`office-${field.key}`}>{t(field.label)}</label>
              <br />
              <input
                id={`office-${field.key}`}
                data-testid={`office-${field.key}`}
                type={field.type}
                placeholder={field.placeholder}
                autocomplete={field.type === 'password' ? 'new-password' : 'off'}
                value={draft[field.key]}
                onInput={(e) => setDraft({ ...draft, [field.key]: e.currentTarget.value })}
              />
            </p>
          ))}
          <button type="submit" data-testid="office-save">
            {t('officeSettingsSave')}
          </button>{' '}
          {current && (
            <button type="button" data-testid="office-remove" onClick={() => void save(undefined).then((refused) => setMessage(refused ?? t('officeSettingsSaved')))}>
              {t('officeSettingsRemove')}
            </button>
          )}
        </form>
      )}
      {message && (
        <p role="status" data-testid="office-settings-status">
          {message}
        </p>
      )}
    </section>
  );
}
