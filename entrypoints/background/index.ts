import { registerBirthplaceHandlers } from './birthplace';
import { registerContentDataHandlers } from './content-data';
import { registerExtraOriginsService } from './extra-origins';
import { registerOfficeHandlers } from './office';
import { registerLivePanelHandlers } from './live-panel';
import { registerPageStatusHandlers } from './page-status';
import { registerWebEidHandlers } from './webeid';
import { registerPrintJobHandlers } from './print-jobs';
import { registerQuotaHandlers } from './quota';
import { registerRequestMemoryHandlers } from './request-memory';
import { registerScanHandlers } from './scans';
import { registerTourRunnerHandlers } from './tour-runner';
import { warmSettingsCache } from './settings-cache';
import { registerUiLanguageHandlers } from './ui-language';

// Thin: every service registers its own handlers; the worker may be stopped and restarted
// by the browser at any time, so nothing here may rely on memory between events.
export default defineBackground(() => {
  warmSettingsCache();
  registerPageStatusHandlers();
  registerWebEidHandlers();
  registerQuotaHandlers();
  registerBirthplaceHandlers();
  registerExtraOriginsService();
  registerUiLanguageHandlers();
  registerPrintJobHandlers();
  registerScanHandlers();
  registerContentDataHandlers();
  registerRequestMemoryHandlers();
  registerOfficeHandlers();
  registerTourRunnerHandlers();
  registerLivePanelHandlers();
});
