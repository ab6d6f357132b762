import { onLanguageChange, t, type MessageKey } from '@/utils/i18n';
import { FIELD_NAMES, type FieldName, type PortalPage } from '@/utils/portal/adapter';
import type { Feature } from '../../feature';
import { markField, setState } from './attributes';
import { reportMinorStatus } from '../../holder-age';
import { messageElement, messageId, placeMessage, showMessage } from './message-elements';
import { createPlaceCache, type AskBirthplace } from './birthplace';
import { guardSubmit } from './submit-guard';
import { blocksSubmit, verdictFor, type VerdictContext } from './verdict';
import { contentStart, followContentStart } from '../../content-start';
import { ourRoot, whenOurRoot } from '../../our-root';

/** Seams for tests; the content script uses the defaults. */
export interface FieldCheckOptions {
  debounceMs?: number;
  askBirthplace?: AskBirthplace;
  readBlockSetting?: () => Promise<boolean>;
  today?: Date;
}

const PART_KEYS: Record<FieldName, MessageKey> = {
  codiceFiscale: 'partCodiceFiscale',
  numeroCarta: 'partNumeroCarta',
  email: 'partEmail',
};

/**
 * Checks the codice fiscale, card number and e-mail as the operator types (debounced) and on
 * blur: state and aria attributes on the portal's input, the message beside it. Never changes
 * the value, never blocks typing; blocks the submit only when the office asked for it.
 */
export function attachFieldChecks(page: PortalPage, signal: AbortSignal, options: FieldCheckOptions = {}): void {
  const { debounceMs = 250, readBlockSetting = async () => (await contentStart()).blockSubmitOnErrors } = options;
  const places = createPlaceCache(options.askBirthplace);
  const holderValue = (input: HTMLInputElement | null): string => input?.value ?? '';
  const context = (): VerdictContext => ({
    lookupPlace: places.lookup,
    holder: { surname: holderValue(page.holder.surname), name: holderValue(page.holder.name) },
    ...(options.today ? { today: options.today } : {}),
  });
  let blocking = false;
  void readBlockSetting().then((on) => (blocking = on), () => undefined);
  // A later answer (the policy came back other than its copy) is the one in force.
  const stopFollowing = followContentStart((start) => (blocking = start.blockSubmitOnErrors));
  signal.addEventListener('abort', stopFollowing, { once: true });

  const timers = new Map<FieldName, ReturnType<typeof setTimeout>>();
  const notes = new Map<FieldName, string>();
  // A wizard's screen may show only some of the fields: each present one is checked.
  const present = FIELD_NAMES.flatMap((name) => (page.fields[name] ? [{ name, input: page.fields[name] }] : []));
  const inputOf = (name: FieldName): HTMLInputElement => page.fields[name]!;
  const restore = present.map(({ name, input }) => markField(input, name));

  const check = (name: FieldName, submitting = false): void => {
    clearTimeout(timers.get(name));
    const input = inputOf(name);
    const verdict = verdictFor(name, input.value, context(), submitting);
    setState(input, name, verdict.state);
    const note = notes.get(name);
    render(name, verdict.state, note ? [note, ...verdict.lines] : verdict.lines);
    if (verdict.minor !== undefined) reportMinorStatus(verdict.minor);
    const belfiore = verdict.codiceFiscale?.belfiore;
    if (belfiore && !verdict.codiceFiscale?.place) {
      void places.load(belfiore).then((learnt) => learnt && !signal.aborted && check('codiceFiscale'));
    }
  };

  const render = (name: FieldName, state: Parameters<typeof showMessage>[1], lines: string[]): void => {
    if (signal.aborted) return;
    const element = messageElement(name, inputOf(name).ownerDocument);
    // The panel mounts our shadow host after attach: the message is shown the moment it is
    // there. A host in another document (the fields in a frame) means no message: no help.
    if (!element) return void (ourRoot() === null && whenOurRoot(() => render(name, state, lines), signal));
    showMessage(element, state, lines);
    placeMessage(element, inputOf(name));
  };

  const later = (name: FieldName): void => {
    notes.delete(name);
    clearTimeout(timers.get(name));
    timers.set(name, setTimeout(() => check(name), debounceMs));
  };

  for (const { name, input } of present) {
    // The operator is typing again: the note of a blocked submit no longer applies.
    input.addEventListener('input', () => later(name), { signal });
    input.addEventListener('change', () => check(name), { signal });
    input.addEventListener('blur', () => check(name), { signal });
    if (input.value !== '') check(name);
  }
  // The office's language may arrive after a first check: say it again in that language.
  onLanguageChange(() => {
    for (const { name, input } of present) if (input.hasAttribute('data-sportello-state')) check(name);
  }, signal);
  for (const holder of [page.holder.surname, page.holder.name]) {
    holder?.addEventListener('input', () => later('codiceFiscale'), { signal });
  }

  const view = present[0]?.input.ownerDocument.defaultView;
  let frame = 0;
  const reposition = (): void => {
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      for (const { name, input } of present) {
        const element = input.ownerDocument.getElementById(messageId(name));
        if (element && !element.hidden) placeMessage(element, input);
      }
    });
  };
  view?.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  view?.addEventListener('resize', reposition, { passive: true, signal });

  guardSubmit(page, signal, {
    enabled: () => blocking,
    invalidFields: () => present.filter(({ name, input }) => blocksSubmit(name, input.value, context())).map(({ name }) => name),
    onBlocked: (fields) => {
      const why = t('fieldChecksSubmitBlocked', { fields: fields.map((f) => t(PART_KEYS[f])).join(', ') });
      for (const name of FIELD_NAMES) notes.delete(name);
      notes.set(fields[0]!, why);
      for (const { name } of present) check(name, true);
      inputOf(fields[0]!).focus();
    },
  });

  signal.addEventListener('abort', () => {
    for (const timer of timers.values()) clearTimeout(timer);
    for (const undo of restore) undo();
    for (const { name, input } of present) input.ownerDocument.getElementById(messageId(name))?.remove();
    reportMinorStatus(null);
  });
}

/** The field checks as one feature of the reprint page. */
export const fieldChecks: Feature = {
  id: 'field-checks',
  attach: (page, signal) => attachFieldChecks(page, signal),
};
