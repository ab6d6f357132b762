import { isVisible } from '@/utils/dom/visible';
import { ancestorDocuments, readPortalPage, type PortalPage } from '@/utils/portal/adapter';
import type { TourTarget } from '@/utils/tours/targets';

/** Where a tour looks for its targets: the portal's document, the page as read, our shadow root. */
export interface TourScope {
  document: Document;
  page: PortalPage;
  shadow: ShadowRoot | null;
}

/**
 * The element a step points at, found through the adapter (read again now, so a re-rendered
 * form is followed) or in our own shadow root; null when it is absent or hidden.
 */
export function findTourTarget(scope: TourScope, target: TourTarget, current = freshPage(scope)): HTMLElement | null {
  const element = candidate(scope.shadow, current, target);
  return element && isVisible(element) ? element : null;
}

/** Which targets are on the page now (the page read once for all of them). */
export function tourAvailability(scope: TourScope): (target: TourTarget) => boolean {
  const current = freshPage(scope);
  return (target) => findTourTarget(scope, target, current) !== null;
}

function candidate(shadow: ShadowRoot | null, current: PortalPage, target: TourTarget): HTMLElement | null {
  switch (target) {
    case 'codiceFiscale':
    case 'numeroCarta':
    case 'email':
      return current.fields[target]?.isConnected ? current.fields[target] : null;
    case 'heading':
      return current.heading;
    case 'delegaUpload':
      return current.delegaUpload;
    case 'submit':
      return current.submit;
    case 'halves':
      return commonAncestor(Object.values(current.halves).filter((radio) => radio.isConnected));
    case 'checklist':
      return shadow?.querySelector<HTMLElement>('[data-testid="checklist"]') ?? null;
    case 'panel':
      return shadow?.querySelector<HTMLElement>('[data-testid="panel"]') ?? null;
  }
}

function freshPage({ document, page }: TourScope): PortalPage {
  try {
    const reading = readPortalPage(document, { ancestors: ancestorDocuments(document.defaultView) });
    return reading.recognised ? reading.page : page;
  } catch {
    return page;
  }
}

/** The smallest element holding all the half choices (their group, whatever its markup). */
function commonAncestor(elements: HTMLElement[]): HTMLElement | null {
  const [first, ...rest] = elements;
  if (!first) return null;
  if (rest.length === 0) return first.parentElement;
  let ancestor: HTMLElement | null = first.parentElement;
  while (ancestor && !rest.every((element) => ancestor!.contains(element))) ancestor = ancestor.parentElement;
  return ancestor;
}
