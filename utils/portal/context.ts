import { isVisible, visibleText } from '../dom/visible';
import { ACTIVE_ITEM, PAGE_HEADING, STEP_CAPTION } from './words';

/** What told us the operator is in the reprint function. */
export type ContextSource = 'heading' | 'title' | 'menu' | 'step';

export interface ReprintContext {
  source: ContextSource;
  /** The element that says it (null when only the document title does). */
  element: HTMLElement | null;
}

/** Where the operator is in a wizard, when the portal shows it. */
export interface StepPosition {
  index: number;
  total: number | null;
}

const HEADINGS = 'h1, h2, h3, h4, [role="heading"], legend, caption';
// Wizard captions: ordered lists of steps, progress bars, "Passo 2 di 3" lines.
const STEP_MARKERS = '[aria-current="step"], ol li.active, ol li.current, .step.active, .passo.attivo, [class*="step" i][class*="active" i]';

/**
 * The reprint context: a heading, the document title, the active menu item (or tab or
 * breadcrumb), or a step caption saying "Ristampa PIN/PUK". The portal may show its pages
 * inside a frame of a shell page, so the documents of same-origin ancestor frames are read
 * too (`roots`, nearest first). Null when nothing says so: other portal pages stay untouched.
 */
export function findReprintContext(roots: readonly Document[]): ReprintContext | null {
  for (const root of roots) {
    const heading = [...root.querySelectorAll<HTMLElement>(HEADINGS)].find((el) => saysReprint(el));
    if (heading) return { source: 'heading', element: heading };
    const active = [...root.querySelectorAll<HTMLElement>(ACTIVE_ITEM)].find((el) => saysReprint(el));
    if (active) return { source: 'menu', element: active };
    const step = [...root.querySelectorAll<HTMLElement>(STEP_MARKERS)].find((el) => saysReprint(el));
    if (step) return { source: 'step', element: step };
    if (PAGE_HEADING.test(root.title)) return { source: 'title', element: null };
  }
  return null;
}

/** The heading element that names the function, for the guided tour (null when none does). */
export function findHeading(root: Document): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>(HEADINGS)].find((el) => saysReprint(el)) ?? null;
}

/** The step the portal says the operator is on: "Passo 2 di 3", or the current item of a step list. */
export function readStep(root: Document): StepPosition | null {
  for (const el of root.querySelectorAll<HTMLElement>(`${HEADINGS}, ${STEP_MARKERS}, [class*="step" i], [class*="passo" i]`)) {
    const match = STEP_CAPTION.exec(visibleText(el));
    if (match && isVisible(el)) return { index: Number(match[1]), total: match[2] ? Number(match[2]) : null };
  }
  const current = [...root.querySelectorAll<HTMLElement>(STEP_MARKERS)].find(isVisible);
  if (current?.parentElement) {
    const items = [...current.parentElement.children];
    return { index: items.indexOf(current) + 1, total: items.length };
  }
  return null;
}

/**
 * The documents of the frames around this one that we may read (same origin), nearest first.
 * A cross-origin parent throws on access: it is simply not read.
 */
export function ancestorDocuments(view: Window | null): Document[] {
  const documents: Document[] = [];
  for (let current = view; current && current !== current.parent; ) {
    try {
      const parentDocument = current.frameElement?.ownerDocument;
      if (!parentDocument) break;
      documents.push(parentDocument);
      current = parentDocument.defaultView;
    } catch {
      break;
    }
  }
  return documents;
}

function saysReprint(element: HTMLElement): boolean {
  return PAGE_HEADING.test(visibleText(element)) && isVisible(element);
}
