import { useRef, useState } from 'preact/hooks';
import { SettingField } from '@/components/SettingField';
import { t } from '@/utils/i18n';
import { checkPracticeUrl } from '@/utils/practice-portal';
import { probePracticePage } from '@/utils/practice-probe';
import { keptOldMessage } from './field-rules';
import { coveredByDefault, requestOriginAccess } from './origin-permissions';
import { effective, isLocked, type OptionsState } from './options-state';

export interface PracticeSectionProps {
  state: OptionsState;
  /** Saves the address; resolves to an error message, or null when saved. */
  save: (url: string) => Promise<string | null>;
  /** Opens the practice page in a new tab. */
  openTab: (url: string) => Promise<void>;
}

/**
 * Practice for trainers: the address of the demo portal's practice cases and a button that
 * opens it, once it is sure the page there is a practice page (never the real portal).
 */
export function PracticeSection({ state, save, openTab }: PracticeSectionProps) {
  const stored = effective(state, 'practiceUrl');
  const locked = isLocked(state, 'practiceUrl');
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // A ref, not the state: a second click may come before the state is drawn again.
  const running = useRef(false);

  const commit = async (text: string): Promise<void> => {
    const check = checkPracticeUrl(text);
    if (!check.ok) return setError(keptOldMessage(t(check.problem), stored));
    const problem = await save(check.url);
    if (problem) return setError(problem);
    setDraft(null);
    setError(undefined);
  };

  const start = async (): Promise<void> => {
    // One check at a time. The button stays focusable (aria-disabled), so focus is not lost.
    if (running.current) return;
    setStatus('');
    const check = checkPracticeUrl(draft ?? stored);
    if (!check.ok) return setError(t(check.problem));
    const extra = effective(state, 'extraOrigins').includes(check.origin);
    if (!coveredByDefault(check.origin) && !extra) return setError(t('optionsPracticeOriginMissing', { origin: check.origin }));
    running.current = true;
    setBusy(true);
    try {
      // The permission request comes first, while the click still counts as a user gesture.
      if (extra && !(await requestOriginAccess(check.origin))) return setError(t('optionsPracticeDenied'));
      setStatus(t('optionsPracticeChecking'));
      const probe = await probePracticePage(check.url);
      if (probe !== 'practice') {
        setStatus('');
        return setError(t(probe === 'unreachable' ? 'optionsPracticeUnreachable' : 'optionsPracticeNotDemo', { url: check.url }));
      }
      setError(undefined);
      await openTab(check.url);
      setStatus(t('optionsPracticeOpened'));
    } catch {
      setStatus('');
      setError(t('optionsPracticeTabFailed'));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="section-practice" data-testid="practice-section">
      <h2 id="section-practice">{t('optionsSectionPractice')}</h2>
      <p>{t('optionsPracticeIntro')}</p>
      <SettingField id="practiceUrl" label={t('optionsPracticeUrl')} hint={t('optionsPracticeUrlHint')} locked={locked} error={error}>
        {(a11y) => (
          <input
            {...a11y}
            type="url"
            spellcheck={false}
            value={draft ?? stored}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onChange={(e) => void commit(e.currentTarget.value)}
          />
        )}
      </SettingField>
      <button type="button" data-testid="practice-start" aria-disabled={busy ? 'true' : undefined} onClick={() => void start()}>
        {t('optionsPracticeStart')}
      </button>
      <p role="status" data-testid="practice-status">
        {status}
      </p>
    </section>
  );
}
