import type { ComponentType } from 'preact';
import type { PortalPage } from '@/utils/portal/adapter';
import { checklistFeature } from './checklist';
import { fieldChecks } from './field-checks';
import { tourFeature } from './tour';
import { portalConfirmationFeature } from './portal-confirmation';
import { practiceNoticeFeature } from './practice-notice';
import { printFeature } from './print';
import { quotaWarningFeature } from './quota-warning';
import { scanHelperFeature } from './scan-helper';

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

/** Every feature, once, in panel order. A test checks each feature file is listed here. */
export const FEATURES: readonly Feature[] = [
  practiceNoticeFeature,
  quotaWarningFeature,
  fieldChecks,
  checklistFeature,
  scanHelperFeature,
  printFeature,
  tourFeature,
  portalConfirmationFeature,
];
