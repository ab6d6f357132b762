/**
 * How we find the parts of CIEonline's "Ristampa PIN/PUK" function: by the text an operator
 * sees (headings, menu items, step captions, labels), with ids and names only as hints. The
 * portal's markup is not public, so every label variant an office reports is added here, in
 * one place (see the README, "Quando il portale cambia un'etichetta").
 */
export const PAGE_HEADING = /ristampa\s+(?:(?:dei\s+)?(?:codici\s+)?pin\s*(?:\/|e|-)\s*puk)/i;

/** Fields the extension checks, in the order they appear in the contract. */
export const FIELD_NAMES = ['codiceFiscale', 'numeroCarta', 'email'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

interface FieldRule {
  /** Visible label text (asterisks, colons and "obbligatorio" removed); the first rule that matches wins. */
  labels: readonly RegExp[];
  /** Labels that look alike but name someone else's value: never taken for this field. */
  not?: RegExp;
  /** Attribute selectors tried only when no label matches. */
  hints: readonly string[];
}

export const FIELD_RULES: Record<FieldName, FieldRule> = {
  codiceFiscale: {
    labels: [/codice\s*fiscale/i, /^c\.\s*f\.?$/i],
    // The delegate's or the operator's own code is not the card holder's.
    not: /delegat|operatore|richiedente|genitore|tutore/i,
    hints: ['input[name*="fiscale" i]', 'input[id*="fiscale" i]'],
  },
  numeroCarta: {
    labels: [
      /numero\s+(?:della\s+)?(?:carta|cie|unico\s+nazionale)/i,
      /\bn(?:\.|°|ro\.?|um\.?)\s*(?:della\s+)?(?:carta|cie)\b/i,
      /(?:^|\()\s*nun\s*(?:\)|$)/i,
    ],
    hints: ['input[name*="numeroCarta" i]', 'input[name*="nun" i]'],
  },
  email: {
    labels: [/^(?:indirizzo\s+)?(?:di\s+)?(?:e-?\s?mail|posta\s+elettronica)\b/i],
    // A PEC-only field is not where the second half can go.
    not: /^(?:indirizzo\s+)?pec\b/i,
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

/** "Passo 2 di 3", "Step 2/3", "Fase 2": a wizard's caption of where the operator is. */
export const STEP_CAPTION = /\b(?:passo|fase|step)\s+(\d{1,2})(?:\s*(?:di|\/|of)\s*(\d{1,2}))?\b/i;

/** Where a portal marks the menu item, tab or breadcrumb of the function in use. */
export const ACTIVE_ITEM =
  'a[aria-current]:not([aria-current="false"]):not([aria-current="step"]), li[aria-current]:not([aria-current="false"]):not([aria-current="step"]), [role="tab"][aria-selected="true"], li.active, a.active, li.selected, a.selected, li.current, a.current, .active > a, .selected > a';

/** Marks of a required field and the hints a portal prints inside a label. */
export const LABEL_NOISE = /[*:]+|\((?:campo\s+)?obbligatori[oa]\)/gi;
