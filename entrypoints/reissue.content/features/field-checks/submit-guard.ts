import { formOf, type FieldName, type PortalPage } from '@/utils/portal/adapter';

export interface SubmitGuard {
  /** The office's "blocca invio con errori" setting, read when the submit happens. */
  enabled: () => boolean;
  /** Fields that would block now (checked fresh, not from the last debounced check). */
  invalidFields: () => FieldName[];
  onBlocked: (fields: FieldName[]) => void;
}

/**
 * Stops the portal's submit only when the office turned blocking on and a field is invalid.
 * Listens in the capture phase on the window so it runs before the portal's own handlers,
 * for both the button's click and the form's submit (Enter in a field submits too).
 */
export function guardSubmit(page: PortalPage, signal: AbortSignal, guard: SubmitGuard): void {
  const form = formOf(page);
  const view = (form ?? page.submit)?.ownerDocument.defaultView;
  if (!view) return;
  const stop = (event: Event): void => {
    if (!guard.enabled()) return;
    const fields = guard.invalidFields();
    if (fields.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    guard.onBlocked(fields);
  };
  view.addEventListener(
    'click',
    (event) => {
      if (page.submit && event.target instanceof Node && page.submit.contains(event.target)) stop(event);
    },
    { capture: true, signal },
  );
  view.addEventListener(
    'submit',
    (event) => {
      if (form && event.target === form) stop(event);
    },
    { capture: true, signal },
  );
}
