import { useState } from 'preact/hooks';
import { detectLanguage, setLanguage, t } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { ChecklistSection } from './ChecklistSection';
import type { SimpleField } from './field-rules';
import { GeneralSection } from './GeneralSection';
import { LogoSection } from './LogoSection';
import { OfficeSection } from './OfficeSection';
import { commitSetting, effective, type OptionsState } from './options-state';
import { OriginsSection } from './OriginsSection';
import { PolicyProblems } from './PolicyProblems';
import { PracticeSection } from './PracticeSection';
import { ToursSection } from './ToursSection';

/** Uses the language chosen in settings on this page ('auto' follows the browser). */
export function applyLanguage(language: Settings['language']): void {
  setLanguage(language === 'auto' ? detectLanguage(globalThis.navigator?.language) : language);
  document.documentElement.lang = language === 'auto' ? detectLanguage(globalThis.navigator?.language) : language;
}

async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** The options page: every setting validated on its own; policy-set ones shown locked. */
export function App({ initial }: { initial: OptionsState }) {
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = useState('');

  const refuse = (key: string, message: string): void => {
    setErrors((e) => ({ ...e, [key]: message }));
    setStatus('');
  };
  const save = async <K extends keyof Settings>(key: K, value: unknown): Promise<string | null> => {
    const result = await commitSetting(state, key, value);
    if (!result.ok) {
      refuse(key, result.message);
      return result.message;
    }
    if (key === 'language') applyLanguage(effective(result.state, 'language'));
    setState(result.state);
    setErrors((e) => ({ ...e, [key]: undefined }));
    setStatus(t('optionsSaved'));
    return null;
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <PolicyProblems problems={state.policyProblems ?? []} />
      <GeneralSection
        state={state}
        errors={errors}
        commit={async (key: SimpleField, value) => (await save(key, value)) === null}
        refuse={refuse}
      />
      <OfficeSection state={state} save={(server) => save('officeServer', server)} />
      <OriginsSection state={state} save={(origins) => save('extraOrigins', origins)} />
      <LogoSection state={state} save={(dataUrl) => save('logoDataUrl', dataUrl)} />
      <ChecklistSection />
      <ToursSection />
      <PracticeSection state={state} save={(url) => save('practiceUrl', url)} openTab={openTab} />
      <p class="options__status" role="status" data-testid="options-status">
        {status}
      </p>
    </main>
  );
}
