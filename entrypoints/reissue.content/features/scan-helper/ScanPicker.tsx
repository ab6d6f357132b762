import { t } from '@/utils/i18n';

export type ScanStatus = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; pages: number } | { kind: 'error'; message: string };

interface ScanPickerProps {
  status: ScanStatus;
  onFiles: (files: File[]) => void;
}

/** Pick the scanned pages of the signed delega; the result goes into the portal's upload field. */
export function ScanPicker({ status, onFiles }: ScanPickerProps) {
  return (
    <section class="scan" aria-labelledby="sportello-scan-title">
      <h3 id="sportello-scan-title" class="scan__title">
        {t('scanTitle')}
      </h3>
      <p class="scan__hint">{t('scanHint')}</p>
      <label class="scan__label" for="sportello-scan-input">
        {t('scanPick')}
      </label>
      <input
        id="sportello-scan-input"
        type="file"
        multiple
        accept="application/pdf,image/png,image/jpeg"
        data-testid="scan-input"
        aria-describedby="sportello-scan-status"
        aria-invalid={status.kind === 'error' ? 'true' : undefined}
        onChange={(event) => {
          const input = event.currentTarget;
          onFiles([...(input.files ?? [])]);
          input.value = '';
        }}
      />
      <p id="sportello-scan-status" class={`scan__status scan__status--${status.kind}`} role="status" aria-live="polite" data-testid="scan-status">
        {status.kind === 'working' && t('scanWorking')}
        {status.kind === 'done' && t('scanDone', { pages: status.pages })}
        {status.kind === 'error' && status.message}
      </p>
    </section>
  );
}
