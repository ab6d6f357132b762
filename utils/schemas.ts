import { z } from 'zod';
import { PAGE_PARTS } from './portal/adapter';

/**
 * The zod schemas of everything that crosses a boundary (content script, background, popup,
 * storage). Types are inferred from here, never written twice.
 */

/** What the content script tells the background about its tab: no page content, ever. */
export const PageStatus = z.object({
  recognised: z.boolean(),
  missing: z.array(z.enum(PAGE_PARTS)).max(PAGE_PARTS.length),
});
export type PageStatus = z.infer<typeof PageStatus>;

export const TabRef = z.object({ tabId: z.number().int().nonnegative() });
export type TabRef = z.infer<typeof TabRef>;

/** The popup's view of a tab: either the content script reported, or it never ran there. */
export const TabStatus = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reported'), status: PageStatus }),
  z.object({ kind: z.literal('no-script') }),
]);
export type TabStatus = z.infer<typeof TabStatus>;

export const OpenStatusPage = z.object({}).strict();
