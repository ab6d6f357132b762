import { resolve } from 'node:path';

/** The production builds the end-to-end tests load, unchanged. */
export const BUILDS = {
  chromium: resolve('.output/chrome-mv3'),
  firefox: resolve('.output/firefox-mv2'),
} as const;
