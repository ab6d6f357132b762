/**
 * The ids of imported checklist rules and steps and of tours: they end up in data attributes
 * and data-testids, so short and plain. Kept apart from the zod schemas so the content script,
 * which carries no zod, checks the same rule.
 */
export const PLAIN_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
