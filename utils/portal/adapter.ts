import { isVisible, visibleText } from '../dom/visible';
import { findHeading, findReprintContext, readStep, type ReprintContext, type StepPosition } from './context';
import { labelOf } from './labels';
import {
  CONFIRMATION_TEXT,
  DELEGA_UPLOAD_LABEL,
  FIELD_NAMES,
  FIELD_RULES,
  HALF_LABELS,
  HOLDER_LABELS,
  LABEL_NOISE,
  SUBMIT_LABEL,
  type FieldName,
  type HalfChoice,
} from './words';

export type { FieldName, HalfChoice } from './words';
export { FIELD_NAMES } from './words';
export { ancestorDocuments, type StepPosition } from './context';

/** The parts the popup names when a page is not recognised. */
export const PAGE_PARTS = ['heading', ...FIELD_NAMES] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

/**
 * One screen of the reprint function as the features see it: what is on show now. A step of
 * a wizard may hold only some fields (card search first, halves and e-mail next), so every
 * part is optional; features help with the parts present and leave the rest alone.
 */
export interface PortalPage {
  context: ReprintContext;
  heading: HTMLElement | null;
  fields: Partial<Record<FieldName, HTMLInputElement>>;
  halves: Partial<Record<HalfChoice, HTMLInputElement>>;
  delegaUpload: HTMLInputElement | null;
  submit: HTMLElement | null;
  holder: { surname: HTMLInputElement | null; name: HTMLInputElement | null };
  step: StepPosition | null;
}

export type PageReading =
  | { recognised: true; page: PortalPage }
  | { recognised: false; missing: PagePart[] };

export interface ReadOptions {
  /** Documents of same-origin frames around this one (the portal inside a shell page). */
  ancestors?: readonly Document[];
}

/** The inputs a person types text into. */
export const TEXT_INPUTS = 'input:not([type]), input[type="text"], input[type="email"], input[type="search"], input[type="tel"]';

/**
 * Reads one screen. Recognised when something says "Ristampa PIN/PUK" (here or in a frame
 * around it) and the screen shows at least one part of the request (a checked field, the
 * halves, the delega upload, or the portal's confirmation); otherwise names what is missing
 * and the features leave the page alone.
 */
export function readPortalPage(root: Document, options: ReadOptions = {}): PageReading {
  const context = findReprintContext([root, ...(options.ancestors ?? [])]);
  const labelled = [...root.querySelectorAll<HTMLInputElement>(TEXT_INPUTS)]
    .filter(isVisible)
    .map((input) => ({ input, label: cleanLabel(labelOf(input)) }));
  const fields = findFields(labelled);
  const missing: PagePart[] = [...(context ? [] : (['heading'] as const)), ...FIELD_NAMES.filter((name) => !fields[name])];
  if (!context) return { recognised: false, missing };

  const halves = findHalves(root);
  const delegaUpload = findDelegaUpload(root);
  const showsRequest = Object.keys(fields).length > 0 || Object.keys(halves).length > 0 || delegaUpload !== null || findConfirmation(root) !== null;
  if (!showsRequest) return { recognised: false, missing };

  return {
    recognised: true,
    page: {
      context,
      heading: findHeading(root),
      fields,
      halves,
      delegaUpload,
      submit: findSubmit(root),
      holder: {
        surname: labelled.find(({ label }) => HOLDER_LABELS.surname.test(label))?.input ?? null,
        name: labelled.find(({ label }) => HOLDER_LABELS.name.test(label))?.input ?? null,
      },
      step: readStep(root),
    },
  };
}

/** The label as an operator reads it: without the required-field asterisk, colon or note. */
export function cleanLabel(label: string): string {
  return label.replace(LABEL_NOISE, ' ').replace(/\s+/g, ' ').trim();
}

function findFields(labelled: { input: HTMLInputElement; label: string }[]): Partial<Record<FieldName, HTMLInputElement>> {
  const taken = new Set<HTMLInputElement>();
  const fields: Partial<Record<FieldName, HTMLInputElement>> = {};
  for (const name of FIELD_NAMES) {
    const found = findField(name, labelled, taken);
    if (found) {
      fields[name] = found;
      taken.add(found);
    }
  }
  return fields;
}

function findField(name: FieldName, labelled: { input: HTMLInputElement; label: string }[], taken: Set<HTMLInputElement>): HTMLInputElement | null {
  const rule = FIELD_RULES[name];
  const free = labelled.filter(({ input, label }) => !taken.has(input) && !rule.not?.test(label));
  for (const pattern of rule.labels) {
    const hit = free.find(({ label }) => pattern.test(label));
    if (hit) return hit.input;
  }
  // Hints only pick among visible inputs that have no label of their own.
  for (const hint of rule.hints) {
    const hit = free.find(({ input, label }) => label === '' && input.matches(hint));
    if (hit) return hit.input;
  }
  return null;
}

function findHalves(root: Document): Partial<Record<HalfChoice, HTMLInputElement>> {
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].filter(isVisible);
  const halves: Partial<Record<HalfChoice, HTMLInputElement>> = {};
  for (const [choice, pattern] of Object.entries(HALF_LABELS) as [HalfChoice, RegExp][]) {
    const hit = radios.find((radio) => pattern.test(labelOf(radio)));
    if (hit) halves[choice] = hit;
  }
  return halves;
}

function findDelegaUpload(root: Document): HTMLInputElement | null {
  const files = [...root.querySelectorAll<HTMLInputElement>('input[type="file"]')];
  return files.find((input) => DELEGA_UPLOAD_LABEL.test(labelOf(input))) ?? null;
}

function findSubmit(root: Document): HTMLElement | null {
  const buttons = [...root.querySelectorAll<HTMLElement>('button, input[type="submit"]')];
  return buttons.find((b) => SUBMIT_LABEL.test(visibleText(b) || (b as HTMLInputElement).value || '') && isVisible(b)) ?? null;
}

/** True when the portal shows its own "request sent" confirmation (used for counting). */
export function findConfirmation(root: Document): HTMLElement | null {
  const blocks = root.querySelectorAll<HTMLElement>('[role="status"], [role="alert"], .alert, .esito, p, div');
  return [...blocks].find((el) => el.children.length === 0 && CONFIRMATION_TEXT.test(visibleText(el)) && isVisible(el)) ?? null;
}

/** The half the screen's radios have ticked, if any. */
export function tickedHalf(page: PortalPage): HalfChoice | null {
  return (Object.entries(page.halves) as [HalfChoice, HTMLInputElement | undefined][]).find(([, radio]) => radio?.checked)?.[0] ?? null;
}

/** The form that holds the screen's fields (for the submit guard and the portal's own submit). */
export function formOf(page: PortalPage): HTMLFormElement | null {
  const fromSubmit = page.submit?.closest('form');
  if (fromSubmit) return fromSubmit;
  for (const input of [...Object.values(page.fields), ...Object.values(page.halves)]) if (input.form) return input.form;
  return null;
}

/** A key of the elements a screen shows: a new key means a new screen (or a re-rendered one). */
export function screenElements(page: PortalPage): readonly Element[] {
  return [...FIELD_NAMES.map((name) => page.fields[name]), ...Object.values(page.halves), page.delegaUpload, page.submit].filter(
    (el): el is HTMLElement => el != null,
  );
}

// What the reading depends on: form controls, their labels, headings, menu items and frames.
const READ_PARTS = 'input, select, textarea, button, label, h1, h2, h3, h4, [role="heading"], legend, caption, nav, li, a, iframe, title, ol';

/**
 * Whether a DOM change may change what `readPortalPage` finds, so the page is read again only
 * then: a change to plain text elsewhere (an outcome message, a clock) is not worth a reading.
 */
export function affectsReading(record: MutationRecord): boolean {
  const touches = (node: Node): boolean => {
    if (node instanceof Element) return node.matches(READ_PARTS) || node.querySelector(READ_PARTS) !== null;
    return node.parentElement?.matches(READ_PARTS) === true;
  };
  if (record.type === 'attributes') return touches(record.target);
  if (record.type === 'characterData') return touches(record.target);
  return [...record.addedNodes, ...record.removedNodes].some(touches) || (record.target instanceof Element && record.target.matches('label, h1, h2, h3, h4, legend, title, a, li'));
}
