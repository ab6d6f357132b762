/**
 * `storage.local`'s key of the last policy read, which stands in for the policy while the
 * browser's first read of it after a start is slow (background/settings-cache.ts). In a module
 * of its own so the content script can follow it without the settings' zod schemas.
 */
export const POLICY_COPY_KEY = 'policyCopy';
