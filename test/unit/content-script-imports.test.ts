// @vitest-environment node
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// ESLint holds the content script's own imports (eslint.config.js); this holds everything it
// pulls in, however deep: a utils module that starts importing zod would put zod in every
// portal page without touching a content-script file.
const FORBIDDEN = [
  /node_modules\/(zod|pdf-lib|@pdf-lib|idb|pkijs|asn1js|@peculiar|@marketto\/belfiore-connector-embedded)\//,
  /^utils\/(documents|pades|quota)\//,
  /^utils\/(documents|schemas|db|settings|panel-snapshot-schema)\.ts$/,
  /^utils\/messaging\/(protocol|sender-portal)\.ts$/,
];

async function contentScriptInputs(entry = 'entrypoints/reissue.content/index.ts'): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    alias: { '@': '.' },
    loader: { '.css': 'empty' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('what the content script pulls in', () => {
  it('holds the portal adapter and the messaging entry, and none of the background-side code', async () => {
    const inputs = await contentScriptInputs();
    expect(inputs).toContain('utils/portal/adapter.ts');
    expect(inputs).toContain('utils/messaging.ts');
    expect(inputs.filter((input) => FORBIDDEN.some((rule) => rule.test(input)))).toEqual([]);
  }, 30_000);

  it('loads no Preact and no feature with every page: the live panel (reissue-live.js) brings them, under the same rule', async () => {
    const inputs = await contentScriptInputs();
    const allowed = ['entrypoints/reissue.content/features/field-checks/attributes.ts', 'entrypoints/reissue.content/features/field-checks/message-elements.ts', 'entrypoints/reissue.content/features/tour/start-tour-listener.ts'];
    expect(inputs.filter((input) => /node_modules\/preact\/|\.tsx$/.test(input) || (input.includes('/features/') && !input.endsWith('.css?inline') && !allowed.includes(input)))).toEqual([]);
    const live = await contentScriptInputs('entrypoints/reissue-live.ts');
    expect(live).toContain('entrypoints/reissue.content/panel-ui.tsx');
    expect(live.filter((input) => FORBIDDEN.some((rule) => rule.test(input)))).toEqual([]);
  }, 30_000);

  it('leaves the running tour to tour-runner.js, injected on start, which obeys the same rule', async () => {
    const inputs = [...(await contentScriptInputs()), ...(await contentScriptInputs('entrypoints/reissue-live.ts'))];
    expect(inputs.filter((input) => /@floating-ui|features\/tour\/(runner|TourCallout|TourOverlay|position)\./.test(input))).toEqual([]);
    const runner = await contentScriptInputs('entrypoints/tour-runner.ts');
    expect(runner).toContain('entrypoints/reissue.content/features/tour/runner.tsx');
    expect(runner.filter((input) => FORBIDDEN.some((rule) => rule.test(input)))).toEqual([]);
  }, 30_000);
});
