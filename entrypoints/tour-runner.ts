import { createTourRunnerHost } from './reissue.content/features/tour/runner-mount';
import { provideTourRunner } from './reissue.content/features/tour/runner-host';

// Injected by the background into a portal frame when a tour starts there (runner-host.ts).
export default defineUnlistedScript(() => {
  provideTourRunner(createTourRunnerHost());
});
