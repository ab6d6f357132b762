import type { Feature } from './feature';
import { checklistFeature } from './features/checklist/checklist';
import { fieldChecks } from './features/field-checks/field-checks';
import { tourFeature } from './features/tour/tour';
import { portalConfirmationFeature } from './features/portal-confirmation/portal-confirmation';
import { practiceNoticeFeature } from './features/practice-notice/practice-notice';
import { printFeature } from './features/print/print';
import { quotaWarningFeature } from './features/quota-warning/quota-warning';
import { scanHelperFeature } from './features/scan-helper/scan-helper';

/** Every feature, once, in panel order. A test checks each folder under features/ is listed here. */
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
