import { fakeBrowser } from 'wxt/testing/fake-browser';

// Benches run in plain Node. WXT's storage reads `browser` when a module defining a storage
// item is loaded (utils/settings.ts and others), and PouchDB on fake-indexeddb wants a
// navigator: the unit tests' fake browser and a bare navigator stand in. Imported first, before
// any module that loads `wxt/browser` (which keeps the `browser` it finds at load time).
const scope = globalThis as { browser?: unknown; navigator?: unknown };
scope.browser ??= fakeBrowser;
scope.navigator ??= { userAgent: 'Node.js' };
