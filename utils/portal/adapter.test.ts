import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { readPortalPage, type FieldName } from './adapter';

/** A page of the portal made from a body's markup (happy-dom, no scripts). */
function page(body: string, title = 'CIEonline'): Document {
  const window = new Window({ url: 'https://cieonline.interno.it/' });
  window.document.write(`<!doctype html><html lang="it"><head><title>${title}</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

const found = (doc: Document): Partial<Record<FieldName, string | null>> => {
  const reading = readPortalPage(doc);
  if (!reading.recognised) throw new Error(`not recognised: ${reading.missing.join(', ')}`);
  return Object.fromEntries(Object.entries(reading.page.fields).map(([name, input]) => [name, input.getAttribute('name')]));
};

describe('readPortalPage on the demo portal', () => {
  it('recognises the reprint page and finds every field by its label', () => {
    const reading = readPortalPage(loadPortalPage('ristampa.html'));
    expect(reading.recognised).toBe(true);
    if (!reading.recognised) return;
    const { page } = reading;
    expect(page.context.source).toBe('heading');
    expect(page.fields.codiceFiscale?.name).toBe('codiceFiscale');
    expect(page.fields.numeroCarta?.name).toBe('numeroCarta');
    expect(page.fields.email?.name).toBe('email');
    expect(page.halves.first?.value).toBe('PRIMA');
    expect(page.halves.second?.value).toBe('SECONDA');
    expect(page.halves.both?.value).toBe('ENTRAMBE');
    expect(page.delegaUpload?.name).toBe('delega');
    expect(page.submit?.id).toBe('btnInvia');
    expect(page.holder.surname?.name).toBe('cognome');
    expect(page.holder.name?.name).toBe('nome');
  });

  it('does not depend on ids or names: labels are enough', () => {
    const doc = loadPortalPage('ristampa.html', (html) =>
      html.replace(/id="txt/g, 'id="zz').replace(/for="txt/g, 'for="zz').replace(/name="(codiceFiscale|numeroCarta|email)"/g, 'name="f$1x"'),
    );
    const reading = readPortalPage(doc);
    expect(reading.recognised).toBe(true);
    if (reading.recognised) expect(reading.page.fields.numeroCarta?.id).toBe('zzNumeroCarta');
  });

  it('reads label-less table layouts from the cell before the field', () => {
    const doc = loadPortalPage('ristampa.html', (html) =>
      html.replace(/<div class="riga">\s*<label for="(\w+)">([^<]+)<\/label>\s*(<input[^>]*\/>)/g, '<table><tr><td>$2</td><td>$3</td></tr></table><div>'),
    );
    expect(doc.querySelectorAll('label[for^="txt"]').length).toBe(0);
    expect(found(doc).codiceFiscale).toBe('codiceFiscale');
  });

  it('does not recognise another portal page and names what is missing', () => {
    expect(readPortalPage(loadPortalPage('emissione.html'))).toEqual({ recognised: false, missing: ['heading', 'numeroCarta', 'email'] });
    // Ricerca pratica: a codice fiscale field, the reprint item in the menu but not the active one.
    expect(readPortalPage(loadPortalPage('ricerca-pratica.html'))).toMatchObject({ recognised: false, missing: expect.arrayContaining(['heading']) });
  });

  it('helps with the fields a screen shows: a step without the e-mail is still the reprint function', () => {
    const doc = loadPortalPage('ristampa.html', (html) => html.replace(/<label for="txtEmail">E-mail<\/label>\s*<input[^>]*\/>/, ''));
    expect(found(doc)).toEqual({ codiceFiscale: 'codiceFiscale', numeroCarta: 'numeroCarta' });
  });

  it('ignores hidden fields, as a person would', () => {
    const doc = loadPortalPage('ristampa.html', (html) => html.replace('<input id="txtNumeroCarta"', '<input hidden id="txtNumeroCarta"'));
    expect(found(doc)).toEqual({ codiceFiscale: 'codiceFiscale', email: 'email' });
  });

  it('leaves a page alone that names the function but shows no part of a request (a home tile)', () => {
    expect(readPortalPage(page('<h2>Ristampa PIN/PUK</h2><p>Accedi alla funzione dal menu.</p>'))).toEqual({
      recognised: false,
      missing: ['codiceFiscale', 'numeroCarta', 'email'],
    });
  });

  it('does not take the "Nome" label for the e-mail or the codice fiscale', () => {
    const reading = readPortalPage(loadPortalPage('ristampa.html'));
    if (!reading.recognised) throw new Error('not recognised');
    expect(reading.page.fields.email).not.toBe(reading.page.holder.name);
    expect(reading.page.fields.codiceFiscale).not.toBe(reading.page.holder.name);
  });
});

describe('the reprint context', () => {
  const FORM = '<label for="a">Codice fiscale</label><input id="a" name="cf">';
  it.each([
    ['a heading', `<h1>Ristampa PIN/PUK</h1>${FORM}`, 'CIEonline', 'heading'],
    ['a heading in other words', `<h2>RISTAMPA dei codici pin e puk</h2>${FORM}`, 'CIEonline', 'heading'],
    ['the document title', FORM, 'CIEonline - Ristampa PIN e PUK', 'title'],
    ['the active menu item', `<nav><a href="/e">Emissione</a><a href="/r" aria-current="page">Ristampa PIN/PUK</a></nav>${FORM}`, 'CIEonline', 'menu'],
    ['an active tab', `<div role="tablist"><span role="tab" aria-selected="true">Ristampa PIN-PUK</span></div>${FORM}`, 'CIEonline', 'menu'],
    ['a breadcrumb', `<ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">Ristampa PIN/PUK</li></ol>${FORM}`, 'CIEonline', 'menu'],
    ['a step caption', `<ol class="wizard"><li aria-current="step">Ristampa PIN/PUK: ricerca carta</li><li>Invio</li></ol>${FORM}`, 'CIEonline', 'step'],
  ])('is found from %s', (_what, body, title, source) => {
    const reading = readPortalPage(page(body, title));
    expect(reading.recognised && reading.page.context.source).toBe(source);
  });

  it.each([
    ['a menu item that is not the active one', `<nav><a href="/r">Ristampa PIN/PUK</a><a href="/e" aria-current="page">Emissione CIE</a></nav>${FORM}`],
    ['a hidden heading', `<h1 hidden>Ristampa PIN/PUK</h1>${FORM}`],
    ['other words', `<h1>Ristampa ricevuta</h1><h2>PIN</h2>${FORM}`],
  ])('is not taken from %s', (_what, body) => {
    expect(readPortalPage(page(body))).toMatchObject({ recognised: false, missing: expect.arrayContaining(['heading']) });
  });

  it('comes from the shell page around a frame when the frame itself does not say it', () => {
    const shell = page('<nav><a aria-current="page" href="#">Ristampa PIN/PUK</a></nav>');
    const frame = page('<fieldset><legend>Dati della carta</legend><label for="n">Numero carta</label><input id="n" name="nc"></fieldset>', 'Modulo');
    expect(readPortalPage(frame).recognised).toBe(false);
    const reading = readPortalPage(frame, { ancestors: [shell] });
    expect(reading.recognised && reading.page.context.source).toBe('menu');
  });

  it('reads the step the portal says the operator is on', () => {
    const reading = readPortalPage(page(`<h1>Ristampa PIN/PUK</h1><p class="passo">Passo 2 di 3 - Codici e invio</p>${FORM}`));
    expect(reading.recognised && reading.page.step).toEqual({ index: 2, total: 3 });
    const list = readPortalPage(page(`<h1>Ristampa PIN/PUK</h1><ol><li>Ricerca</li><li aria-current="step">Invio</li></ol>${FORM}`));
    expect(list.recognised && list.page.step).toEqual({ index: 2, total: 2 });
  });
});

describe('label variants an operator reads as the same field', () => {
  const reprint = (row: string): Document => page(`<h1>Ristampa PIN/PUK</h1><form>${row}</form>`);
  const labelled = (text: string, name = 'x'): string => `<label for="i">${text}</label><input id="i" name="${name}">`;
  const cell = (text: string, name = 'x'): string => `<table><tr><td>${text}</td><td><input name="${name}"></td></tr></table>`;

  it.each<[string, string, FieldName]>([
    ['Codice fiscale', labelled('Codice fiscale'), 'codiceFiscale'],
    ['Codice fiscale del titolare *', labelled('Codice fiscale del titolare <abbr title="obbligatorio">*</abbr>'), 'codiceFiscale'],
    ['Codice Fiscale: (in a cell, no for)', cell('Codice Fiscale:'), 'codiceFiscale'],
    ['C.F.', labelled('C.F.'), 'codiceFiscale'],
    ['Numero carta', labelled('Numero carta'), 'numeroCarta'],
    ['Numero unico nazionale (NUN)', labelled('Numero unico nazionale (NUN)'), 'numeroCarta'],
    ['N. carta *', labelled('N. carta *'), 'numeroCarta'],
    ['N° CIE', cell('N° CIE'), 'numeroCarta'],
    ['NUN', labelled('NUN'), 'numeroCarta'],
    ['Numero della carta (obbligatorio)', labelled('Numero della carta (obbligatorio)'), 'numeroCarta'],
    ['E-mail', labelled('E-mail'), 'email'],
    ['Indirizzo e-mail (non PEC)', labelled('Indirizzo e-mail <small>(non PEC)</small>'), 'email'],
    ['Email *', cell('Email *'), 'email'],
    ['Indirizzo di posta elettronica', labelled('Indirizzo di posta elettronica'), 'email'],
  ])('"%s" is the %s field… as %s', (_label, row, field) => {
    expect(Object.keys(found(reprint(row)))).toEqual([field]);
  });

  it.each<[string, string]>([
    ['Codice fiscale del delegato', labelled('Codice fiscale del delegato')],
    ['Indirizzo PEC', labelled('Indirizzo PEC')],
    ['CAN (numero di accesso)', labelled('CAN (numero di accesso)')],
    ['Numero di telefono', labelled('Numero di telefono')],
    ['Numero pratica', cell('Numero pratica')],
    ['Comune di residenza', labelled('Comune di residenza')],
  ])('"%s" is none of the checked fields', (_label, row) => {
    expect(readPortalPage(reprint(row))).toEqual({ recognised: false, missing: ['codiceFiscale', 'numeroCarta', 'email'] });
  });

  it("takes the holder's codice fiscale, not the delegate's that comes first", () => {
    const doc = reprint(labelled('Codice fiscale del delegato', 'cfDelegato') + '<label for="h">Codice fiscale del titolare *</label><input id="h" name="cfTitolare">');
    expect(found(doc)).toEqual({ codiceFiscale: 'cfTitolare' });
  });
});

describe('the demo portal variants (test/portal/)', () => {
  it('ristampa-etichette.html: a breadcrumb, labels in cells with asterisks, the holder code after the delegate one', () => {
    const doc = loadPortalPage('ristampa-etichette.html');
    const reading = readPortalPage(doc);
    expect(reading.recognised && reading.page.context.source).toBe('menu');
    expect(found(doc)).toEqual({ codiceFiscale: 'codiceFiscale', numeroCarta: 'numeroCarta', email: 'email' });
  });

  it('ristampa-passi.html: step 1 shows the card search, step 2 the halves and the e-mail', () => {
    const step = (n: 1 | 2): Document => loadPortalPage('ristampa-passi.html', (html) => html.replace(`<section id="passo${n}" hidden>`, `<section id="passo${n}">`));
    const first = readPortalPage(step(1));
    expect(first.recognised && first.page.context.source).toBe('menu');
    expect(first.recognised && first.page.step).toEqual({ index: 1, total: 2 });
    expect(found(step(1))).toEqual({ codiceFiscale: 'cfTitolare', numeroCarta: 'nun' });
    const second = readPortalPage(step(2));
    expect(second.recognised && second.page.step).toEqual({ index: 2, total: 2 });
    expect(found(step(2))).toEqual({ email: 'posta' });
    expect(second.recognised && Object.keys(second.page.halves)).toEqual(['first', 'second', 'both']);
  });

  it('cornice.html and its frame: the shell shows no request, the frame is the reprint function through the shell', () => {
    const shell = loadPortalPage('cornice.html');
    expect(readPortalPage(shell)).toEqual({ recognised: false, missing: ['codiceFiscale', 'numeroCarta', 'email'] });
    // What portal.js's "incorniciata" variant leaves of the reprint page inside the frame.
    const frame = loadPortalPage('ristampa.html', (html) =>
      html.replace(/<title>[^<]*<\/title>/, '<title>Modulo</title>').replace(/<header[\s\S]*?<\/nav>/, '').replace(/<h1[^>]*>[^<]*<\/h1>/, ''),
    );
    expect(readPortalPage(frame)).toMatchObject({ recognised: false, missing: ['heading'] });
    const reading = readPortalPage(frame, { ancestors: [shell] });
    expect(reading.recognised && Object.keys(reading.page.fields)).toEqual(['codiceFiscale', 'numeroCarta', 'email']);
  });
});
