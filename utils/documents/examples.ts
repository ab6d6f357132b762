import type { DocumentDataInput, DocumentKind } from './schema';

// Fictitious people: the codici fiscali have the right shape and check character, but the
// names, dates and addresses are invented.
const holder = {
  surname: 'Rossi',
  givenName: 'Maria Luisa',
  birthDate: '1984-03-12',
  birthPlace: 'Bolzano',
  codiceFiscale: 'RSSMLS84C52A952L',
  residence: 'Via dei Portici 12, 39100 Bolzano',
  idDocument: { type: "Carta d'identità elettronica", number: 'CA12345BD', issuedBy: 'Comune di Bolzano', issuedOn: '2021-06-03' },
};

const common = {
  letterhead: { comuneName: 'Bolzano', officeName: 'Ufficio Anagrafe – Servizi demografici' },
  holder,
  cardNumber: 'CA12345BD',
  halves: 'both',
  place: 'Bolzano',
  date: '2025-02-14',
  signedAtCounter: true,
} satisfies DocumentDataInput;

/** A complete, fictitious example of the data of each kind (demo and tests). */
export function exampleDocumentData(kind: DocumentKind): DocumentDataInput {
  switch (kind) {
    case 'dichiarazione-smarrimento':
      return structuredClone(common);
    case 'delega-terzi':
      return {
        ...structuredClone(common),
        signedAtCounter: false,
        delegate: {
          surname: 'Überbacher',
          givenName: 'Jörg',
          birthDate: '1979-11-30',
          birthPlace: 'Merano',
          codiceFiscale: 'BRBJRG79S30F132R',
          residence: 'Lauben 5, 39012 Meran',
          idDocument: { type: 'Patente di guida', number: 'BZ5123456X', issuedBy: 'MIT-UCO', issuedOn: '2019-09-17' },
        },
      };
    case 'dichiarazione-minore':
      return {
        ...structuredClone(common),
        holder: { ...structuredClone(holder), givenName: 'Giulia', birthDate: '2013-05-08', codiceFiscale: 'RSSGLI13E48A952S' },
        guardian: structuredClone(holder),
        guardianRole: 'parent',
        halves: 'second',
      };
    case 'istanza-recupero':
      return { ...structuredClone(common), email: 'maria.rossi@example.org', phone: '+39 0471 123456', signedAtCounter: false, halves: 'both' };
  }
}
