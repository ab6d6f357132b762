import { z } from 'zod';
import type { Catalog, Language } from './i18n';
import { CaseInput as CaseInputSchema } from './checklist/case-schema';
import { Halves } from './documents/schema';
import { PLAIN_ID } from './plain-id';
import { PAGE_PARTS } from './portal/adapter';

/**
 * The zod schemas of everything that crosses a boundary (content script, background, popup,
 * storage). Types are inferred from here, never written twice.
 */

/** What the content script tells the background about its tab: no page content, ever. */
export const PageStatus = z.object({
  recognised: z.boolean(),
  missing: z.array(z.enum(PAGE_PARTS)).max(PAGE_PARTS.length),
  /** The function is on show, but a page script kept taking the panel away: none until the function is left. */
  declined: z.literal(true).optional(),
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

/** content script -> background: a Belfiore code to name. Only the code crosses, no other citizen data. */
export const BirthplaceQuery = z.object({ belfiore: z.string().regex(/^[A-Z][0-9]{3}$/) }).strict();
export type BirthplaceQuery = z.infer<typeof BirthplaceQuery>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** The place of a Belfiore code with the dates the code was in use; null when the dataset does not know it. */
export const BirthplaceAnswer = z
  .object({
    name: z.string().min(1).max(200),
    province: z.string().min(1).max(8).optional(),
    foreign: z.boolean(),
    validFrom: IsoDay,
    validTo: IsoDay,
  })
  .nullable();
export type BirthplaceAnswer = z.infer<typeof BirthplaceAnswer>;

// The day's quota: records and messages (strict objects, see utils/quota/schema.ts).
export * from './quota/schema';

/** The interface language the options chose, with its catalogue (content script has none). */
export const UiLanguageRequest = z.object({ browserLanguage: z.string().max(35) }).strict();
export type UiLanguageRequest = z.infer<typeof UiLanguageRequest>;
export type UiLanguage = { language: Language; catalog: Catalog };

/** content script -> background: the request across the portal's steps (memory only, see request-memory.ts). */
const TypedValue = z.string().max(254);
/** content script -> background: what a submit of the portal's form had (never a value, only its kind). */
export const SubmitSeenSchema = z.object({ halves: Halves.nullable(), email: z.boolean() }).strict();

export const RequestMemorySchema = z
  .object({
    requestId: z.string().uuid(),
    values: z
      .object({
        codiceFiscale: TypedValue.optional(),
        numeroCarta: TypedValue.optional(),
        email: TypedValue.optional(),
        surname: z.string().max(80).optional(),
        givenName: z.string().max(80).optional(),
        halves: Halves.optional(),
      })
      .strict(),
    checklist: z
      .object({
        case: CaseInputSchema,
        checked: z.array(z.string().regex(PLAIN_ID)).max(100),
        touched: z.array(z.enum(['who', 'halves', 'email', 'presence'])).max(4),
      })
      .strict()
      .nullable(),
    screen: z.object({ step: z.number().int().min(1).max(99).nullable() }).strict().nullable(),
    submitted: z.object({ halves: Halves, channel: z.enum(['email', 'paper']) }).strict().nullable(),
    confirmed: z.boolean(),
  })
  .strict();
