import { z } from 'zod';

/** Base64 of at most ~5 MB of bytes, the per-file limit of the scan helper. */
const Base64 = z.string().max(7_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** The scans of a signed delega, sent by the content script to be merged in the background. */
export const MergeScansRequest = z
  .object({
    files: z
      .array(z.object({ name: z.string().max(200), type: z.string().max(100), base64: Base64 }).strict())
      .min(1)
      .max(10),
    /** The portal field's own size limit for the merged PDF, when it states one. */
    maxOutputBytes: z.number().int().positive().max(50 * 1024 * 1024).optional(),
  })
  .strict();
export type MergeScansRequest = z.infer<typeof MergeScansRequest>;

export type MergeScansAnswer =
  | { ok: true; base64: string; pages: number }
  | { ok: false; messageKey: string; vars: Record<string, string | number> };
