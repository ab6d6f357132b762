import { isVisible, visibleText } from '../dom/visible';
import { labelOf } from './labels';
import {
  CONFIRMATION_TEXT,
  DELEGA_UPLOAD_LABEL,
  FIELD_NAMES,
  FIELD_RULES,
  HALF_LABELS,
  HOLDER_LABELS,
  PAGE_HEADING,
  SUBMIT_LABEL,
  type FieldName,
  type HalfChoice,
} from './selectors';

export type { FieldName, HalfChoice } from './selectors';
export { FIELD_NAMES } from './selectors';

/** The parts a page must show before we call it the reprint page. */
export const PAGE_PARTS = ['heading', ...FIELD_NAMES] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

/** The reprint page as the features see it: elements found by what an operator reads. */
export interface PortalPage {
  heading: HTMLElement | null;
  fields: Record<FieldName, HTMLInputElement>;
  halves: Partial<Record<HalfChoice, HTMLInputElement>>;
  delegaUpload: HTMLInputElement | null;
  submit: HTMLElement | null;
  holder: { surname: HTMLInputElement | null; name: HTMLInputElement | null };
}

export type PageReading =
  | { recognised: true; page: PortalPage }
  | { recognised: false; missing: PagePart[] };

const TEXT_INPUTS = 'input:not([type]), input[type="text"], input[type="email"], input[type="search"], input[type="tel"]';

/**
 * Reads the page. Recognised only when the heading and every checked field are visible;
 * otherwise says which parts are missing, and the features leave the page alone.
 */
export function readPortalPage(root: Document): PageReading {
  const missing: PagePart[] = [];
  const heading = findHeading(root);
  if (!heading && !PAGE_HEADING.test(root.title)) missing.push('heading');

  const inputs = [...root.querySelectorAll<HTMLInputElement>(TEXT_INPUTS)].filter(isVisible);
  const labelled = inputs.map((input) => ({ input, label: labelOf(input) }));
  const taken = new Set<HTMLInputElement>();
  const fields: Partial<Record<FieldName, HTMLInputElement>> = {};
  for (const name of FIELD_NAMES) {
    const found = findField(name, labelled, taken);
    if (found) {
      fields[name] = found;
      taken.add(found);
    } else missing.push(name);
  }
  if (missing.length > 0) return { recognised: false, missing };

  return {
    recognised: true,
    page: {
      heading,
      fields: fields as Record<FieldName, HTMLInputElement>,
      halves: findHalves(root),
      delegaUpload: findDelegaUpload(root),
      submit: findSubmit(root),
      holder: {
        surname: labelled.find(({ label }) => HOLDER_LABELS.surname.test(label))?.input ?? null,
        name: labelled.find(({ label }) => HOLDER_LABELS.name.test(label))?.input ?? null,
      },
    },
  };
}

function findHeading(root: Document): HTMLElement | null {
  const candidates = root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, [role="heading"], legend, caption');
  return [...candidates].find((el) => PAGE_HEADING.test(visibleText(el)) && isVisible(el)) ?? null;
}

function findField(
  name: FieldName,
  labelled: { input: HTMLInputElement; label: string }[],
  taken: Set<HTMLInputElement>,
): HTMLInputElement | null {
  const rule = FIELD_RULES[name];
  for (const pattern of rule.labels) {
    const hit = labelled.find(({ input, label }) => !taken.has(input) && pattern.test(label));
    if (hit) return hit.input;
  }
  // Hints only pick among visible inputs that have no label of their own.
  for (const hint of rule.hints) {
    const hit = labelled.find(({ input, label }) => !taken.has(input) && label === '' && input.matches(hint));
    if (hit) return hit.input;
  }
  return null;
}

function findHalves(root: Document): Partial<Record<HalfChoice, HTMLInputElement>> {
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')];
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
  return buttons.find((b) => SUBMIT_LABEL.test(visibleText(b) || (b as HTMLInputElement).value || '')) ?? null;
}

/** True when the portal shows its own "request sent" confirmation (used for counting). */
export function findConfirmation(root: Document): HTMLElement | null {
  const blocks = root.querySelectorAll<HTMLElement>('[role="status"], [role="alert"], .alert, .esito, p, div');
  return [...blocks].find((el) => el.children.length === 0 && CONFIRMATION_TEXT.test(visibleText(el)) && isVisible(el)) ?? null;
}
