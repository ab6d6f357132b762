import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { PrintJob } from '@/utils/print-job';
import { readSettings } from '@/utils/settings';
import { renderJob } from './render-job';
import { signShownDocument } from './sign-document';

type State = { state: 'loading' } | { state: 'missing' } | { state: 'error'; message: string } | { state: 'ready'; url: string; bytes: Uint8Array; job: PrintJob };
type Signing = { state: 'idle' } | { state: 'signing' } | { state: 'signed' } | { state: 'failed'; message: string };

/** The document, ready to print; its bytes live only in this tab and go when it closes. */
export function App({ token }: { token: string }) {
  const [view, setView] = useState<State>({ state: 'loading' });
  const [lang, setLang] = useState<'it' | 'de'>('it');
  const [job, setJob] = useState<PrintJob | null>(null);
  const [signing, setSigning] = useState<Signing>({ state: 'idle' });

  useEffect(() => {
    void (async () => {
      const taken = await sendMessage('takePrintJob', { token }).catch(() => ({ found: false as const }));
      if (!taken.found) return setView({ state: 'missing' });
      const settings = await readSettings();
      if (settings.language === 'de') setLang('de');
      setJob(taken.job);
    })();
  }, [token]);

  useEffect(() => {
    if (!job) return;
    setSigning({ state: 'idle' });
    let url = '';
    void renderJob(job, lang)
      .then((made) => {
        url = made.url;
        setView({ state: 'ready', url, bytes: made.bytes, job });
      })
      .catch((error: unknown) => setView({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => URL.revokeObjectURL(url);
  }, [job, lang]);

  const sign = async (url: string, bytes: Uint8Array, shown: PrintJob): Promise<void> => {
    setSigning({ state: 'signing' });
    const outcome = await signShownDocument(bytes);
    if (!outcome.ok) return setSigning({ state: 'failed', message: outcome.message });
    URL.revokeObjectURL(url);
    setView({ state: 'ready', url: outcome.url, bytes: outcome.bytes, job: shown });
    setSigning({ state: 'signed' });
  };

  if (view.state === 'loading') return <p data-testid="print-status" aria-busy="true">{t('printLoading')}</p>;
  if (view.state === 'missing') return <p data-testid="print-status" role="alert">{t('printMissing')}</p>;
  if (view.state === 'error') return <p data-testid="print-status" role="alert">{t('errorGeneric', { message: view.message })}</p>;
  return (
    <main class="print">
      <h1 class="print__title">{t('printTitle')}</h1>
      <div class="print__bar">
        <button type="button" class="print__button" data-testid="print-now" onClick={() => printFrame()}>
          {t('printNow')}
        </button>
        <button type="button" data-testid="print-language" onClick={() => setLang(lang === 'it' ? 'de' : 'it')}>
          {lang === 'it' ? t('printInGerman') : t('printInItalian')}
        </button>
        <button
          type="button"
          data-testid="print-sign"
          disabled={signing.state === 'signing' || signing.state === 'signed'}
          onClick={() => void sign(view.url, view.bytes, view.job)}
        >
          {t('printSign')}
        </button>
        <p class="print__note" data-testid="print-sign-status" role="status" aria-live="polite">
          {signing.state === 'signing' && t('printSigning')}
          {signing.state === 'signed' && t('printSigned')}
          {signing.state === 'failed' && signing.message}
          {signing.state === 'idle' && t('printNothingKept')}
        </p>
      </div>
      <iframe class="print__frame" data-testid="print-frame" title={t('printFrameTitle')} src={view.url} />
    </main>
  );
}

function printFrame(): void {
  const frame = document.querySelector<HTMLIFrameElement>('[data-testid=print-frame]');
  frame?.contentWindow?.print();
}
