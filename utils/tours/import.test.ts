import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { BUILTIN_TOURS } from './builtin';
import { importTours, MAX_TOUR_FILE_CHARS } from './import';

const step = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  target: 'codiceFiscale',
  title: { it: 'Titolo ' + id },
  body: { it: 'Spiegazione ' + id },
  ...extra,
});
const file = (steps: unknown[], tourExtra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, tours: [{ id: 'corso-base', title: { it: 'Corso base' }, steps, ...tourExtra }] });

function errorsOf(text: string): string[] {
  const result = importTours(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

beforeEach(() => setLanguage('it'));

describe('importTours', () => {
  it('accepts a good file with Italian-only texts and keeps its steps in order', () => {
    const result = importTours(file([step('uno'), step('due', { target: 'halves' }), step('tre', { target: 'checklist' })]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tours[0]?.steps.map((s) => s.id)).toEqual(['uno', 'due', 'tre']);
    expect(result.tours[0]?.steps[1]?.target).toBe('halves');
  });

  it('names the tour, the step and the field of an unknown target', () => {
    const [error, ...rest] = errorsOf(file([step('uno'), step('firma', { target: '#btnInvia' })]));
    expect(rest).toEqual([]);
    expect(error).toContain('percorso «corso-base»');
    expect(error).toContain('passo «firma» (n. 2)');
    expect(error).toContain('campo «target»');
    expect(error).toContain('"delegaUpload"');
  });

  it('names a step without an id by its number, and says what is missing', () => {
    const errors = errorsOf(file([step('uno'), { target: 'email', title: { it: 'x' }, body: { it: 'y' } }]));
    expect(errors).toEqual(['percorso «corso-base», passo «#2» (n. 2), campo «id»: manca']);
  });

  it('rejects a selector smuggled in as an extra field, naming the step', () => {
    const [error] = errorsOf(file([step('uno', { selector: '#txtEmail' })]));
    expect(error).toContain('passo «uno» (n. 1)');
    expect(error).toContain('campi sconosciuti: selector');
  });

  it('rejects an empty text, a bad id and a repeated step id, each named', () => {
    const errors = errorsOf(file([step('uno', { body: { it: '   ' } }), step('Due!'), step('tre'), step('tre')]));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/passo «uno» \(n\. 1\), campo «body\.it»: vuoto/);
    expect(errors[1]).toMatch(/passo «Due!» \(n\. 2\), campo «id»: formato non valido/);
    expect(errors[2]).toMatch(/passo «tre» \(n\. 4\), campo «id»: id di passo ripetuto/);
  });

  it('rejects a wrong type and a tour with no steps', () => {
    expect(errorsOf(file([step('uno', { title: 'Titolo' })]))[0]).toMatch(/campo «title»: tipo errato/);
    expect(errorsOf(file([]))[0]).toMatch(/percorso «corso-base», campo «steps»: vuoto/);
  });

  it('keeps the built-in tours: their ids cannot be taken', () => {
    const builtinId = BUILTIN_TOURS[0]!.id;
    const [error] = errorsOf(file([step('uno')], { id: builtinId }));
    expect(error).toContain(`percorso «${builtinId}»`);
    expect(error).toContain('percorso incluso');
  });

  it('says clearly when the file is not JSON, too large, or of another version', () => {
    expect(errorsOf('{ tours: ')).toEqual(['file: il file non è un JSON valido']);
    expect(errorsOf(' '.repeat(MAX_TOUR_FILE_CHARS + 1))[0]).toContain('troppo grande');
    expect(errorsOf(JSON.stringify({ version: 2, tours: [] }))[0]).toMatch(/^campo «version»: valore non ammesso/);
  });

  it('speaks the operator language', () => {
    setLanguage('de');
    expect(errorsOf(file([step('firma', { target: 'firma' })]))[0]).toContain('Schritt „firma“ (Nr. 1)');
  });
});
