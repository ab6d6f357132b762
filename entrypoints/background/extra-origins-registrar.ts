// The content script's built file, as WXT emits it for entrypoints/reissue.content/.
const SCRIPT_FILE = 'content-scripts/reissue.js';
const SCRIPT_ID = 'sportello-extra-origins';
// As in the manifest (entrypoints/reissue.content/index.tsx): start early, read at DOMContentLoaded, in every frame.
const RUN_AT = 'document_start';

/** Keeps one dynamic registration of the content script in step with a list of match patterns. */
export interface ContentScriptRegistrar {
  sync(matches: readonly string[]): Promise<void>;
}

type ScriptingApi = {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[]; runAt?: string; allFrames?: boolean }[]>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: typeof RUN_AT; allFrames: boolean }[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
};

/** Chromium MV3: `scripting.registerContentScripts`, which persists across restarts. */
export function scriptingRegistrar(scripting: ScriptingApi): ContentScriptRegistrar {
  return {
    async sync(matches) {
      const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
      const current = existing[0]?.matches ?? [];
      // A registration from an older version may start at another time: register it again.
      if (existing.length > 0 && sameSet(current, matches) && existing[0]?.runAt === RUN_AT && existing[0]?.allFrames === true) return;
      if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      if (matches.length === 0) return;
      await scripting.registerContentScripts([{ id: SCRIPT_ID, matches: [...matches], js: [SCRIPT_FILE], runAt: RUN_AT, allFrames: true }]);
    },
  };
}

type ContentScriptsApi = {
  register(options: { matches: string[]; js: { file: string }[]; runAt: typeof RUN_AT; allFrames: boolean }): Promise<{ unregister(): Promise<void> | void }>;
};

/** Firefox MV2: `contentScripts.register`, whose handle lives as long as the background page. */
export function contentScriptsRegistrar(contentScripts: ContentScriptsApi): ContentScriptRegistrar {
  let handle: { unregister(): Promise<void> | void } | undefined;
  let current: readonly string[] = [];
  return {
    async sync(matches) {
      if (handle && sameSet(current, matches)) return;
      await handle?.unregister();
      handle = undefined;
      current = [];
      if (matches.length === 0) return;
      handle = await contentScripts.register({ matches: [...matches], js: [{ file: `/${SCRIPT_FILE}` }], runAt: RUN_AT, allFrames: true });
      current = [...matches];
    },
  };
}

/** The registrar this browser supports, or none (then extra origins simply stay inactive). */
export function defaultRegistrar(): ContentScriptRegistrar | null {
  const api = browser as unknown as { scripting?: Partial<ScriptingApi>; contentScripts?: Partial<ContentScriptsApi> };
  if (typeof api.scripting?.registerContentScripts === 'function') return scriptingRegistrar(api.scripting as ScriptingApi);
  if (typeof api.contentScripts?.register === 'function') return contentScriptsRegistrar(api.contentScripts as ContentScriptsApi);
  return null;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}
