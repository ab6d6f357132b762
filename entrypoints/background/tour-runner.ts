import { handler, listen } from './handle';
import { injectIntoSenderFrame } from './inject-script';

/** Built from entrypoints/tour-runner.ts. */
const RUNNER_FILE = '/tour-runner.js';

/** Injects the tour runner into the frame whose content script asked (a tour is starting there). */
export const injectTourRunner = handler('injectTourRunner', (_, { tabId, sender }) => injectIntoSenderFrame(RUNNER_FILE, tabId, sender));

export function registerTourRunnerHandlers(): void {
  listen(injectTourRunner);
}
