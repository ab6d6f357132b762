import type { ComponentType } from 'preact';
import type { PortalPage } from '@/utils/portal/adapter';

/** One augmentation of the reprint page: work on the portal's elements, a panel section, or both. */
export interface Feature {
  id: string;
  /** Attaches to the portal's own elements; everything it adds must go when `signal` aborts. */
  attach?: (page: PortalPage, signal: AbortSignal) => void;
  /** Called after the page changed itself (batched by the one shared observer). */
  onPageChange?: (page: PortalPage) => void;
  /** A section of our panel, rendered inside the shadow root. */
  Section?: ComponentType<{ page: PortalPage }>;
}
