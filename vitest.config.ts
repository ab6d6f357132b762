import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: fake browser APIs (WXT), happy-dom for components and adapter tests.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['utils/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 15_000,
  },
});
