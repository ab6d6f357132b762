import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { WEBEID_ERROR_KEYS } from '@/utils/webeid/errors';
import type { ReadSigningCertificateResult } from '@/utils/webeid/messages';

type Props = {
  /** Asks the background to read the signing certificate (sendMessage in the popup). */
  read: () => Promise<ReadSigningCertificateResult>;
  /** Asks the background to cancel the running operation. */
  cancel?: () => Promise<unknown>;
};

type State = { kind: 'idle' } | { kind: 'reading' } | { kind: 'done'; result: ReadSigningCertificateResult };

/** DD/MM/YYYY in the workstation's time zone. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The smart-card check: reads the signing certificate through Web eID and shows it, or why not. */
export function WebEidCheck({ read, cancel }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async (): Promise<void> => {
    setState({ kind: 'reading' });
    try {
      setState({ kind: 'done', result: await read() });
    } catch {
      setState({ kind: 'done', result: { ok: false, code: 'ERR_WEBEID_UNKNOWN_ERROR' } });
    }
  };

  return (
    <section class="card webeid" aria-live="polite">
      <button type="button" class="button button--secondary" data-testid="webeid-check" disabled={state.kind === 'reading'} onClick={() => void run()}>
        {t('webeidCheck')}
      </button>
      {state.kind === 'reading' && (
        <p data-testid="webeid-status" data-state="reading" aria-busy="true">
          {t('webeidChecking')}{' '}
          {cancel && (
            <button type="button" class="button button--link" data-testid="webeid-cancel" onClick={() => void cancel()}>
              {t('webeidCancel')}
            </button>
          )}
        </p>
      )}
      {state.kind === 'done' && <Result result={state.result} />}
    </section>
  );
}

function Result({ result }: { result: ReadSigningCertificateResult }) {
  if (!result.ok) {
    return (
      <p data-testid="webeid-status" data-state="error" data-code={result.code} role="alert" class="status status--error">
        {t(WEBEID_ERROR_KEYS[result.code])}
      </p>
    );
  }
  const c = result.certificate;
  const state = c.expired ? 'expired' : c.expiresSoon ? 'expires-soon' : 'ok';
  return (
    <div data-testid="webeid-status" data-state={state} class={`status ${state === 'ok' ? 'status--ok' : 'status--warning'}`}>
      <p data-testid="webeid-holder">{t('webeidHolder', { holder: c.holder })}</p>
      <p data-testid="webeid-expiry">{t('webeidExpiry', { date: formatDate(c.notAfter) })}</p>
      <p>{t('webeidIssuer', { issuer: c.issuer })}</p>
      <p>{t('webeidSerial', { serial: c.serial })}</p>
      {c.expired && <p role="alert">{t('webeidExpired')}</p>}
      {!c.expired && c.expiresSoon && <p role="alert">{t('webeidExpiresSoon')}</p>}
    </div>
  );
}
