import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

/** What a form control needs to be labelled, described and marked invalid. */
export interface FieldA11y {
  id: string;
  disabled: boolean;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string;
}

export interface SettingFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Set by managed policy: the control is disabled and says so. */
  locked?: boolean;
  /** The refusal message for the last value tried, if any. */
  error?: string | undefined;
  /** Checkboxes put their label after the control. */
  inline?: boolean;
  children: (a11y: FieldA11y) => ComponentChildren;
}

/**
 * One setting: label, control, hint, the administrator's lock and the error message, tied
 * together with aria-describedby; the message region is live so a refusal is announced.
 */
export function SettingField({ id, label, hint, locked = false, error, inline = false, children }: SettingFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const lockId = `${id}-locked`;
  const describedBy = [hint ? hintId : '', locked ? lockId : '', errorId].filter(Boolean).join(' ');
  const control = children({ id, disabled: locked, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy });
  return (
    <div class={`setting${error ? ' setting--invalid' : ''}${locked ? ' setting--locked' : ''}`} data-setting={id}>
      {inline ? (
        <div class="setting__inline">
          {control}
          <label for={id}>{label}</label>
        </div>
      ) : (
        <>
          <label for={id} class="setting__label">
            {label}
          </label>
          {control}
        </>
      )}
      {hint && (
        <p id={hintId} class="setting__hint">
          {hint}
        </p>
      )}
      {locked && (
        <p id={lockId} class="setting__locked" data-testid="setting-locked">
          {t('optionsLocked')}
        </p>
      )}
      <p id={errorId} class="setting__error" role="alert">
        {error ?? ''}
      </p>
    </div>
  );
}
