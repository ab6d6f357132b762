import type { Ref } from 'preact';
import { t } from '@/utils/i18n';

export interface TourCalloutProps {
  stepId: string;
  title: string;
  body: string;
  /** Steps skipped on the way here, each with its note. */
  notes: readonly string[];
  /** 1-based position among the tour's steps (0: none shown), and their number. */
  current: number;
  total: number;
  canGoBack: boolean;
  isLast: boolean;
  calloutRef?: Ref<HTMLDivElement>;
  onNext: () => void;
  onBack: () => void;
  onClose: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
}

/**
 * The explanation beside the highlighted element. A non-modal dialog: focus moves to it on
 * each step so screen readers read its title, text and notes; the portal stays usable.
 */
export function TourCallout(props: TourCalloutProps) {
  const { stepId, title, body, notes, current, total, canGoBack, isLast } = props;
  return (
    <div
      ref={props.calloutRef}
      class="tour-callout"
      role="dialog"
      aria-modal="false"
      aria-labelledby="sportello-tour-title"
      aria-describedby="sportello-tour-body"
      tabIndex={-1}
      data-testid="tour-callout"
      data-step-id={stepId}
      onKeyDown={props.onKeyDown}
    >
      {current > 0 && <p class="tour-callout__progress">{t('tourProgress', { current, total })}</p>}
      <h3 id="sportello-tour-title" class="tour-callout__title" data-testid="tour-step-title">
        {title}
      </h3>
      <div id="sportello-tour-body">
        {notes.map((note) => (
          <p key={note} class="tour-callout__note" data-testid="tour-skipped-note">
            {note}
          </p>
        ))}
        <p class="tour-callout__body">{body}</p>
      </div>
      <p class="tour-callout__hint">{t('tourKeysHint')}</p>
      <div class="tour-callout__actions">
        <button type="button" class="button" data-testid="tour-back" disabled={!canGoBack} onClick={props.onBack}>
          {t('tourBack')}
        </button>
        <button type="button" class="button button--primary" data-testid="tour-next" onClick={props.onNext}>
          {isLast ? t('tourFinish') : t('tourNext')}
        </button>
        <button type="button" class="tour-callout__close" data-testid="tour-close" aria-label={t('tourClose')} onClick={props.onClose}>
          ×
        </button>
      </div>
    </div>
  );
}
