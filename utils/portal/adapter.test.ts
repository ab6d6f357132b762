import { describe, expect, it } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { readPortalPage } from './adapter';

describe('readPortalPage on the demo portal', () => {
  it('recognises the reprint page and finds every field by its label', () => {
    const reading = readPortalPage(loadPortalPage('ristampa.html'));
    expect(reading.recognised).toBe(true);
    if (!reading.recognised) return;
    const { page } = reading;
    expect(page.fields.codiceFiscale.name).toBe('codiceFiscale');
    expect(page.fields.numeroCarta.name).toBe('numeroCarta');
    expect(page.fields.email.name).toBe('email');
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
    if (reading.recognised) expect(reading.page.fields.numeroCarta.id).toBe('zzNumeroCarta');
  });

  it('reads label-less table layouts from the cell before the field', () => {
    const doc = loadPortalPage('ristampa.html', (html) =>
      html.replace(
        /<div class="riga">\s*<label for="(\w+)">([^<]+)<\/label>\s*(<input[^>]*\/>)/g,
        '<table><tr><td>$2</td><td>$3</td></tr></table><div>',
      ),
    );
    expect(doc.querySelectorAll('label[for^="txt"]').length).toBe(0);
    const reading = readPortalPage(doc);
    expect(reading.recognised).toBe(true);
    if (reading.recognised) expect(reading.page.fields.codiceFiscale.name).toBe('codiceFiscale');
  });

  it('accepts "Ristampa PIN e PUK" in any case, and the other card-number labels', () => {
    const doc = loadPortalPage('ristampa.html', (html) =>
      html.replace('<h1 class="titolo">Ristampa PIN/PUK</h1>', '<h2>RISTAMPA pin e puk</h2>').replace('Numero carta (numero unico nazionale)', 'Numero unico nazionale'),
    );
    expect(readPortalPage(doc).recognised).toBe(true);
  });

  it('does not recognise another portal page and names what is missing', () => {
    const reading = readPortalPage(loadPortalPage('emissione.html'));
    expect(reading).toEqual({ recognised: false, missing: ['heading', 'numeroCarta', 'email'] });
  });

  it('names a missing field even when the heading is there', () => {
    const doc = loadPortalPage('ristampa.html', (html) => html.replace(/<label for="txtEmail">E-mail<\/label>\s*<input[^>]*\/>/, ''));
    expect(readPortalPage(doc)).toEqual({ recognised: false, missing: ['email'] });
  });

  it('ignores hidden fields, as a person would', () => {
    const doc = loadPortalPage('ristampa.html', (html) => html.replace('<input id="txtNumeroCarta"', '<input hidden id="txtNumeroCarta"'));
    expect(readPortalPage(doc)).toEqual({ recognised: false, missing: ['numeroCarta'] });
  });

  it('does not take the "Nome" label for the e-mail or the codice fiscale', () => {
    const reading = readPortalPage(loadPortalPage('ristampa.html'));
    if (!reading.recognised) throw new Error('not recognised');
    expect(reading.page.fields.email).not.toBe(reading.page.holder.name);
    expect(reading.page.fields.codiceFiscale).not.toBe(reading.page.holder.name);
  });
});
