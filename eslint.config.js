import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Type-aware rules on our TypeScript; floating promises are errors (write `void` on purpose).
export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Never innerHTML: build nodes, set textContent.' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  // The content script runs in every portal page: no validation library, no PDF or document
  // code, no storage of its own (the background does those and answers by message). Type
  // imports are free: they vanish at build. test/unit/content-script-imports.test.ts holds
  // the same rule over everything the content script pulls in, not only its own files.
  {
    files: ['entrypoints/reissue.content/**/*.{ts,tsx}', 'entrypoints/tour-runner.ts', 'entrypoints/reissue-live.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'zod/*', 'pdf-lib', '@pdf-lib/*', 'idb', 'pkijs', 'asn1js', '@peculiar/*', '@marketto/belfiore-connector-embedded'],
              allowTypeImports: true,
              message: 'The content script carries no zod, PDF, crypto or storage library: ask the background by message.',
            },
            {
              group: ['**/utils/documents', '**/utils/documents/*', '**/utils/schemas', '**/utils/panel-snapshot-schema', '**/utils/messaging/protocol', '**/utils/messaging/sender-portal', '**/utils/pades/*', '**/utils/db', '**/utils/quota/*', '**/utils/settings'],
              allowTypeImports: true,
              message: 'Background-side module: the content script gets its answers by message (types may be imported).',
            },
          ],
        },
      ],
    },
  },
  // Shared components draw what they are given: talking to the browser is their caller's job.
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'browser', message: 'Components take data and callbacks; the entrypoint talks to the browser.' }, { name: 'chrome', message: 'Components take data and callbacks; the entrypoint talks to the browser.' }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt/browser', 'webextension-polyfill', '**/utils/messaging', '**/utils/messaging/*', 'wxt/utils/storage'],
              allowTypeImports: true,
              message: 'Components take data and callbacks; the entrypoint talks to the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/portal/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Fakes mirror async APIs without awaiting; IDB requests reject with DOMException-likes.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // expect.any()/stringContaining() are typed any by vitest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
