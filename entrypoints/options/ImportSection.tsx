import { useEffect, useState } from 'preact/hooks';
import { SettingField } from '@/components/SettingField';
import { t } from '@/utils/i18n';

type Outcome = { kind: 'none' } | { kind: 'imported' } | { kind: 'reset' } | { kind: 'errors'; errors: string[] };

export interface ImportSectionProps {
  id: string;
  title: string;
  intro: string;
  inputLabel: string;
  texts: { imported: string; errors: string; reset: string; resetDone: string };
  /** What is in force now, and whether there is an import to reset. */
  describe: () => Promise<{ text: string; imported: boolean }>;
  /** The owning module's validator and store: errors leave what was in force unchanged. */
  importText: (text: string) => Promise<{ ok: true } | { ok: false; errors: string[] }>;
  reset: () => Promise<void>;
}

/** Imports a definition file through its module's validator, listing every error. */
export function ImportSection(props: ImportSectionProps) {
  const { id, texts } = props;
  const [current, setCurrent] = useState<{ text: string; imported: boolean } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const refresh = async (): Promise<void> => setCurrent(await props.describe());
  useEffect(() => void refresh(), []);

  const pick = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setOutcome({ kind: 'errors', errors: [t('optionsFileUnreadable')] });
    }
    const result = await props.importText(text);
    setOutcome(result.ok ? { kind: 'imported' } : { kind: 'errors', errors: result.errors });
    await refresh();
  };
  const reset = async (): Promise<void> => {
    await props.reset();
    setOutcome({ kind: 'reset' });
    await refresh();
  };

  return (
    <section aria-labelledby={`section-${id}`} data-testid={`import-${id}`}>
      <h2 id={`section-${id}`}>{props.title}</h2>
      <p>{props.intro}</p>
      {current && <p data-testid={`${id}-current`}>{current.text}</p>}
      <SettingField id={`${id}File`} label={props.inputLabel} error={outcome.kind === 'errors' ? texts.errors : undefined}>
        {(a11y) => <input {...a11y} type="file" accept="application/json,.json" onChange={(e) => void pick(e.currentTarget)} />}
      </SettingField>
      {outcome.kind === 'errors' && (
        <ul class="import-errors" data-testid={`${id}-errors`}>
          {outcome.errors.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
      <p role="status" data-testid={`${id}-status`}>
        {outcome.kind === 'imported' ? texts.imported : outcome.kind === 'reset' ? texts.resetDone : ''}
      </p>
      {current?.imported && (
        <button type="button" onClick={() => void reset()}>
          {texts.reset}
        </button>
      )}
    </section>
  );
}
