/**
 * How we find the parts of CIEonline's "Ristampa PIN/PUK" page: by the text an operator sees
 * (headings, labels), with ids and names only as hints. The only portal knowledge we keep.
 */
export const PAGE_HEADING = /ristampa\s+(pin\s*\/\s*puk|pin\s+e\s+puk)/i;

/** Fields the extension checks, in the order they appear in the contract. */
export const FIELD_NAMES = ['codiceFiscale', 'numeroCarta', 'email'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

interface FieldRule {
  /** Visible label text; the first rule that matches wins. */
  labels: readonly RegExp[];
  /** Attribute selectors tried only when no label matches. */
  hints: readonly string[];
}

export const FIELD_RULES: Record<FieldName, FieldRule> = {
  codiceFiscale: { labels: [/codice\s*fiscale/i], hints: ['input[name*="fiscale" i]', 'input[id*="fiscale" i]'] },
  numeroCarta: {
    labels: [/numero\s+(carta|cie|unico\s+nazionale)/i],
    hints: ['input[name*="numeroCarta" i]', 'input[name*="nun" i]'],
  },
  email: {
    labels: [/^\s*(indirizzo\s+)?e-?mail\b/i],
    hints: ['input[type="email"]'],
  },
};

/** The halves choice: radio buttons (or options) whose labels say which half. */
export const HALF_LABELS = {
  first: /prima\s+met[àa]/i,
  second: /seconda\s+met[àa]/i,
  both: /entramb|tutte\s+e\s+due/i,
} as const;
export type HalfChoice = keyof typeof HALF_LABELS;

/** The upload of the signed delega, shown when no e-mail is given. */
export const DELEGA_UPLOAD_LABEL = /delega/i;

/** The portal's own submit and its outcome messages. */
export const SUBMIT_LABEL = /^\s*(invia|conferma|richiedi|firma\s+e\s+invia)/i;
export const CONFIRMATION_TEXT = /richiesta\s+(di\s+ristampa\s+)?(inviata|registrata|completata)/i;

/** Holder name fields, when the page shows them (for the codice fiscale consistency check). */
export const HOLDER_LABELS = { surname: /^\s*cognome\b/i, name: /^\s*nome\b/i } as const;
