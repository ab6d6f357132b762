import { POLICY_COPY_KEY } from '@/utils/policy-copy';
import { changesSettings, readLocalSettings, readManagedSettings, readPolicy, type Settings } from '@/utils/settings';

/**
 * The effective settings, read once and kept until storage changes: every page's start answer
 * reads them, and must not wait for the policy each time.
 *
 * Chromium's first `storage.managed` read after the browser starts takes 1.2-2.5 s here (later
 * reads 1-5 ms): the first pages of the day would wait for it, past the first part's 300 ms.
 * So the last policy read is kept in `storage.local` and stands in while that first read is
 * slow. When the read comes and says otherwise (IT changed the policy while the browser was
 * closed), this cache is dropped and the copy replaced: pages already open ask for their start
 * answer again (content-start.ts follows the copy's key). With no copy yet (a new profile) the
 * read is waited for: a policy is never guessed.
 *
 * The copy holds what the policy holds, the office server's password included when IT set it
 * there: the policy file or registry key it comes from is readable by the workstation's users
 * anyway, and a server set on the options page is kept in `storage.local` the same way.
 */
let cached: Promise<Settings> | null = null;
let following = false;

/** How long a first read waits for the policy before its copy stands in. */
const POLICY_WAIT_MS = 50;

export function cachedSettings(): Promise<Settings> {
  // Whoever reads first makes the copy follow storage: no caller has to remember to.
  if (!following) {
    following = true;
    browser.storage.onChanged.addListener((changes, area) => {
      // Only a change of the settings themselves: the other keys the extension writes (language
      // copies, kept first paints, the panel's place) must not drop the cache.
      if (changesSettings(changes, area)) cached = null;
    });
  }
  if (!cached) {
    const reading: Promise<Settings> = readEffectiveSettings(() => {
      if (cached === reading) cached = null;
    });
    cached = reading;
    reading.catch(() => {
      if (cached === reading) cached = null;
    });
  }
  return cached;
}

/** Starts the first read now, so the first page of the day does not wait for it. */
export function warmSettingsCache(): void {
  void cachedSettings().catch(() => undefined);
}

/**
 * Local settings under the policy, or under its copy while the policy is slow. `outdated` is
 * called when the policy came back other than the copy, before the copy is replaced: the
 * cache must not outlive a copy that was wrong, even if writing the new one fails.
 */
async function readEffectiveSettings(outdated: () => void): Promise<Settings> {
  const policy = readManagedSettings();
  const [local, copy] = await Promise.all([readLocalSettings(), readPolicyCopy()]);
  void policy
    .then(async (values) => {
      if (copy !== null && sameValues(values, copy)) return; // the usual case: nothing written
      if (copy !== null) outdated();
      await browser.storage.local.set({ [POLICY_COPY_KEY]: values });
    })
    .catch(() => undefined); // not written: the next start reads the older copy, or waits again
  if (copy === null) return { ...local, ...(await policy) };
  const shortWait = new Promise<null>((resolve) => setTimeout(() => resolve(null), POLICY_WAIT_MS));
  return { ...local, ...((await Promise.race([policy, shortWait])) ?? copy) };
}

async function readPolicyCopy(): Promise<Partial<Settings> | null> {
  const stored: unknown = (await browser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
  // Read as a policy is: a copy that is no longer valid for this version keeps only what still is.
  return stored === undefined ? null : readPolicy(stored).values;
}

// Both come from `readPolicy`, which walks the settings' keys in one order.
function sameValues(a: Partial<Settings>, b: Partial<Settings>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
