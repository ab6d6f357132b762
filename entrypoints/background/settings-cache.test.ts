import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_COPY_KEY } from '@/utils/policy-copy';

// Chromium's first policy read after the browser starts, held back until the test lets it go.
let releasePolicy: (policy: Record<string, unknown>) => void = () => undefined;

async function freshCache() {
  vi.resetModules();
  return import('./settings-cache');
}

const settled = async <T,>(promise: Promise<T>): Promise<T | 'waiting'> =>
  Promise.race([promise, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 200))]);

beforeEach(() => {
  fakeBrowser.reset();
  // The fake's `get` is typed with its callback form too; only the promise form is used.
  const get = vi.spyOn(fakeBrowser.storage.managed, 'get') as unknown as Mock<() => Promise<Record<string, unknown>>>;
  get.mockImplementation(
    () =>
      new Promise((resolve) => {
        releasePolicy = resolve;
      }),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the settings every start answer reads, while the first policy read is slow', () => {
  it('with no copy of the policy yet, waits for it (a policy is never guessed), then keeps a copy', async () => {
    const { cachedSettings } = await freshCache();
    const reading = cachedSettings();
    expect(await settled(reading)).toBe('waiting');
    releasePolicy({ dailyLimit: 7 });
    expect((await reading).dailyLimit).toBe(7);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual({ dailyLimit: 7 }));
  });

  it('answers from the copy when the policy is slow, under the local settings it overrides', async () => {
    const { cachedSettings } = await freshCache();
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { dailyLimit: 7 }, settings: { dailyLimit: 30, officeName: 'Anagrafe' } });
    const settings = await settled(cachedSettings());
    expect(settings).toMatchObject({ dailyLimit: 7, officeName: 'Anagrafe' });
  });

  it('when the policy comes and says otherwise, replaces the copy and the next read has the new values', async () => {
    const { cachedSettings } = await freshCache();
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { dailyLimit: 7, blockSubmitOnErrors: true } });
    expect(await cachedSettings()).toMatchObject({ dailyLimit: 7, blockSubmitOnErrors: true });
    releasePolicy({ dailyLimit: 9 });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual({ dailyLimit: 9 }));
    (fakeBrowser.storage.managed.get as unknown as Mock<() => Promise<Record<string, unknown>>>).mockResolvedValue({ dailyLimit: 9 });
    expect(await cachedSettings()).toMatchObject({ dailyLimit: 9, blockSubmitOnErrors: false });
  });

  it('reads a copy as a policy: a value no longer valid is left out, the rest stands', async () => {
    const { cachedSettings } = await freshCache();
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { dailyLimit: -3, comuneName: 'Bolzano' } });
    expect(await cachedSettings()).toMatchObject({ dailyLimit: 20, comuneName: 'Bolzano' });
  });

  it('writes nothing when the policy came back as its copy said (each write drops every cache that follows the settings)', async () => {
    const { cachedSettings } = await freshCache();
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { dailyLimit: 7 } });
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    await cachedSettings();
    releasePolicy({ dailyLimit: 7 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(write).not.toHaveBeenCalled();
  });

  it('when the copy cannot be replaced, the next read still has the policy that came back', async () => {
    const { cachedSettings } = await freshCache();
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { dailyLimit: 7 } });
    const write = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect((await cachedSettings()).dailyLimit).toBe(7);
    releasePolicy({ dailyLimit: 9 });
    await vi.waitFor(() => expect(write).toHaveBeenCalled());
    (fakeBrowser.storage.managed.get as unknown as Mock<() => Promise<Record<string, unknown>>>).mockResolvedValue({ dailyLimit: 9 });
    expect((await cachedSettings()).dailyLimit).toBe(9);
  });
});
