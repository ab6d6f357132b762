// The shapes a document accepts for the citizen's identifiers, written once: the document
// schema (background) checks them with zod, the content script (no zod) before it sends a
// print job. Shape only: whether a code is really valid is the field checks' job.

/** 16 letters and digits, spaces removed, upper case. */
export const CODICE_FISCALE_SHAPE = /^[A-Z0-9]{16}$/;
/** The CIE's numero unico nazionale: 2 letters, 5 digits, 2 letters. */
export const CARD_NUMBER_SHAPE = /^[A-Z]{2}\d{5}[A-Z]{2}$/;
/** Something@something.tld, no spaces. */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_EMAIL_CHARS = 254;
