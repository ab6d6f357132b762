// Writes test/portal/practice-cases.json: fictitious citizens for practising on the demo
// portal. Every codice fiscale is built and checked by the project's own module, so the
// check characters are right (except the one case that must be wrong, on purpose).
// Run: npx tsx test/portal/make-practice-cases.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCardNumber } from '../../utils/card-number';
import { holderLetters, parseCodiceFiscale } from '../../utils/codice-fiscale';
import { checkCharacter, MONTH_LETTERS, OMOCODE_LETTERS } from '../../utils/codice-fiscale/tables';
import { checkEmail } from '../../utils/email';

export interface PracticeCase {
  id: string;
  title: string;
  /** What the trainee should notice. */
  lesson: string;
  fields: { cognome: string; nome: string; codiceFiscale: string; numeroCarta: string; email: string };
  halves: 'PRIMA' | 'SECONDA' | 'ENTRAMBE';
}

interface Person {
  surname: string;
  name: string;
  born: string; // YYYY-MM-DD
  sex: 'M' | 'F';
  belfiore: string;
}

/** The 15 characters before the check character, from the person's data. */
function body15({ surname, name, born, sex, belfiore }: Person): string {
  const [year, month, day] = born.split('-').map(Number) as [number, number, number];
  const dd = String(day + (sex === 'F' ? 40 : 0)).padStart(2, '0');
  return holderLetters(surname, 'surname') + holderLetters(name, 'name') + String(year % 100).padStart(2, '0') + MONTH_LETTERS[month - 1] + dd + belfiore;
}

const codeOf = (person: Person): string => body15(person) + checkCharacter(body15(person));

/** Omocodia: the last digit of the place code replaced by its letter, check recomputed. */
function omocode(person: Person): string {
  const base = body15(person);
  const withLetter = base.slice(0, 14) + OMOCODE_LETTERS[Number(base[14])]!;
  return withLetter + checkCharacter(withLetter);
}

/** The right code with its check character moved one letter on: a typical slip. */
function wrongCheck(person: Person): string {
  const right = codeOf(person);
  const next = String.fromCharCode(((right.charCodeAt(15) - 65 + 1) % 26) + 65);
  return right.slice(0, 15) + next;
}

const fields = (p: Person, code: string, numeroCarta: string, email: string): PracticeCase['fields'] => ({
  cognome: p.surname,
  nome: p.name,
  codiceFiscale: code,
  numeroCarta,
  email,
});

const maria: Person = { surname: 'Esempio', name: 'Maria', born: '1985-03-14', sex: 'F', belfiore: 'H501' };
const luca: Person = { surname: 'Prova', name: 'Luca', born: '1972-11-02', sex: 'M', belfiore: 'F205' };
const anna: Person = { surname: 'Dimostrazione', name: 'Anna', born: '1990-07-21', sex: 'F', belfiore: 'A952' };
const giorgio: Person = { surname: 'Fittizio', name: 'Giorgio', born: '2016-05-09', sex: 'M', belfiore: 'L219' };
const paolo: Person = { surname: 'Esercizio', name: 'Paolo', born: '1964-01-30', sex: 'M', belfiore: 'H501' };
const sara: Person = { surname: 'Campione', name: 'Sara', born: '1999-12-05', sex: 'F', belfiore: 'Z112' };
const marco: Person = { surname: 'Modello', name: 'Marco', born: '1958-09-17', sex: 'M', belfiore: 'G273' };

/** The practice cases, in the order the page lists them. */
export function makePracticeCases(): PracticeCase[] {
  return [
    { id: 'titolare-email', title: 'Titolare con e-mail', lesson: 'Caso standard: la seconda metà arriva per e-mail.', fields: fields(maria, codeOf(maria), 'CA12345AB', 'maria.esempio@example.com'), halves: 'ENTRAMBE' },
    { id: 'email-pec', title: 'Indirizzo PEC', lesson: 'Le PEC non sono accettate: chiedere un indirizzo ordinario.', fields: fields(luca, codeOf(luca), 'CA54321BC', 'luca.prova@pec.it'), halves: 'ENTRAMBE' },
    { id: 'senza-email', title: 'Senza e-mail, con delega', lesson: 'Campo e-mail vuoto: stampare e caricare la delega firmata.', fields: fields(anna, codeOf(anna), 'CA00777CD', ''), halves: 'ENTRAMBE' },
    { id: 'minore', title: 'Titolare minorenne', lesson: 'Chiede un genitore o il tutore; il codice fiscale è del minore.', fields: fields(giorgio, codeOf(giorgio), 'CA31415DE', 'genitore.fittizio@example.com'), halves: 'ENTRAMBE' },
    { id: 'omocodia', title: 'Codice fiscale con omocodia', lesson: 'Una lettera al posto di una cifra è corretta: è un caso di omocodia.', fields: fields(paolo, omocode(paolo), 'CA27182EF', 'paolo.esercizio@example.org'), halves: 'PRIMA' },
    { id: 'carattere-errato', title: 'Carattere di controllo errato', lesson: "L'ultimo carattere non torna: ricontrollare sul documento.", fields: fields(marco, wrongCheck(marco), 'CA16180FG', 'marco.modello@example.net'), halves: 'ENTRAMBE' },
    { id: 'nato-estero', title: 'Nata all’estero', lesson: 'Il luogo di nascita è uno Stato estero (codice Z).', fields: fields(sara, codeOf(sara), 'CA14142GH', 'sara.campione@gmial.com'), halves: 'SECONDA' },
  ];
}

/** Fails loudly when a case does not teach what it says (run before writing). */
export function checkPracticeCases(cases: PracticeCase[], today = new Date(2026, 0, 15)): void {
  for (const c of cases) {
    const cf = parseCodiceFiscale(c.fields.codiceFiscale, { today });
    const wantInvalid = c.id === 'carattere-errato';
    if (wantInvalid ? cf.valid || cf.reason !== 'check-character' : !cf.valid) throw new Error(`${c.id}: codice fiscale ${JSON.stringify(cf)}`);
    if (cf.valid && cf.omocode !== (c.id === 'omocodia')) throw new Error(`${c.id}: omocode ${cf.omocode}`);
    if (!parseCardNumber(c.fields.numeroCarta).valid) throw new Error(`${c.id}: card number`);
    if (c.fields.email !== '' && checkEmail(c.fields.email).pec !== (c.id === 'email-pec')) throw new Error(`${c.id}: e-mail`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cases = makePracticeCases();
  checkPracticeCases(cases);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'practice-cases.json');
  writeFileSync(out, JSON.stringify({ note: 'Dati fittizi per esercitazione. Generato da make-practice-cases.ts.', cases }, null, 2) + '\n');
  console.log(`${cases.length} casi scritti in ${out}`);
}
