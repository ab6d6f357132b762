import { startLivePanel } from './reissue.content/live-stage';

// Injected by the background into a portal frame when its first part asks (first-paint.ts).
export default defineUnlistedScript(() => {
  startLivePanel();
});
