import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageStatusReporter } from './read-page';

const background = vi.hoisted(() => ({ sent: [] as unknown[] }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn((type: string, status: unknown) => {
    background.sent.push([type, status]);
    return Promise.resolve(undefined);
  }),
}));

afterEach(() => {
  background.sent = [];
  vi.restoreAllMocks();
});

describe("the page's status, told to the background", () => {
  it('is told once per change', async () => {
    const report = pageStatusReporter();
    await report({ recognised: true, missing: [] });
    await report({ recognised: true, missing: [] });
    await report({ recognised: true, missing: [], declined: true });
    expect(background.sent).toEqual([
      ['reportPageStatus', { recognised: true, missing: [] }],
      ['reportPageStatus', { recognised: true, missing: [], declined: true }],
    ]);
  });

  it('is told by a sub-frame that never showed the function only when asked (its page was listed as showing it)', async () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    const report = pageStatusReporter();
    await report({ recognised: false, missing: ['heading'] });
    expect(background.sent).toEqual([]);
    await report({ recognised: false, missing: ['email'] }, true);
    expect(background.sent).toEqual([['reportPageStatus', { recognised: false, missing: ['email'] }]]);
  });
});
