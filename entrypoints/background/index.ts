import { registerBirthplaceHandlers } from './birthplace';
import { registerExtraOriginsService } from './extra-origins';
import { registerPageStatusHandlers } from './page-status';
import { registerWebEidHandlers } from './webeid';
import { registerQuotaHandlers } from './quota';
import { registerUiLanguageHandlers } from './ui-language';

// Thin: every service registers its own handlers; the worker may be stopped and restarted
// by the browser at any time, so nothing here may rely on memory between events.
export default defineBackground(() => {
  registerPageStatusHandlers();
  registerWebEidHandlers();
  registerQuotaHandlers();
  registerBirthplaceHandlers();
  registerExtraOriginsService();
  registerUiLanguageHandlers();
});
