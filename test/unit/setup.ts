import 'fake-indexeddb/auto';
import '@/utils/i18n-catalogs';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts from an empty browser: storage, listeners and tabs reset.
beforeEach(() => {
  fakeBrowser.reset();
});
