import { z } from 'zod';
import { CARD_NUMBER_SHAPE, CODICE_FISCALE_SHAPE, EMAIL_SHAPE, MAX_EMAIL_CHARS } from '../field-shapes';

/**
 * The data a document is filled in from. Almost every field is optional: what is missing is
 * printed as a blank line for the citizen to fill in by hand.
 */

/** The document kinds, in the order the checklist offers them. */
export const DOCUMENT_KINDS = [
  'dichiarazione-smarrimento',
  'delega-terzi',
  'dichiarazione-minore',
  'istanza-recupero',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

export const DOCUMENT_LANGUAGES = ['it', 'de'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

// Control characters would break the layout; everything printable (any script) is allowed.
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'no control characters')
    .transform((s) => s.replace(/\s+/g, ' '));

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** Card number (numero unico nazionale): spaces dropped, upper case, 2 letters 5 digits 2 letters. */
export const CardNumberSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(CARD_NUMBER_SHAPE, 'card number: 2 letters, 5 digits, 2 letters'));

export const CodiceFiscaleSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(CODICE_FISCALE_SHAPE, 'codice fiscale: 16 letters and digits'));

/** An identity document, as read by the clerk ("Carta d'identità", number, issuer, date). */
export const IdDocument = z.object({
  type: text(60).optional(),
  number: text(30).optional(),
  issuedBy: text(80).optional(),
  issuedOn: IsoDate.optional(),
});
export type IdDocument = z.infer<typeof IdDocument>;

/** A person named in a document: the card holder, a delegate, a parent or guardian. */
export const Person = z.object({
  surname: text(80).optional(),
  givenName: text(80).optional(),
  birthDate: IsoDate.optional(),
  birthPlace: text(80).optional(),
  codiceFiscale: CodiceFiscaleSchema.optional(),
  /** Address of residence, one line ("Via Roma 1, 39100 Bolzano"). */
  residence: text(160).optional(),
  idDocument: IdDocument.optional(),
});
export type Person = z.infer<typeof Person>;

/** The office printed in the letterhead; `logo` is PNG/JPEG bytes or a data: URL. */
export const Letterhead = z.object({
  comuneName: text(120).optional(),
  officeName: text(120).optional(),
  logo: z.union([z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'logo bytes'), z.string().max(400_000)]).optional(),
});
export type Letterhead = z.infer<typeof Letterhead>;

/** Which halves of the PIN/PUK codes were lost. */
export const Halves = z.enum(['first', 'second', 'both']);
export type Halves = z.infer<typeof Halves>;

/** The data of every kind: each kind reads the fields it needs and ignores the rest. */
export const DocumentData = z
  .object({
    letterhead: Letterhead.optional(),
    /** The CIE holder (the minor, for `dichiarazione-minore`; the delegating person for `delega-terzi`). */
    holder: Person.optional(),
    cardNumber: CardNumberSchema.optional(),
    halves: Halves.optional(),
    /** `delega-terzi`: the person who comes to the counter. */
    delegate: Person.optional(),
    /** `dichiarazione-minore`: the parent or guardian who signs. */
    guardian: Person.optional(),
    guardianRole: z.enum(['parent', 'guardian']).optional(),
    /** `istanza-recupero`: ordinary (non-PEC) e-mail address the codes go to. */
    email: z.string().trim().max(MAX_EMAIL_CHARS).regex(EMAIL_SHAPE, 'e-mail address').optional(),
    phone: text(40).optional(),
    place: text(80).optional(),
    date: IsoDate.optional(),
    /** true: signed in front of the clerk; false: sent with a copy of an ID; unset: both boxes. */
    signedAtCounter: z.boolean().optional(),
  })
  .strict();
export type DocumentData = z.infer<typeof DocumentData>;
/** What callers may pass (before trimming and normalisation). */
export type DocumentDataInput = z.input<typeof DocumentData>;
